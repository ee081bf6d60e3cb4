// The window consent by SMS code, as a clerk does it: send the code to the resident's phone, type what the resident
// reads out (here: read from the test server's fake phone), confirm; the session page opens. Each page is scanned.
import { expect, type Page } from "@playwright/test";
import { latestCodeSentTo } from "./outbox";

export async function consentByCode(
  page: Page,
  t: (k: string) => string,
  checkA11y: () => Promise<void>,
  mobile: string,
) {
  await expect(page.getByRole("heading", { level: 1, name: t("window:consent.title") })).toBeVisible();
  await checkA11y();
  const sentAfter = new Date(Date.now() - 1000);
  await page.getByRole("button", { name: t("window:consent.send") }).click();
  await page
    .getByRole("textbox", { name: t("window:consent.code") })
    .fill(await latestCodeSentTo(mobile, sentAfter, "consent"));
  await page.getByRole("button", { name: t("window:consent.confirm") }).click();
  await expect(page).toHaveURL(/\/clerk\/sessions\/[^/]+$/);
  await checkA11y();
}
