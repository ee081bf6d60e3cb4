// The window channel (一窗受理): a clerk serves a resident with the resident's consent, through the same service
// definitions and form engine as online, using only the keyboard; what the clerk did shows in the resident's
// timeline and data-access log. Every page visited is scanned by axe.
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, inVariants, pairA, translator, typeStaffCodeByKeyboard } from "../fixtures";
import { useSession } from "../support/sessions";
import { getService } from "../../lib/services";
import { visibleSteps } from "../../lib/form-engine/journey";
import { answers as pensionAnswers } from "../answer-fixtures/resident-pension-insurance.answers";
import { answers as cardAnswers } from "../answer-fixtures/social-security-card.answers";
import { latestCodeSentTo } from "./outbox";
import { consentByCode } from "./consent-by-code";
import { signConsentForm } from "./signed-form";
import { buttonNamed, byId, keyboardStep, tabTo } from "./keyboard";
import { fillStep, residentFor } from "../apply-helpers";

const FILES = path.join(__dirname, "..", "files");
const AYGUL = { mobile: "13800000001", idNumber: "654002198806150029" };
const WANG = { mobile: "13800000002", idNumber: "654002197203151239" };
/** What the demo residents' profiles hold (prisma/seed-data.ts): these must never be typed at the window. */
const PROFILE_FACTS = ["fullName", "idNumber", "mobile", "address"] as const;

/** clerk02, signed in, opens the lookup of `query` (scanned) and asks to serve that resident. */
async function clerkServes(
  page: Page,
  baseURL: string,
  t: (k: string) => string,
  checkA11y: () => Promise<void>,
  locale: string,
  query: string,
) {
  await useSession(page.context(), baseURL, "staff", "clerk02");
  await page.goto(`/${locale}/clerk/residents?q=${query}`);
  await expect(page.getByRole("button", { name: t("window:lookup.serve") })).toBeVisible();
  await checkA11y();
  await page.getByRole("button", { name: t("window:lookup.serve") }).click();
}

test(
  "a clerk applies for 13800000001 with the keyboard only, after consent by SMS code; she sees it in her timeline and access log",
  { tag: pairA },
  async ({ page, browser, portalLocale, textSize, checkA11y, baseURL }) => {
    test.setTimeout(150_000);
    const t = translator(portalLocale);
    // Two items, one per language, so the two variants never share a draft of the same resident.
    const [slug, base] =
      portalLocale === "zh" ? ["resident-pension-insurance", pensionAnswers] : ["social-security-card", cardAnswers];
    const service = getService(slug)!;
    const answers = { ...base, originalsSeen: true };

    // Keyboard-only sign-in: Tab to the staff ID, type, Tab, type, Enter.
    await page.goto(`/${portalLocale}/staff/sign-in?callbackUrl=${encodeURIComponent(`/${portalLocale}/clerk`)}`);
    await checkA11y();
    await tabTo(page, byId("staff-login"), "the staff ID field");
    await page.keyboard.type("clerk01");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Demo#2026");
    await page.keyboard.press("Enter");
    // Second factor: the authenticator's code, typed, Enter.
    await typeStaffCodeByKeyboard(page, t, new RegExp(`/${portalLocale}/clerk$`), "clerk01");

    // Workspace: focus is in the lookup field; the ID number (as an ID-card reader types it) and Enter.
    await expect(page).toHaveURL(new RegExp(`/${portalLocale}/clerk$`));
    await checkA11y();
    await expect(page.getByLabel(t("window:lookup.label"))).toBeFocused();
    await page.keyboard.type(AYGUL.idNumber);
    await page.keyboard.press("Enter");

    // Before consent: only that she exists, nothing of her profile.
    await expect(page.getByRole("heading", { name: t("window:lookup.found") })).toBeVisible();
    await checkA11y();
    await expect(page.getByText("阿依古丽")).toHaveCount(0);
    await expect(page.getByRole("button", { name: t("window:lookup.serve") })).toBeFocused();
    await page.keyboard.press("Enter");

    // Consent by a code sent to her phone through the outbox; she reads it back.
    await expect(page.getByRole("heading", { level: 1, name: t("window:consent.title") })).toBeVisible();
    await checkA11y();
    const sentAfter = new Date(Date.now() - 1000);
    await expect(page.getByRole("button", { name: t("window:consent.send") })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("textbox", { name: t("window:consent.code") })).toBeFocused();
    await checkA11y();
    await page.keyboard.type(await latestCodeSentTo(AYGUL.mobile, sentAfter, "consent"));
    await page.keyboard.press("Enter");

    // The session: her profile (masked), and the item chosen with the arrow keys.
    await expect(page).toHaveURL(/\/clerk\/sessions\/[^/]+$/);
    await checkA11y();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("阿依古丽");
    await expect(page.getByText("654002********0029")).toBeVisible();
    // Her household reaches the window masked too: the spouse step of 生育登记 offers her husband from her household
    // list, and the page as sent (HTML and flight data) carries his ID number masked only.
    const sessionUrl = new URL(page.url()).pathname;
    await page.request.get(`${sessionUrl}/services/birth-registration-family-planning/apply`); // opens her draft here
    const spouseStep = await page.request.get(`${sessionUrl}/services/birth-registration-family-planning/apply/spouse`);
    expect(spouseStep.status()).toBe(200);
    const sent = await spouseStep.text();
    expect(sent).toContain("654002********0012");
    expect(sent).not.toContain("654002198509110012");
    expect(sent).not.toContain(AYGUL.idNumber);
    const picker = page.getByLabel(t("window:session.service"));
    await expect(picker).toBeFocused();
    for (let i = 0; i < 20 && (await picker.inputValue()) !== slug; i++) await page.keyboard.press("ArrowDown");
    await expect(picker).toHaveValue(slug);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");

    // Every step of the same service definition, window steps included, by keyboard; nothing of her profile retyped.
    let retyped = 0;
    for (const step of visibleSteps(service, answers, "window")) {
      await expect(page).toHaveURL(new RegExp(`/apply/${step.id}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title[portalLocale]);
      await checkA11y();
      retyped += await keyboardStep(page, step, answers, {
        channel: "window",
        files: FILES,
        profileHas: PROFILE_FACTS,
      });
    }
    expect(retyped, "profile fields the clerk had to type").toBe(0);
    await expect(page).toHaveURL(/\/apply\/review$/);
    await checkA11y();
    await tabTo(page, buttonNamed(t("applications:review.submit")), "the submit button", 200);
    await page.keyboard.press("Enter");

    // The same receipt as online.
    await expect(page).toHaveURL(/\/applications\/[^/]+\/receipt$/);
    await checkA11y();
    const applicationId = page.url().match(/applications\/([^/]+)\/receipt/)![1]!;
    await expect(page.getByRole("heading", { name: t("applications:receipt.submitted") })).toBeVisible();
    const reference = (await page.getByRole("status").locator("strong bdi").innerText()).trim();

    // She signs in herself and sees who did it, where.
    const context = await browser.newContext({ baseURL });
    await context.addCookies([{ name: "text-size", value: textSize, url: baseURL! }]);
    await useSession(context, baseURL!, "resident", AYGUL.mobile);
    const resident = await context.newPage();
    await resident.goto(`/${portalLocale}/applications/${applicationId}`);
    await expect(resident.getByRole("region", { name: t("tracking:detail.timeline") })).toContainText(
      t("window:timeline.onBehalf", { window: "\u20683\u2069", staffId: "\u2068clerk01\u2069" }),
    );
    await resident.goto(`/${portalLocale}/account/data`);
    await expect(
      resident.getByText(t("window:access.window.consent_given", { window: "\u20683\u2069" })).first(),
    ).toBeVisible();
    await expect(
      resident.getByText(
        t("window:access.application.submitted_on_behalf", {
          window: "\u20683\u2069",
          reference: `\u2068${reference}\u2069`,
        }),
      ),
    ).toHaveCount(1);
    await context.close();
  },
);

test(
  "a draft 王建国 started online is finished at the window, consent by signed form, without retyping his profile",
  { tag: inVariants("zh-large") },
  async ({ page, browser, portalLocale, textSize, checkA11y, baseURL, t }) => {
    // One variant: the window pages are scanned in all four by the other tests.
    test.setTimeout(120_000);
    const service = getService("social-security-card")!;
    const answers = { ...cardAnswers, originalsSeen: true };
    // Online: he confirms his own details (the first step) and leaves.
    const context = await browser.newContext({ baseURL });
    await context.addCookies([{ name: "text-size", value: textSize, url: baseURL! }]);
    await useSession(context, baseURL!, "resident", "13800000002");
    const resident = await context.newPage();
    await resident.goto(`/${portalLocale}/services/${service.slug}/apply`);
    await expect(resident).toHaveURL(/\/apply\/applicant$/);
    await resident.getByRole("button", { name: t("form:summary.confirm") }).click();
    await expect(resident).toHaveURL(/\/apply\/card$/);
    await context.close();

    // At the window, consent by the signed paper form, then the same draft.
    await clerkServes(page, baseURL!, t, checkA11y, portalLocale, "13800000002");
    await expect(page.getByRole("heading", { level: 1, name: t("window:consent.title") })).toBeVisible();
    // Without the tick the form is refused, with the reason next to it.
    await page.getByLabel(t("window:consent.signatureRef")).fill("SQ-2026-0042");
    await page.getByRole("button", { name: t("window:consent.confirmSignature") }).click();
    await expect(page.getByText(t("window:consent.error.notSigned"))).toBeVisible();
    await checkA11y();
    // Another person's ID card on the reader is refused: the form must be signed by the resident present.
    await signConsentForm(page, t, { idNumber: AYGUL.idNumber, signatureRef: "SQ-2026-0042" });
    await expect(page.getByText(t("window:consent.error.idCard"))).toBeVisible();
    // His card, but no scan of the signed form: refused too.
    await signConsentForm(page, t, { idNumber: WANG.idNumber, signatureRef: "SQ-2026-0042", scan: false });
    await expect(page.getByText(t("window:consent.error.scan"))).toBeVisible();
    await checkA11y();
    await signConsentForm(page, t, { idNumber: WANG.idNumber, signatureRef: "SQ-2026-0042" });
    await expect(page).toHaveURL(/\/clerk\/sessions\/[^/]+$/);
    await checkA11y();
    const drafts = page.getByRole("region", { name: t("window:session.drafts") });
    await expect(drafts).toContainText(t("window:session.startedVia.online"));
    await drafts
      .getByRole("link", { name: t("window:session.continueHere", { service: service.title[portalLocale] }) })
      .click();

    // It opens where he stopped; Alt+B goes back a step and Alt+N (confirming his details) forward again.
    await expect(page).toHaveURL(/\/apply\/card$/);
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest("main form")))).toBe(true);
    await page.keyboard.press("Alt+B");
    await expect(page).toHaveURL(/\/apply\/applicant$/);
    await checkA11y();
    // Masked by construction: the page as sent (HTML and React's flight data) has his ID number and mobile masked only.
    const sent = await (await page.request.get(page.url())).text();
    expect(sent).toContain("654002********1239");
    expect(sent).not.toContain("654002197203151239");
    expect(sent).not.toContain("13800000002");
    await expect(page.getByRole("button", { name: t("form:summary.confirm") })).toBeFocused();
    await page.keyboard.press("Alt+N");
    // The rest is filled, profile facts never typed again.
    await expect(page).toHaveURL(/\/apply\/card$/);
    let retyped = 0;
    for (const step of visibleSteps(service, answers, "window").slice(1)) {
      await expect(page).toHaveURL(new RegExp(`/apply/${step.id}$`));
      await checkA11y();
      retyped += await keyboardStep(page, step, answers, {
        channel: "window",
        files: FILES,
        profileHas: PROFILE_FACTS,
      });
    }
    expect(retyped).toBe(0);
    await expect(page).toHaveURL(/\/apply\/review$/);
    // The review at the window shows his ID number masked, in a left-to-right isolate (its order survives RTL).
    await expect(page.getByRole("main").locator('bdi[dir="ltr"]', { hasText: "654002********1239" })).toHaveCount(1);
    await expect(page.getByRole("main")).not.toContainText("654002197203151239");
    await page.getByRole("button", { name: t("applications:review.submit") }).click();
    await expect(page).toHaveURL(/\/receipt$/);
    await checkA11y();
    // Ending the session takes the profile away from the clerk at once.
    const sessionPage = page.url().replace(/\/applications\/.*$/, "");
    await page.getByRole("link", { name: t("window:session.back") }).click();
    await page.getByRole("button", { name: t("window:session.end") }).click();
    await expect(page.getByText(t("window:workspace.ended"))).toBeVisible();
    await page.goto(sessionPage);
    await expect(page).toHaveURL(new RegExp(`/${portalLocale}/clerk\\?ended=1$`));
  },
);

// One variant suffices for an access rule.
test(
  "without consent a clerk reads nothing of the resident: not the session page, not a form, not an upload",
  { tag: inVariants("ug-standard") },
  async ({ page, baseURL, portalLocale, t, checkA11y }) => {
    await clerkServes(page, baseURL!, t, checkA11y, portalLocale, "13800000002");
    await expect(page).toHaveURL(/\/consent$/);
    await checkA11y();
    const session = page.url().replace(/\/consent$/, "");
    // (The workstation's compact layout, remembered, and back.)
    await page.goto(`/${portalLocale}/clerk`);
    await page.getByRole("button", { name: t("window:layout.toCompact") }).click();
    await expect(page.locator("html")).toHaveAttribute("data-density", "compact");
    await checkA11y();
    await page.getByRole("button", { name: t("window:layout.toStandard") }).click();
    await expect(page.locator("html")).not.toHaveAttribute("data-density", "compact");
    for (const path of [
      "",
      "/services/social-security-card/apply",
      "/services/social-security-card/apply/applicant",
      "/services/social-security-card/apply/review",
      "/handoff/social-security-card",
    ]) {
      await page.goto(session + path);
      await expect(page, `${path || "session page"} goes to consent`).toHaveURL(/\/consent$/);
      await expect(page.getByText("王建国")).toHaveCount(0);
      await expect(page.getByText("654002")).toHaveCount(0);
    }
    // The upload endpoint (a clerk scanning a material into the draft) refuses too.
    const sid = session.split("/").pop()!;
    const status = await page.evaluate(async (s) => {
      const body = new FormData();
      body.set("file", new File(["%PDF-1.4"], "a.pdf", { type: "application/pdf" }));
      body.set("service", "social-security-card");
      body.set("field", "idCardScan");
      return (await fetch(`/api/uploads?session=${s}`, { method: "POST", body })).status;
    }, sid);
    expect(status).toBe(401);
    // Another clerk's session does not exist for this one.
    await page.context().clearCookies();
    await useSession(page.context(), baseURL!, "staff", "clerk01");
    await page.goto(`${new URL(session).pathname}/consent`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("errors:notFound.title"));
    await checkA11y();
  },
);

// One variant: the warning is one component.
test(
  "a clerk idle for 28 minutes is warned, in large text, and one press keeps the session (WCAG 2.2.1)",
  { tag: inVariants("ug-large") },
  async ({ page, signInAs, portalLocale, t, checkA11y }) => {
    await signInAs("staff", "clerk02");
    await page.clock.install();
    await page.goto(`/${portalLocale}/clerk`);
    await expect(page).toHaveURL(new RegExp(`/${portalLocale}/clerk$`));
    await checkA11y();
    await page.clock.fastForward("28:05");
    const warning = page.getByRole("alertdialog", { name: t("a11y:sessionWarning.title") });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole("button", { name: t("a11y:sessionWarning.extend") })).toBeFocused();
    await checkA11y();
    await page.keyboard.press("Enter");
    await expect(warning).toBeHidden();
    await page.clock.fastForward("10:00");
    await expect(warning).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/${portalLocale}/clerk$`));
  },
);

/** Consent by a code sent to the resident's phone (the test residents have no ID number on file, so no signed form
 * can be matched to their ID card), from the consent page the lookup's "serve" leads to; ends on the session page. */

const formCopies = (page: Page) =>
  page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("draft:")));

// One variant: the rule is in the form's storage, not in the layout.
test(
  "one tab, two residents: once the session with the first ends, nothing typed for them is left for the next",
  { tag: inVariants("zh-standard") },
  async ({ page, baseURL, portalLocale, t, checkA11y }, info) => {
    test.setTimeout(120_000);
    const [first, next] = [residentFor(info.project.name, 13), residentFor(info.project.name, 14)];
    const nameLabel = new RegExp(`^${getService("social-security-card")!.steps[0]!.fields[0]!.label[portalLocale]}`);
    await clerkServes(page, baseURL!, t, checkA11y, portalLocale, first);
    await consentByCode(page, t, checkA11y, first);
    const session = page.url();
    await page.goto(`${session}/services/social-security-card/apply`);
    await expect(page).toHaveURL(/\/apply\/applicant$/);
    await checkA11y();
    // The network drops as the step is saved: what was typed is kept in this tab (for this resident and session),
    // and the form says it will retry the save.
    await page.context().setOffline(true);
    await fillStep(
      page,
      getService("social-security-card")!.steps[0]!,
      { ...cardAnswers, applicantName: "测试甲乙" },
      portalLocale,
    );
    await expect(page.getByRole("main").getByRole("status")).toHaveText(t("form:saveRetrying"));
    await page.context().setOffline(false);
    expect(await formCopies(page)).toHaveLength(1);
    await checkA11y();

    await page.goto(session);
    await checkA11y();
    await page.getByRole("button", { name: t("window:session.end") }).click();
    await expect(page.getByText(t("window:workspace.ended"))).toBeVisible();
    await expect.poll(() => formCopies(page)).toEqual([]);
    await checkA11y();

    await clerkServes(page, baseURL!, t, checkA11y, portalLocale, next);
    await consentByCode(page, t, checkA11y, next);
    await page.goto(`${page.url()}/services/social-security-card/apply`);
    await expect(page).toHaveURL(/\/apply\/applicant$/);
    await checkA11y();
    await expect(page.getByLabel(nameLabel)).not.toHaveValue("测试甲乙");
    await expect(page.getByText("测试甲乙")).toHaveCount(0);
  },
);
