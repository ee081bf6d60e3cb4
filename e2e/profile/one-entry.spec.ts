// "One entry, shared across channels": what a resident gave once is never typed again, and what the government
// holds about them is visible to them, with every staff access.
import { expect, pairA, pairB, signIn, test, translator } from "../fixtures";
import { useSession } from "../support/sessions";
import { signConsentForm } from "../window/signed-form";
import { draftAsResident, submitAsResident } from "../support/direct-data-client";
import { variantIndex } from "../support/variants";
import { completeSteps, consentIfAsked, fillStep, residentFor, testClerkFor } from "../apply-helpers";
import { answers as mlaAnswers } from "../answer-fixtures/minimum-living-allowance.answers";
import { services } from "../../lib/services";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";

import { idCheckDigit } from "../../lib/validators/id-number";
import { maskIdNumber } from "../../lib/format/mask";

const validId = (first17: string) => first17 + idCheckDigit(first17);
const elderly = services.find((s) => s.slug === "elderly-allowance")!;
const second = services.find((s) => s.slug === "residence-permit")!;
const TYPEABLE = "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), select, textarea";
const PROFILE_LABEL = /姓名|身份证|手机|电话|地址|住址|ئىسىم|كىملىك|يانفون|تېلېفون|ئادرېس/;

test(
  "a new resident never types their own facts twice: the second item starts filled in",
  { tag: pairB },
  async ({ page, signInAs, checkA11y, t, portalLocale }, info) => {
    test.setTimeout(120_000);
    await signInAs("resident", residentFor(info.project.name, 6));
    await page.goto(`/${portalLocale}/services/${elderly.slug}/apply`);
    // This resident's own ID number (an ID number belongs to one account only).
    const ownId = validId(`65400219900101${String(10 + variantIndex(info.project.name))}1`);
    // The mobile typed is the account's own (an application never changes the account's number).
    const own = { applicantIdNumber: ownId, applicantMobile: residentFor(info.project.name, 6) };
    await completeSteps(page, elderly, { ...elderlyAnswers, ...own }, portalLocale, checkA11y);
    await checkA11y();
    await page.getByRole("button", { name: t("applications:review.submit") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("applications:receipt.submitted"));
    // Offered back, field by field; the resident accepts them all.
    const offer = page.getByRole("region", { name: t("profile:writeBack.title") });
    await expect(offer).toBeVisible();
    await checkA11y();
    for (const box of await offer.getByRole("checkbox").all()) await box.check();
    await offer.getByRole("button", { name: t("profile:writeBack.submit") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("profile:writeBack.updated") })).toBeVisible();
    await checkA11y();

    // A second item: its first step's answers all came from the profile, so it is a card to confirm, not fields.
    await page.goto(`/${portalLocale}/services/${second.slug}/apply`);
    await expect(page).toHaveURL(/\/apply\/applicant$/);
    const card = page.getByRole("region", { name: t("form:summary.title") });
    await expect(card).toBeVisible();
    // Each value says where it came from: the resident's own entry, accepted into the profile above; the mobile is
    // the account's own number (write-back never changes it: only a code to a new number does).
    const fromMobile = second.steps[0]!.fields.filter((f) => f.prefill === "mobile").length;
    await expect(card.getByText(`${t("form:source.profile")} · ${t("form:source.self")}`)).toHaveCount(
      second.steps[0]!.fields.length - fromMobile,
    );
    await expect(card.getByText(`${t("form:source.profile")} · ${t("form:source.account")}`)).toHaveCount(fromMobile);
    await expect(card).toContainText(maskIdNumber(ownId));
    expect(await page.getByRole("main").locator(TYPEABLE).count(), "fields to type on a summary card").toBe(0);
    await checkA11y();
    // Confirming saves the step with those values and moves on.
    await page.getByRole("button", { name: t("form:summary.confirm") }).click();
    await expect(page).toHaveURL(new RegExp(`/apply/${second.steps[1]!.id}$`));
    await checkA11y();
    // "Change" opens the same step's fields: still nothing left to type, each field says where its value came from.
    await page.getByRole("link", { name: t("form:back") }).click();
    await expect(page).toHaveURL(/\/apply\/applicant$/);
    await card.getByRole("link", { name: t("form:summary.change") }).click();
    await expect(page).toHaveURL(/\/apply\/applicant\?change=1$/);
    await expect(page.getByRole("note")).toHaveText(t("form:prefilledStep"));
    await checkA11y();
    const empty = await page
      .getByRole("main")
      .locator(TYPEABLE)
      .evaluateAll((els, src) => {
        const re = new RegExp(src);
        return els
          .filter((e) => re.test((e as HTMLInputElement).labels?.[0]?.innerText ?? ""))
          .filter((e) => !(e as HTMLInputElement).value)
          .map((e) => (e as HTMLInputElement).labels?.[0]?.innerText);
      }, PROFILE_LABEL.source);
    expect(empty, "profile fields left to type again").toEqual([]);
    const nameField = second.steps[0]!.fields[0]!;
    await expect(
      page.getByLabel(new RegExp(`^${nameField.label[portalLocale].replace(/[()（）]/g, ".")}`)),
    ).toHaveAccessibleDescription(new RegExp(`${t("form:source.profile")} · ${t("form:source.self")}`));
  },
);

test("household members entered once are offered in the next item that needs them", async ({
  page,
  signInAs,
  checkA11y,
  t,
  portalLocale,
}) => {
  // 阿依古丽 (13800000001) has her household in her profile: the 低保 form lists them without typing.
  const mla = services.find((s) => s.slug === "minimum-living-allowance")!;
  await signInAs("resident", "13800000001");
  await page.goto(`/${portalLocale}/services/${mla.slug}/apply`);
  await checkA11y();
  await consentIfAsked(page, mla, portalLocale);
  await page.goto(`/${portalLocale}/services/${mla.slug}/apply/applicant`);
  await checkA11y();
  // The applicant step is filled from her registry-verified profile: confirmed, not retyped.
  await expect(page.getByRole("region", { name: t("form:summary.title") })).toContainText(
    `${t("form:source.profile")} · ${t("form:source.registryVerified")}`,
  );
  await page.getByRole("button", { name: t("form:summary.confirm") }).click();
  await expect(page).toHaveURL(/\/apply\/household$/);
  await checkA11y();
  const typeField = mla.steps.find((s) => s.id === "household")!.fields.find((f) => f.kind === "radio")!;
  if (typeField.kind !== "radio") throw new Error("household type is a radio");
  await page
    .getByRole("group", { name: typeField.label[portalLocale] })
    .getByLabel(typeField.options[1]!.label[portalLocale])
    .check();
  const first = page.getByRole("group", { name: new RegExp(translator(portalLocale)("form:group.item", { n: "1" })) });
  await expect(first.getByLabel(/^(姓名|ئىسىم)/)).toHaveValue("艾买提·托合提");
  await expect(first.getByLabel(/^(身份证号|كىملىك نومۇرى)/)).toHaveValue("654002198509110012");
  await checkA11y();
});

test(
  "one person is picked from the household list: the elder's name and ID are never typed",
  { tag: pairA },
  async ({ page, visit, signInAs, checkA11y, t, portalLocale }) => {
    // 阿依古丽 (13800000001) applies for 高龄津贴 for her father, who is in her household list. Nothing is submitted:
    // the four projects share her draft and save the same values.
    const step = elderly.steps.find((s) => s.id === "elder")!;
    const field = (name: string) => step.fields.find((f) => f.name === name)!;
    const labelled = (name: string) =>
      page.getByLabel(new RegExp(`^${field(name).label[portalLocale].replace(/[()（）?？]/g, ".")}`));
    const father = { name: "托合提·热合曼", idNumber: "654002194803020044" };
    await signInAs("resident", "13800000001");
    await page.request.get(`/${portalLocale}/services/${elderly.slug}/apply`); // opens (or resumes) the draft
    await visit(`/services/${elderly.slug}/apply/elder`);
    const forWhom = field("forWhom");
    if (forWhom.kind !== "radio") throw new Error("forWhom is a radio");
    await page
      .getByRole("group", { name: forWhom.label[portalLocale] })
      .getByLabel(forWhom.options[1]!.label[portalLocale], { exact: true })
      .check();
    const picker = page.getByRole("group", { name: t("form:householdPick.label") });
    const fatherOption = picker.getByRole("radio", {
      name: `${father.name}${t("form:householdPick.relationSeparator")}${t("profile:relations.parent")}`,
    });
    // Her child is not offered as an elder; the name keeps its own language on the Uyghur page.
    await expect(picker.getByRole("radio", { name: /阿力木/ })).toHaveCount(0);
    await expect(picker.locator(`bdi[lang="zh-CN"]`, { hasText: father.name })).toHaveCount(1);
    await fatherOption.check();
    await expect(labelled("elderName")).toHaveValue(father.name);
    await expect(labelled("elderIdNumber")).toHaveValue(father.idNumber);
    await expect(labelled("elderRelation")).toHaveValue("parent");
    await expect(labelled("elderName")).toHaveAccessibleDescription(
      new RegExp(`${t("form:source.household")} · ${t("form:source.registryVerified")}`),
    );
    await expect(
      page.getByRole("status").filter({ hasText: t("form:householdPick.filled", { name: father.name }) }),
    ).toHaveCount(1);
    await checkA11y();
    await page.getByRole("button", { name: t("form:next") }).click();
    await expect(page).toHaveURL(/\/apply\/payout$/);
    await checkA11y();
    // Saved: back on the step, the picker names him again.
    await page.getByRole("link", { name: t("form:back") }).click();
    await expect(page).toHaveURL(/\/apply\/elder$/);
    await expect(fatherOption).toBeChecked();
    // "Someone else" empties what the pick filled, for typing (not saved here).
    await picker.getByRole("radio", { name: t("form:householdPick.other") }).check();
    await expect(labelled("elderName")).toHaveValue("");
    await expect(labelled("elderIdNumber")).toHaveValue("");
    await checkA11y();
  },
);

test(
  "the resident sees every staff access to their profile and can download all their data",
  { tag: pairB },
  async ({ page, visit, signInAs, checkA11y, checkA11yOf, browser, baseURL, textSize, t, portalLocale }, info) => {
    // A clerk looks the resident up and reveals the full ID number, giving a reason.
    const clerkLogin = testClerkFor(info.project.name);
    const clerk = await browser.newContext({ baseURL });
    await clerk.addCookies([{ name: "text-size", value: textSize, url: baseURL! }]);
    const cp = await clerk.newPage();
    await cp.goto(
      `/${portalLocale}/staff/sign-in?callbackUrl=${encodeURIComponent(`/${portalLocale}/clerk/residents?q=13800000001`)}`,
    );
    await signIn(cp, t, "staff", clerkLogin);
    // She consents at the window (the signed paper form); only then does her profile open, masked.
    await cp.getByRole("button", { name: t("window:lookup.serve") }).click();
    await signConsentForm(cp, t, { idNumber: "654002198806150029", signatureRef: "SQ-2026-0100" });
    await expect(cp.getByRole("main")).toContainText("654002********0029");
    await expect(cp.getByRole("main")).not.toContainText("654002198806150029");
    await checkA11yOf(cp);
    const reason = `e2e ${portalLocale}-${textSize} ${Date.now()}`;
    await cp.getByLabel(t("staff:reveal.reason")).fill(reason);
    await cp.getByRole("button", { name: t("staff:reveal.submit"), exact: true }).click();
    await expect(cp.getByRole("status").filter({ hasText: "654002198806150029" })).toBeVisible();
    await clerk.close();

    await signInAs("resident", "13800000001");
    await visit("/account");
    await page.getByRole("link", { name: t("profile:data.title") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("profile:data.title"));
    const log = page.getByRole("region", { name: t("profile:data.accessLog") });
    await expect(log).toContainText(reason);
    await expect(log).toContainText(clerkLogin);
    await checkA11y();

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: t("profile:data.download") }).click();
    const file = await (await download).path();
    const json = JSON.parse(await (await import("node:fs/promises")).readFile(file, "utf8"));
    expect(json.account.profile.idNumber).toBe("654002198806150029");
    expect(json.accessLog.some((a: { payload: { reason?: string } }) => a.payload.reason === reason)).toBe(true);
  },
);

test("a resident cannot open another resident's application by its address", async ({
  page,
  visit,
  signInAs,
  browser,
  baseURL,
  portalLocale,
  t,
}, info) => {
  // Resident A has submitted (built through the use cases); B (13800000002) tries A's receipt URL.
  const resident = residentFor(info.project.name, 7);
  const { id, uploads } = await submitAsResident(resident, elderly.slug, elderlyAnswers);
  const receiptUrl = `/${portalLocale}/applications/${id}/receipt`;
  await signInAs("resident", resident);
  await visit(`/applications/${id}/receipt`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("applications:receipt.submitted"));
  const other = await browser.newContext({ baseURL });
  await useSession(other, baseURL!, "resident", "13800000002");
  const op = await other.newPage();
  const res = await op.goto(receiptUrl);
  expect(res?.status()).toBe(404);
  await expect(op.getByRole("main")).not.toContainText(elderlyAnswers.applicantName as string);
  // Nor A's uploaded materials, by their id: not B, and not a clerk outside a window session with A.
  expect(uploads.length).toBeGreaterThan(0);
  const file = `/api/uploads/${uploads[0]}`;
  expect((await page.request.get(file)).status()).toBe(200);
  expect((await other.request.get(file)).status()).toBe(404);
  const clerk = await browser.newContext({ baseURL });
  await useSession(clerk, baseURL!, "staff", "clerk01");
  expect((await clerk.request.get(file)).status()).toBe(404);
  await clerk.close();
  await other.close();
});

test(
  "consent to sensitive data is asked per item, recorded, and can be revoked",
  { tag: pairA },
  async ({ page, context, visit, signInAs, checkA11y, checkA11yOf, t, portalLocale }, info) => {
    const mla = services.find((s) => s.slug === "minimum-living-allowance")!;
    await signInAs("resident", residentFor(info.project.name, 8));
    await page.goto(`/${portalLocale}/services/${mla.slug}/apply`);
    await expect(page).toHaveURL(/\/consent$/);
    // Not ticking the box is refused with an explanation.
    await page.getByRole("button", { name: t("profile:consent.submit") }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(t("profile:consent.required"));
    await checkA11y();
    await page.getByLabel(t("profile:consent.category.income")).check();
    await page.getByRole("button", { name: t("profile:consent.submit") }).click();
    await expect(page).toHaveURL(/\/apply\/applicant$/);
    await checkA11y();
    // A second tab stays on the form while the consent is revoked in the first.
    const form = await context.newPage();
    await form.goto(page.url());
    await checkA11yOf(form);
    await visit("/account/data");
    const consents = page.getByRole("region", { name: t("profile:consent.listTitle") });
    await expect(consents).toContainText(mla.title[portalLocale]);
    await consents.getByRole("button", { name: new RegExp(t("profile:consent.revoke", { what: "" })) }).click();
    await expect(consents).toContainText(t("profile:consent.revokedAt", { time: "" }).trim());
    await checkA11y();
    // The open form's next save is refused by the use case, with a message in the page's language.
    await fillStep(form, mla.steps[0]!, mlaAnswers, portalLocale);
    await expect(form.getByText(t("errors:application.consentMissing"))).toBeVisible();
    await expect(form).toHaveURL(/\/apply\/applicant$/);
    await checkA11yOf(form);
    await form.close();
    // Revoked: the form waits for consent again.
    await page.goto(`/${portalLocale}/services/${mla.slug}/apply/applicant`);
    await expect(page).toHaveURL(/\/consent$/);
    await checkA11y();
  },
);

test(
  "a file answer that is not an upload of this draft is refused at submit, naming what to do",
  { tag: pairB },
  async ({ page, visit, signInAs, checkA11y, t, portalLocale }, info) => {
    // A crafted post saved an upload id that is no file of this draft (the materials step accepts any id string, as
    // a form post would carry it); the submit use case checks every file answer against the draft's own uploads.
    const resident = residentFor(info.project.name, 10);
    const { id } = await draftAsResident(resident, elderly.slug, elderlyAnswers, {
      idCardScan: ["cfake0000000000000000000000"],
    });
    await signInAs("resident", resident);
    await visit(`/services/${elderly.slug}/apply/review`);
    await page.getByRole("button", { name: t("applications:review.submit") }).click();
    await expect(page).toHaveURL(/\/apply\/review\?error=/);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(t("errors:application.fileNotUploaded"));
    await checkA11y();
    // Still a draft: its receipt address sends the resident back to the form.
    const receipt = await page.request.get(`/${portalLocale}/applications/${id}/receipt`, { maxRedirects: 0 });
    expect(receipt.status()).toBeGreaterThanOrEqual(300);
    expect(receipt.headers()["location"]).toContain(`/services/${elderly.slug}/apply`);
  },
);
