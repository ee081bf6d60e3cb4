// A resident's session ends after 30 idle minutes, like staff's: a warning two minutes before with one button to
// stay (WCAG 2.2.1); when time runs out, what the step had typed is kept, and after signing in again the resident
// is back on the same step with it. The page's clock is Playwright's (the countdown runs in the page).
import { expect, pairA, signIn, test } from "../fixtures";
import { newResident } from "../support/direct-data-client";

test(
  "a resident is warned before the session ends, can stay, and after signing in again finds the step as typed",
  { tag: pairA },
  async ({ page, visit, checkA11y, t, portalLocale }) => {
    const who = await newResident("registry");
    await page.clock.install();
    await visit("/sign-in");
    await signIn(page, t, "resident", who.mobile);
    await expect(page).toHaveURL(/\/account$/);
    await page.goto(`/${portalLocale}/services/social-security-card/apply`);
    await expect(page).toHaveURL(/\/apply\/applicant$/);
    await checkA11y();
    const detail = page.getByLabel(t("form:address.detail"));
    await detail.fill("解放路9号");

    // 28 minutes later: the warning, with the focus on its one button.
    await page.clock.fastForward("28:05");
    const dialog = page.getByRole("alertdialog", { name: t("a11y:sessionWarning.title") });
    await expect(dialog).toBeVisible();
    const stay = dialog.getByRole("button", { name: t("a11y:sessionWarning.residentExtend") });
    await expect(stay).toBeFocused();
    await checkA11y();
    await stay.click();
    await expect(dialog).toBeHidden();

    // Away for good this time: the session ends, and the sign-in page brings the resident back here.
    await page.clock.fastForward("30:30");
    await expect(page).toHaveURL(/\/sign-in\?reason=idle&callbackUrl=/);
    await expect(page.getByText(t("auth:idleSignedOut"))).toBeVisible();
    await checkA11y();
    await signIn(page, t, "resident", who.mobile);
    await expect(page).toHaveURL(/\/apply\/applicant$/);
    await expect(page.getByLabel(t("form:address.detail"))).toHaveValue("解放路9号");
  },
);
