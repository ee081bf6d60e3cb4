// Issue 21 (高效办成一件事): a parent does 新生儿出生一件事 in one journey, typing each fact once; one receipt lists the
// three member applications; each department finds its own in its queue (and not the others'); one department asks
// for a supplement while the other two approve, and the bundle's page shows both. Every page is scanned with axe.
import type { Browser, Page } from "@playwright/test";
import { expect, pairA, test } from "../fixtures";
import { useSession } from "../support/sessions";
import { newResident } from "../support/direct-data-client";
import { fillStep } from "../apply-helpers";
import { getBundle, getService } from "../../lib/services";
import { visibleSteps } from "../../lib/form-engine/journey";
import { answers as fixture } from "../answer-fixtures/newborn-birth-bundle.answers";
import { handleLinkInQueue } from "../review/review-helpers";

const SLUG = "newborn-birth-bundle";
const form = getService(SLUG)!;
const bundle = getBundle(SLUG)!;

/** Records, in every page of the context, the label of each field the person typed into or chose in (once per field
 * and page): what the resident had to enter, counted from the page itself, not from the form definition. */
async function recordEntries(page: Page): Promise<string[]> {
  const typed: string[] = [];
  await page.exposeFunction("__recordEntry", (label: string) => typed.push(label));
  await page.addInitScript(() => {
    const seen = new WeakSet<EventTarget>();
    // A field's question: its label, under its group's legend (a radio's question is the legend alone).
    const labelOf = (el: HTMLInputElement) => {
      const legend = el.closest("fieldset")?.querySelector("legend")?.textContent?.trim() ?? "";
      const own = el.labels?.[0]?.textContent?.trim() ?? "";
      if (el.type === "radio") return legend;
      return legend ? `${legend} / ${own}` : own;
    };
    document.addEventListener(
      "input",
      (e) => {
        const el = e.target as HTMLInputElement;
        if (!el || seen.has(el) || el.type === "file") return;
        seen.add(el);
        (window as unknown as { __recordEntry: (l: string) => void }).__recordEntry(labelOf(el));
      },
      true,
    );
    document.addEventListener(
      "change",
      (e) => {
        const el = e.target as HTMLInputElement;
        if (!el || seen.has(el) || !["radio", "checkbox", "select-one"].includes(el.type)) return;
        seen.add(el);
        (window as unknown as { __recordEntry: (l: string) => void }).__recordEntry(labelOf(el));
      },
      true,
    );
  });
  return typed;
}

async function reviewerPage(browser: Browser, baseURL: string, textSize: string, locale: "zh" | "ug", login: string) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: "text-size", value: textSize, url: baseURL }]);
  await useSession(context, baseURL, "staff", login);
  const page = await context.newPage();
  await page.goto(`/${locale}/review`);
  return { page, close: () => context.close() };
}

test(
  "a parent does 新生儿出生一件事 once: three departments each decide their own part, and the bundle shows both outcomes",
  { tag: pairA },
  async ({ page, signInAs, checkA11y, checkA11yOf, t, portalLocale, browser, baseURL, textSize }) => {
    test.setTimeout(300_000);
    const resident = await newResident("registry");
    const answers = {
      ...fixture,
      applicantName: resident.name,
      applicantIdNumber: resident.idNumber,
      applicantMobile: resident.mobile,
    };
    await signInAs("resident", resident.mobile);
    const typed = await recordEntries(page);

    // The catalogue shows the bundle first under its life event.
    await page.goto(`/${portalLocale}/services?event=birth`);
    await checkA11y();
    const bundles = page.getByRole("region", { name: t("bundles:catalogue.heading") });
    await bundles.getByRole("link", { name: form.title[portalLocale] }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(form.title[portalLocale]);
    // The guide lists every member item, and when the conditional one applies.
    const members = page.getByRole("region", { name: t("bundles:guide.members") });
    for (const m of bundle.members)
      await expect(members.getByRole("link", { name: getService(m.service)!.title[portalLocale] })).toBeVisible();
    await checkA11y();
    await page
      .getByRole("link", { name: t("services:guide.start") })
      .first()
      .click();

    // One guided journey through the same form engine.
    const steps = visibleSteps(form, answers, "online");
    for (const step of steps) {
      await expect(page).toHaveURL(new RegExp(`/apply/${step.id}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title[portalLocale]);
      await checkA11y();
      await fillStep(page, step, answers, portalLocale, { keepPrefilled: true });
    }
    await expect(page).toHaveURL(/\/apply\/review$/);
    await checkA11y();

    // Each fact was entered once: no label was typed or chosen twice, and the facts the profile holds not at all.
    const twice = typed.filter((label, i) => label && typed.indexOf(label) !== i);
    expect(twice, "fields entered more than once").toEqual([]);
    const labelOf = (name: string) =>
      form.steps.flatMap((s) => s.fields).find((f) => f.name === name)!.label[portalLocale];
    for (const fact of ["applicantName", "applicantIdNumber", "applicantMobile"])
      expect(
        typed.filter((l) => l.startsWith(labelOf(fact))),
        `${fact} comes from the profile`,
      ).toEqual([]);
    // The newborn's name and birth date, asked by three member items each, were typed once.
    for (const fact of ["babyName", "babyBirthDate"])
      expect(typed.filter((l) => l.startsWith(labelOf(fact)))).toHaveLength(1);

    await page.getByRole("button", { name: t("applications:review.submit") }).click();

    // One receipt, every member with its own reference and promised date.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t("bundles:receipt.submitted_other", { count: "3" }),
    );
    await checkA11y();
    const receipt = page.locator(`section[lang="${portalLocale === "zh" ? "zh-CN" : "ug"}"]`);
    const references: Record<string, string> = {};
    for (const key of ["hukou", "medical", "card"]) {
      const item = getService(bundle.members.find((m) => m.key === key)!.service)!;
      const entry = receipt.getByRole("listitem").filter({ hasText: item.title[portalLocale] });
      await expect(entry).toContainText(t("bundles:receipt.promisedBy"));
      references[key] = (await entry.locator("strong bdi").innerText()).trim();
      expect(references[key]).toMatch(/^YN\d{8}[2-9A-HJKMNP-Z]{8}$/);
    }
    expect(new Set(Object.values(references)).size).toBe(3);
    // What was typed once here (the address) is offered to the profile, as after any application.
    await expect(page.getByRole("region", { name: t("profile:writeBack.title") })).toBeVisible();
    // 生育登记 was done during the pregnancy: not part of this bundle.
    await expect(receipt).not.toContainText(getService("birth-registration-family-planning")!.title[portalLocale]);

    // Each department finds its own application in its queue, and only its own.
    const police = await reviewerPage(browser, baseURL!, textSize, portalLocale, "reviewer05");
    const medical = await reviewerPage(browser, baseURL!, textSize, portalLocale, "reviewer06");
    const hrss = await reviewerPage(browser, baseURL!, textSize, portalLocale, "reviewer02");
    const open = async (staff: { page: Page }, reference: string) => {
      await checkA11yOf(staff.page);
      await (await handleLinkInQueue(staff.page, t, reference, checkA11yOf)).click();
      await expect(staff.page.getByRole("region", { name: t("workbench:detail.summary") })).toContainText(reference);
      await checkA11yOf(staff.page);
    };
    await open(police, references.hukou!);
    await open(medical, references.medical!);
    await open(hrss, references.card!);
    await expect(
      police.page.getByRole("link", { name: t("workbench:queue.handle", { reference: references.card! }) }),
    ).toHaveCount(0);

    // Medical insurance asks for the birth certificate again; the police and human resources accept and approve.
    const birthCert = getService("resident-medical-insurance")!.materials.find((m) => m.id === "birth-cert")!;
    await medical.page.getByRole("checkbox", { name: birthCert.title[portalLocale] }).check();
    await medical.page.getByRole("button", { name: t("workbench:action.request_supplement"), exact: true }).click();
    await expect(
      medical.page.getByText(t("workbench:action.done", { action: t("workbench:action.request_supplement") })),
    ).toBeVisible();
    await checkA11yOf(medical.page);
    for (const staff of [police, hrss]) {
      for (const action of ["accept", "approve_part"]) {
        await staff.page.getByRole("button", { name: t(`workbench:action.${action}`), exact: true }).click();
        await expect(
          staff.page.getByText(t("workbench:action.done", { action: t(`workbench:action.${action}`) })),
        ).toBeVisible();
      }
      await checkA11yOf(staff.page);
    }
    await Promise.all([police.close(), medical.close(), hrss.close()]);

    // The bundle's page: what to do first, and both outcomes, each part with its own status.
    await page.getByRole("link", { name: t("bundles:receipt.view") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("bundles:view.title"));
    await expect(page.getByRole("heading", { level: 2, name: t("bundles:view.overall.needsAction") })).toBeVisible();
    await expect(page.getByText(t("bundles:view.group.needsAction_other", { count: "1" }))).toBeVisible();
    await expect(page.getByText(t("bundles:view.group.approved_other", { count: "2" }))).toBeVisible();
    const part = (slug: string) =>
      page
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { name: getService(slug)!.title[portalLocale] }) });
    await expect(part("resident-medical-insurance")).toContainText(t("tracking:status.supplement_requested"));
    await expect(part("newborn-household-registration")).toContainText(t("tracking:status.approved"));
    await expect(part("social-security-card")).toContainText(t("tracking:status.approved"));
    await checkA11y();

    // The part waiting for the supplement opens on its own page, which leads back to the bundle.
    await part("resident-medical-insurance")
      .getByRole("link", { name: t("bundles:view.open", { item: bundle.members[1]!.label[portalLocale] }) })
      .click();
    await expect(
      page.getByRole("definition").getByText(t("tracking:status.supplement_requested"), { exact: true }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: t("bundles:view.viewBundle") })).toBeVisible();
    await checkA11y();

    // The approved birth registration put the baby in the household list: the next form offers the child.
    await page.goto(`/${portalLocale}/account`);
    await expect(page.getByRole("main")).toContainText(fixture.babyName as string);
    await checkA11y();
  },
);
