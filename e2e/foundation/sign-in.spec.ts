import { expect, signIn, test, typeStaffCodeByKeyboard } from "../fixtures";
import { residentFor, testClerkFor, testStaffFor } from "../apply-helpers";

/** A mobile number no account has, different in every project and run (the lockout test must not interfere). */
function unknownMobile() {
  return "137" + String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
}

test("a resident signs in with mobile and password and sees only their own, masked data", async ({
  page,
  visit,
  checkA11y,
  t,
}) => {
  await visit("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("auth:resident.title"));
  await signIn(page, t, "resident", "13800000001");
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("account.title"));
  await expect(page.getByRole("main")).toContainText("138****0001");
  await expect(page.getByRole("main")).not.toContainText("13800000001");
  await checkA11y();
});

test("a wrong password gets one neutral message, announced and focusable", async ({
  page,
  visit,
  checkA11y,
  t,
}, info) => {
  await visit("/sign-in");
  // A throw-away account of this project's (slot 19): a wrong password spends one of its five tries.
  await signIn(page, t, "resident", residentFor(info.project.name, 19), "wrong-password");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toHaveText(t("auth:errors.invalid"));
  await expect(page).toHaveURL(/\/sign-in$/);
  await checkA11y();
  // An account that does not exist gets exactly the same answer.
  await signIn(page, t, "resident", unknownMobile(), "wrong-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(t("auth:errors.invalid"));
});

test("invalid input is explained next to the field and in a summary", async ({ page, visit, checkA11y, t }) => {
  await visit("/sign-in");
  await page.getByRole("button", { name: t("auth:submit"), exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(t("validation:errorSummary"));
  const login = page.getByLabel(t("auth:resident.login"));
  await expect(login).toHaveAttribute("aria-invalid", "true");
  await expect(login).toHaveAccessibleDescription(new RegExp(t("validation:mobile")));
  await checkA11y();
});

test("five failures lock the sign-in at this address, answered like a wrong password, even for an unknown account", async ({
  page,
  visit,
  checkA11y,
  t,
}) => {
  await visit("/sign-in");
  const mobile = unknownMobile();
  for (let i = 1; i <= 4; i++) {
    await signIn(page, t, "resident", mobile, `wrong-${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(t("auth:errors.invalid"));
  }
  // The lock itself is not announced (lib/auth/lockout-rule.ts): the message names the way back instead.
  await signIn(page, t, "resident", mobile, "wrong-5");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(t("auth:errors.invalid"));
  await signIn(page, t, "resident", mobile, "wrong-6");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(t("auth:errors.invalid"));
  await checkA11y();
});

test("staff sign in by keyboard alone and land in their workspace", async ({ page, visit, checkA11y, t }, info) => {
  const clerk = testClerkFor(info.project.name);
  await visit("/sign-in");
  await page.getByRole("link", { name: t("auth:resident.staffLink") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("auth:staff.title"));
  await checkA11y();
  const login = page.getByLabel(t("auth:staff.login"));
  await login.focus();
  await page.keyboard.type(clerk);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(t("auth:password"))).toBeFocused();
  await page.keyboard.type("Demo#2026");
  await page.keyboard.press("Enter");
  // The second factor: the code field has the focus, Enter submits it.
  await typeStaffCodeByKeyboard(page, t, /\/clerk$/, clerk);
  await expect(page).toHaveURL(/\/clerk$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("staff:workspace.clerk"));
  await checkA11y();
});

test("resident credentials do not work on the staff page", async ({ page, visit, t }, info) => {
  await visit("/staff/sign-in");
  await signIn(page, t, "staff", testStaffFor(info.project.name), "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(t("auth:errors.invalid"));
  // A resident's mobile is not a staff ID: rejected before any lookup.
  await signIn(page, t, "staff", "13800000001");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(t("auth:errors.invalid"));
});

test("signing out ends the session", async ({ page, visit, checkA11y, t }, info) => {
  // Signed in through the page, not the shared per-worker session: signing out ends the session's row, and a
  // shared cookie would be signed out for every later test of the worker.
  await visit("/sign-in");
  await signIn(page, t, "resident", residentFor(info.project.name, 18));
  await expect(page).toHaveURL(/\/account$/);
  await visit("/account");
  await page.getByRole("link", { name: t("nav.signOut") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("auth:signOut.title"));
  await checkA11y();
  await page.getByRole("button", { name: t("auth:signOut.submit") }).click();
  await expect(page.getByRole("main").getByText(t("auth:signedOut"))).toBeVisible();
  await checkA11y();
  await visit("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});
