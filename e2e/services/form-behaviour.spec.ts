// How the form engine behaves for a person: mistakes explained, wrong files refused, nothing lost, one application
// per submit. Uses the elderly-allowance item; every field kind is covered across the catalogue.
import path from "node:path";
import { expect, inVariants, pairA, pairB, signIn, test, translator } from "../fixtures";
import { completeSteps, consentIfAsked, fillStep, residentFor } from "../apply-helpers";
import { useSession } from "../support/sessions";
import { services } from "../../lib/services";
import { elderlyAllowance } from "../../lib/services/items/elderly-allowance";
import { answers } from "../answer-fixtures/elderly-allowance.answers";
import { visibleFields, visibleSteps } from "../../lib/form-engine/journey";
import type { FieldDef, FieldKindId, ServiceDef, StepDef } from "../../lib/form-engine/types";
import { fieldSchema, kindOf } from "../../lib/form-engine/field-kinds/field-schema";
import { messageText } from "../../lib/form-engine/field-kinds/message-text";

const base = (locale: string, slug: string = elderlyAllowance.slug) => `/${locale}/services/${slug}/apply`;

test(
  "empty and invalid answers are listed in a focused, linked error summary",
  { tag: pairA },
  async ({ page, signInAs, checkA11y, t, portalLocale }, info) => {
    await signInAs("resident", residentFor(info.project.name, 1));
    await page.goto(base(portalLocale));
    await expect(page).toHaveURL(/\/apply\/applicant$/);
    await page.getByRole("button", { name: t("form:next") }).click();
    const summary = page.getByRole("main").getByRole("alert");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading")).toHaveText(t("form:errorSummary"));
    for (const key of ["validation:required", "validation:address.county"]) await expect(summary).toContainText(t(key));
    await checkA11y();
    // A wrong check digit in the ID number gets its own message, at the field and in the summary.
    const id = page.getByLabel(new RegExp(`^${elderlyAllowance.steps[0]!.fields[1]!.label[portalLocale]}`));
    await id.fill("110105194912310021");
    await page.getByRole("button", { name: t("form:next") }).click();
    await expect(summary).toContainText(t("validation:idNumber.checksum"));
    await expect(id).toHaveAttribute("aria-invalid", "true");
    await summary.getByRole("link", { name: t("validation:idNumber.checksum") }).click();
    await expect(page).toHaveURL(/#f-applicantIdNumber$/);
  },
);

test(
  "a file that is not what its name says is refused; an accepted one is served to its owner only",
  { tag: pairB },
  async ({ page, signInAs, checkA11y, browser, baseURL, t, portalLocale }, info) => {
    await signInAs("resident", residentFor(info.project.name, 2));
    await page.goto(base(portalLocale)); // opens the draft
    await checkA11y();
    await page.goto(`${base(portalLocale)}/materials`);
    const hukou = page.getByLabel(
      new RegExp(`^${elderlyAllowance.materials[0]!.title[portalLocale].replace(/[()（）]/g, ".")}`),
    );
    await hukou.setInputFiles(path.join(__dirname, "..", "files", "renamed-program.pdf"));
    await expect(page.getByRole("main")).toContainText(t("errors:upload.type"));
    await expect(hukou).toHaveAttribute("aria-invalid", "true");
    await checkA11y();
    // A real PDF is accepted.
    await hukou.setInputFiles(path.join(__dirname, "..", "files", "sample.pdf"));
    await expect(page.getByRole("main")).toContainText(`${t("form:file.uploaded")}: sample.pdf`);
    // The file is served to its owner only: another resident gets "not found".
    const href = await page.getByRole("link", { name: "sample.pdf" }).getAttribute("href");
    const mine = await page.request.get(href!);
    expect(mine.status()).toBe(200);
    expect(mine.headers()["content-type"]).toBe("application/pdf");
    const stranger = await browser.newContext({ baseURL });
    await useSession(stranger, baseURL!, "resident", "13800000002");
    expect((await stranger.request.get(href!)).status()).toBe(404);
    await stranger.close();
  },
);

test(
  "a journey left in one browser continues in another, answers kept",
  { tag: pairA },
  async ({ page, signInAs, checkA11y, checkA11yOf, browser, baseURL, textSize, t, portalLocale }, info) => {
    const resident = residentFor(info.project.name, 3);
    await signInAs("resident", resident);
    await page.goto(`${base(portalLocale)}/applicant`);
    await checkA11y();
    const applicant = visibleSteps(elderlyAllowance, answers, "online")[0]!;
    await fillStep(page, applicant, answers, portalLocale);
    await expect(page).toHaveURL(/\/apply\/elder$/);
    await checkA11y();

    // Another device: a fresh browser context, signed in again (through the sign-in page: this is a person's
    // second sign-in, and the page must take them on to where they were).
    const other = await browser.newContext({ baseURL });
    await other.addCookies([{ name: "text-size", value: textSize, url: baseURL! }]);
    const page2 = await other.newPage();
    await page2.goto(`/${portalLocale}/sign-in`);
    await signIn(page2, t, "resident", resident);
    await expect(page2).toHaveURL(/\/account$/);
    await page2
      .getByRole("navigation", { name: translator(portalLocale)("nav.label") })
      .getByRole("link", { name: translator(portalLocale)("nav.applications") })
      .click();
    await checkA11yOf(page2);
    await page2
      .getByRole("link", { name: t("applications:list.continue", { service: elderlyAllowance.title[portalLocale] }) })
      .click();
    await expect(page2).toHaveURL(/\/apply\/elder$/);
    await page2.getByRole("link", { name: t("form:back") }).click();
    await expect(page2.getByLabel(new RegExp(`^${applicant.fields[0]!.label[portalLocale]}`))).toHaveValue(
      String(answers.applicantName),
    );
    await other.close();
  },
);

test(
  "a submit that reaches the server twice at once creates exactly one application",
  { tag: pairB },
  async ({ page, context, signInAs, checkA11y, checkA11yOf, t, portalLocale }, info) => {
    await signInAs("resident", residentFor(info.project.name, 4));
    await page.goto(base(portalLocale));
    await completeSteps(page, elderlyAllowance, answers, portalLocale, checkA11y);
    await checkA11y();
    // A second tab on the same review page: the submit button disables itself after a click, so a double click in
    // one tab would reach the server once. Two tabs submitting at the same moment reach it twice.
    const tab2 = await context.newPage();
    await tab2.goto(page.url());
    await checkA11yOf(tab2);
    const posts: string[] = [];
    for (const p of [page, tab2])
      p.on("request", (r) => {
        if (r.method() === "POST") posts.push(r.url());
      });
    await Promise.all(
      [page, tab2].map((p) => p.getByRole("button", { name: t("applications:review.submit") }).click()),
    );
    for (const p of [page, tab2])
      await expect(p.getByRole("heading", { level: 1 })).toHaveText(t("applications:receipt.submitted"));
    expect(posts.length, "submits that reached the server").toBeGreaterThanOrEqual(2);
    const reference = await page.getByRole("status").locator("strong bdi").innerText();
    // The later submit is told the same reference: one application, not two.
    await expect(tab2.getByRole("status").locator("strong bdi")).toHaveText(reference);
    await checkA11yOf(tab2);
    await tab2.close();
    await checkA11y();
    await page.goto(`/${portalLocale}/applications`);
    const submitted = page.getByRole("region", { name: t("applications:list.submitted") });
    await expect(submitted.getByText(elderlyAllowance.title[portalLocale], { exact: true })).toHaveCount(1);
    await expect(submitted).toContainText(reference);
    await checkA11y();
  },
);

// Every field kind the catalogue asks for: leaving a required field of that kind empty produces the message its
// schema gives, in the page's language. (Every registered kind, used or not, is on the staff page's test,
// e2e/staff/field-kinds.spec.ts.)
const kindsInCatalogue = [
  ...new Set(services.flatMap((s) => s.steps.flatMap((step) => step.fields.map((f) => f.kind)))),
] as FieldKindId[];
const emptyMessageOf = (field: FieldDef) =>
  fieldSchema(field, { today: "2026-12-02" }).safeParse(kindOf(field).empty(field)).error?.issues[0]?.message;

type Found = { service: ServiceDef; step: StepDef; field: FieldDef; reveal?: { field: FieldDef; value: string } };

/** The first required field of this kind in the catalogue: visible from the start, or revealed by a choice on the
 * same step (such as the household list behind "lives with family"). */
function firstStepWith(kind: FieldKindId): Found | null {
  for (const service of services) {
    for (const step of visibleSteps(service, {}, "online")) {
      const field = visibleFields(step, {}, "online").find((f) => f.kind === kind && !f.optional);
      if (field) return { service, step, field };
    }
  }
  for (const service of services) {
    for (const step of visibleSteps(service, {}, "online")) {
      for (const field of step.fields.filter((f) => f.kind === kind && !f.optional)) {
        const when = field.showWhen;
        if (!when || !("field" in when) || !("equals" in when) || typeof when.equals !== "string") continue;
        const by = step.fields.find((f) => f.name === when.field && f.kind === "radio");
        if (by) return { service, step, field, reveal: { field: by, value: when.equals } };
      }
    }
  }
  return null;
}

test(
  "every field kind explains an empty required answer in the error summary",
  { tag: inVariants("zh-standard", "ug-large") },
  async ({ page, signInAs, checkA11y, t, portalLocale }, info) => {
    test.setTimeout(300_000);
    await signInAs("resident", residentFor(info.project.name, 5));
    const lng = portalLocale;
    const covered: string[] = [];
    const kinds = kindsInCatalogue;
    // Each kind the catalogue uses is asked for as a required field somewhere, visible or revealed on its step.
    expect(
      kinds.filter((k) => !firstStepWith(k)),
      "field kinds the catalogue only asks for as optional or hidden fields",
    ).toEqual([]);
    for (const kind of kinds) {
      const found = firstStepWith(kind)!;
      const stepUrl = `${base(lng, found.service.slug)}/${found.step.id}`;
      // Open (or create) the draft with a plain request: no page is loaded, so there is nothing to scan.
      await page.request.get(base(lng, found.service.slug));
      await page.goto(stepUrl);
      if (/\/consent$/.test(new URL(page.url()).pathname)) {
        await checkA11y();
        await consentIfAsked(page, found.service, lng);
        await checkA11y(); // consent leads on to the form's first step
        await page.request.get(base(lng, found.service.slug));
        await page.goto(stepUrl);
      }
      await expect(page, `${kind}: the step ${found.service.slug}/${found.step.id} opens`).toHaveURL(
        new RegExp(`/${found.step.id}$`),
      );
      if (found.reveal) {
        const option =
          found.reveal.field.kind === "radio"
            ? found.reveal.field.options.find((o) => o.value === found.reveal!.value)!
            : undefined;
        await page
          .getByRole("group", { name: found.reveal.field.label[lng] })
          .getByLabel(option!.label[lng], { exact: true })
          .check();
      }
      await page.getByRole("button", { name: t("form:next") }).click();
      await expect(
        page.getByRole("main").getByRole("alert"),
        `${kind} in ${found.service.slug}/${found.step.id}`,
      ).toContainText(messageText(emptyMessageOf(found.field)!, lng, t));
      await checkA11y();
      covered.push(kind);
    }
    expect(covered).toEqual(kinds);
  },
);
