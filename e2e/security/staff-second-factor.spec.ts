// Issue 18: staff sign in with a password and an authenticator code. An administrator enrols a new staff member's
// authenticator in person (QR code on the administrator's screen); before that the password alone opens nothing.
import { generate } from "otplib";
import { expect, pairA, pairB, signIn, test } from "../fixtures";
import { newStaff } from "../support/direct-data-client";

test(
  "an administrator enrols a staff member's authenticator, and only password plus code signs that member in",
  { tag: pairB },
  async ({ page, browser, visit, checkA11y, t, portalLocale }) => {
    const { staffId } = await newStaff();

    // Before enrolment: the password is right, but no code can be.
    const other = await browser.newPage();
    await other.goto(`/${portalLocale}/staff/sign-in`);
    await other.getByLabel(t("auth:staff.login")).fill(staffId);
    await other.getByLabel(t("auth:password")).fill("Demo#2026");
    await other.getByRole("button", { name: t("auth:submit"), exact: true }).click();
    await expect(other).toHaveURL(/\/staff\/second-factor$/);
    await other.getByLabel(t("auth:secondFactor.code")).fill("123456");
    await other.getByRole("button", { name: t("auth:secondFactor.submit"), exact: true }).click();
    await expect(other.getByRole("main").getByRole("alert")).toHaveText(t("auth:secondFactor.invalid"));
    await expect(other).toHaveURL(/\/staff\/second-factor$/);

    // The administrator (password, then the demo authenticator's code) enrols the new member.
    await visit("/staff/sign-in");
    await signIn(page, t, "staff", "admin01");
    await expect(page).toHaveURL(new RegExp(`/${portalLocale}/admin$`));
    await page.getByRole("link", { name: t("staff:authenticators.title") }).click();
    await expect(page.getByRole("heading", { level: 1, name: t("staff:authenticators.title") })).toBeVisible();
    await checkA11y();
    await page.getByRole("button", { name: t("staff:authenticators.enrol", { staffId }) }).click();
    await expect(page.getByRole("img", { name: t("staff:authenticators.qr") })).toBeVisible();
    await checkA11y();
    // What the new member's app would read from the QR code; the same secret is printed beside it.
    const secret = (
      await page
        .locator("p", { hasText: t("staff:authenticators.secretLabel") })
        .locator("bdi")
        .innerText()
    ).replace(/\s/g, "");
    await page.getByLabel(t("staff:authenticators.code")).fill("000000");
    await page.getByRole("button", { name: t("staff:authenticators.confirm") }).click();
    await expect(page.getByText(t("staff:authenticators.wrongCode"))).toBeVisible();
    await checkA11y();
    await page.getByLabel(t("staff:authenticators.code")).fill(await generate({ secret }));
    await page.getByRole("button", { name: t("staff:authenticators.confirm") }).click();
    await expect(page.getByText(t("staff:authenticators.enrolled", { staffId }))).toBeVisible();
    await checkA11y();

    // Now the new member signs in with password and the next code of their own authenticator.
    await other.goto(`/${portalLocale}/staff/sign-in`);
    await other.getByLabel(t("auth:staff.login")).fill(staffId);
    await other.getByLabel(t("auth:password")).fill("Demo#2026");
    await other.getByRole("button", { name: t("auth:submit"), exact: true }).click();
    await expect(other).toHaveURL(/\/staff\/second-factor$/);
    const nextStep = Math.floor(Date.now() / 1000) + 30; // the enrolment used this step's code
    await other.getByLabel(t("auth:secondFactor.code")).fill(await generate({ secret, epoch: nextStep }));
    await other.getByRole("button", { name: t("auth:secondFactor.submit"), exact: true }).click();
    await expect(other).toHaveURL(new RegExp(`/${portalLocale}/review$`));
    await other.close();
  },
);

test(
  "next-auth's sign-in endpoint gives staff no session for a password alone",
  { tag: pairA },
  async ({ request }) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await request.post("/api/auth/callback/staff", {
      form: { csrfToken, login: "clerk01", password: "Demo#2026", json: "true" },
      maxRedirects: 0,
    });
    const cookies = (await request.storageState()).cookies.map((c) => c.name);
    expect(cookies.some((n) => /session-token/.test(n))).toBe(false);
  },
);
