// Any resident can get an account: registration with real-name verification, sign-in by SMS code, password reset,
// claiming an account registered at a window, number change, and all of it without JavaScript too.
import type { Page } from "@playwright/test";
import { expect, pairA, pairB, signIn, test, testClientAddress } from "../fixtures";
import { completeSteps, consentIfAsked } from "../apply-helpers";
import { insertWindowResident, latestCodeSentTo, latestSmsTo } from "../window/outbox";
import { freshIdentity } from "./fresh-identity";
import { services } from "../../lib/services";
import { answers as cardAnswers } from "../answer-fixtures/social-security-card.answers";

type T = (key: string, vars?: Record<string, string>) => string;

/** A mobile number no account has (different in every test and run). */
const freshMobile = () => "135" + String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
// Every test comes from its own client address: the per-client limit on codes (20 an hour) is counted by the address
// the server sees, and all tests run from one machine. The limit itself is tested in lib/accounts.
test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": testClientAddress() });
});

/** Asks for a code on the current code form and types it (from the SMS the portal wrote to the outbox). */
async function proveMobile(page: Page, t: T, mobile: string, submit: string, label = t("account:code.mobile")) {
  const asked = new Date(Date.now() - 1000);
  await page.getByLabel(label).fill(mobile);
  await page.getByRole("button", { name: t("account:code.send") }).click();
  await expect(page.getByLabel(t("account:code.code"))).toBeVisible();
  await page.getByLabel(t("account:code.code")).fill(await latestCodeSentTo(mobile, asked, "account"));
  await page.getByRole("button", { name: submit }).click();
}

async function register(page: Page, t: T, visit: (p: string) => Promise<void>, mobile: string) {
  await visit("/register");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("account:register.title"));
  await proveMobile(page, t, mobile, t("account:register.submit"));
  await expect(page).toHaveURL(/\/account\/verify\?new=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("account:verify.title"));
}

async function verifyName(page: Page, t: T, fullName: string, idNumber: string) {
  await page.getByLabel(t("account:verify.fullName")).fill(fullName);
  await page.getByLabel(t("account:verify.idNumber")).fill(idNumber);
  await page.getByRole("button", { name: t("account:verify.submit") }).click();
}

async function signOut(page: Page, t: T, visit: (p: string) => Promise<void>, checkA11y: () => Promise<void>) {
  await visit("/sign-out");
  await page.getByRole("button", { name: t("auth:signOut.submit") }).click();
  await expect(page.getByRole("main").getByText(t("auth:signedOut"))).toBeVisible();
  await checkA11y();
}

test(
  "a new resident registers, is verified against the registry, applies, signs out and signs in by SMS code",
  { tag: pairA },
  async ({ page, visit, checkA11y, t, portalLocale }) => {
    test.setTimeout(150_000);
    const person = await freshIdentity();
    const mobile = person.mobile;
    await register(page, t, visit, mobile);
    await expect(page.getByRole("status").or(page.getByText(t("account:verify.welcome")))).toBeVisible();
    await checkA11y();
    await verifyName(page, t, person.fullName, person.idNumber);
    await expect(page).toHaveURL(/\/account\?saved=verified$/);
    await expect(page.getByRole("status")).toHaveText(t("account:verify.done"));
    // Verified facts, masked: never the full ID number on the page.
    await expect(page.getByRole("main")).toContainText(person.idNumber.slice(-4));
    await expect(page.getByRole("main")).not.toContainText(person.idNumber);
    await checkA11y();

    const card = services.find((s) => s.slug === "social-security-card")!;
    await page.goto(`/${portalLocale}/services/${card.slug}/apply`);
    await consentIfAsked(page, card, portalLocale);
    const answers = {
      ...cardAnswers,
      applicantName: person.fullName,
      applicantIdNumber: person.idNumber,
      applicantMobile: mobile,
    };
    await completeSteps(page, card, answers, portalLocale, checkA11y);
    await page.getByRole("button", { name: t("applications:review.submit") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("applications:receipt.submitted"));

    await signOut(page, t, visit, checkA11y);
    await visit("/sign-in");
    await page.getByRole("link", { name: t("auth:resident.codeLink") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("account:signInCode.title"));
    await checkA11y();
    await proveMobile(page, t, mobile, t("account:signInCode.submit"));
    await expect(page).toHaveURL(/\/account$/);
    await page.goto(`/${portalLocale}/applications`);
    await expect(page.getByRole("main")).toContainText(card.title[portalLocale]);
  },
);

test(
  "a name that does not match and an ID number another account holds get the same answer, revealing nothing",
  { tag: pairB },
  async ({ page, visit, checkA11y, t }) => {
    await register(page, t, visit, freshMobile());
    const person = await freshIdentity();
    await verifyName(page, t, person.fullName === "李娜" ? "张磊" : "李娜", person.idNumber);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toHaveText(t("account:verify.mismatch"));
    await checkA11y();
    // The typed values stay (nothing lost on a refused post).
    await expect(page.getByLabel(t("account:verify.idNumber"))).toHaveValue(person.idNumber);
    // 阿依古丽's ID number and name are right, but her account holds them: the same words, nothing about her.
    await verifyName(page, t, "阿依古丽·艾买提", "654002198806150029");
    await expect(alert).toHaveText(t("account:verify.mismatch"));
    await expect(page.getByRole("main")).not.toContainText("138");
  },
);

test(
  "a password reset by SMS code signs in with the new password",
  { tag: pairA },
  async ({ page, visit, checkA11y, t }) => {
    const mobile = freshMobile();
    await register(page, t, visit, mobile);
    await signOut(page, t, visit, checkA11y);
    await visit("/sign-in");
    await page.getByRole("link", { name: t("auth:resident.forgotLink") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("account:reset.title"));
    await checkA11y();
    const asked = new Date(Date.now() - 1000);
    await page.getByLabel(t("account:code.mobile")).fill(mobile);
    await page.getByRole("button", { name: t("account:code.send") }).click();
    await expect(page.getByRole("status")).toHaveText(t("account:reset.sent"));
    await page.getByLabel(t("account:code.code")).fill(await latestCodeSentTo(mobile, asked, "account"));
    // A weak password is explained next to its field.
    await page.getByLabel(t("account:password.new"), { exact: true }).fill("short");
    await page.getByRole("button", { name: t("account:reset.submit") }).click();
    await expect(page.getByLabel(t("account:password.new"), { exact: true })).toHaveAccessibleDescription(
      new RegExp(t("validation:passwordRule")),
    );
    await checkA11y();
    // The code field is emptied after a refused post; the same code still works (one try spent, not the code).
    await page.getByLabel(t("account:code.code")).fill(await latestCodeSentTo(mobile, asked, "account"));
    await page.getByLabel(t("account:password.new"), { exact: true }).fill("Yining2026");
    await page.getByRole("button", { name: t("account:reset.submit") }).click();
    await expect(page).toHaveURL(/\/account\?saved=password$/);
    await signOut(page, t, visit, checkA11y);
    await visit("/sign-in");
    await signIn(page, t, "resident", mobile, "Yining2026");
    await expect(page).toHaveURL(/\/account$/);
  },
);

test(
  "a resident registered at a window claims the account online with a code, sets a password and sees the devices",
  { tag: pairB },
  async ({ page, visit, checkA11y, t }) => {
    const mobile = freshMobile();
    await insertWindowResident(mobile, "吐尔逊·买买提");
    await visit("/sign-in/code");
    await proveMobile(page, t, mobile, t("account:signInCode.submit"));
    // Verified in person at the window: straight to the account, no real-name step.
    await expect(page).toHaveURL(/\/account$/);
    await page.getByRole("link", { name: t("account:security.title") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("account:security.title"));
    await expect(page.getByText(t("account:assurance.in_person"))).toBeVisible();
    await expect(page.getByText(t("account:password.none"))).toBeVisible();
    await checkA11y();
    await page.getByLabel(t("account:password.new"), { exact: true }).fill("Claim2026x");
    await page.getByLabel(t("account:password.confirm")).fill("Claim2026x");
    await page.getByRole("button", { name: t("account:password.set") }).click();
    await expect(page.getByRole("status")).toHaveText(t("account:password.saved"));
    await expect(page.getByText(t("account:sessions.current"), { exact: false })).toBeVisible();
    await checkA11y();
    await signOut(page, t, visit, checkA11y);
    await visit("/sign-in");
    await signIn(page, t, "resident", mobile, "Claim2026x");
    await expect(page).toHaveURL(/\/account$/);
  },
);

test(
  "changing the mobile number needs a code to the new number and tells the old one",
  { tag: pairA },
  async ({ page, visit, checkA11y, t }) => {
    const old = freshMobile();
    await register(page, t, visit, old);
    await visit("/account/security");
    const next = freshMobile();
    const changed = new Date(Date.now() - 1000);
    await proveMobile(page, t, next, t("account:mobile.confirm"), t("account:mobile.new"));
    await expect(page.getByRole("status")).toHaveText(t("account:mobile.saved"));
    await expect(page.getByRole("main")).toContainText(next.slice(-4));
    await checkA11y();
    const notice = await latestSmsTo(old, changed);
    expect(notice).toContain(`${next.slice(0, 3)}****${next.slice(-4)}`);
    expect(notice).not.toContain(next);
  },
);

test("registration works by keyboard alone, in senior mode too", { tag: pairB }, async ({ page, visit, t }) => {
  const person = await freshIdentity();
  const mobile = person.mobile;
  await visit("/register");
  await page.getByLabel(t("account:code.mobile")).focus();
  const asked = new Date(Date.now() - 1000);
  await page.keyboard.type(mobile);
  await page.keyboard.press("Enter"); // the form's one button: get a code
  const code = page.getByLabel(t("account:code.code"));
  await expect(code).toBeVisible();
  // From the number, Tab reaches the code field; Enter submits the form's first button, "verify and continue".
  await page.getByLabel(t("account:code.mobile")).focus();
  await page.keyboard.press("Tab");
  await expect(code).toBeFocused();
  await page.keyboard.type(await latestCodeSentTo(mobile, asked, "account"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account\/verify\?new=1$/);
  await page.getByLabel(t("account:verify.fullName")).focus();
  await page.keyboard.type(person.fullName);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(t("account:verify.idNumber"))).toBeFocused();
  await page.keyboard.type(person.idNumber);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/account\?saved=verified$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test(
    "registration, real-name verification and password sign-in work as plain form posts",
    { tag: pairB },
    async ({ page, visit, checkA11y, t }) => {
      const person = await freshIdentity();
      await register(page, t, visit, person.mobile);
      await checkA11y();
      await verifyName(page, t, person.fullName, person.idNumber);
      await expect(page).toHaveURL(/\/account\?saved=verified$/);
      await checkA11y();
      await signOut(page, t, visit, checkA11y);
      await visit("/sign-in");
      await signIn(page, t, "resident", "13800000002");
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByRole("main")).toContainText("138****0002");
      await checkA11y();
      // A refused sign-in says why, without JavaScript too.
      await signOut(page, t, visit, checkA11y);
      await visit("/sign-in");
      await signIn(page, t, "resident", freshMobile(), "wrong-password-1");
      await expect(page.getByRole("main").getByRole("alert")).toHaveText(t("auth:errors.invalid"));
      await checkA11y();
    },
  );
});

test(
  "the development SMS page does not exist in a production build",
  { tag: pairA },
  async ({ request, portalLocale }) => {
    expect((await request.get(`/${portalLocale}/dev/sms`)).status()).toBe(404);
  },
);
