// The admin's audit log page: reached from the admin workspace, searchable by action, a table with a caption, every
// search itself audited (the second search finds the first), accessible in both languages.
import { expect, pairB, test } from "../fixtures";

test(
  "an admin searches the audit log, and the search is itself audited",
  { tag: pairB },
  async ({ page, signInAs, visit, checkA11y, t }) => {
    await signInAs("staff", "admin01");
    await visit("/admin");
    await page.getByRole("link", { name: t("staff:audit.title") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("staff:audit.title"));
    // Opening the page was a search: it shows at least the admin's own sign-in.
    await expect(page.getByRole("table", { name: t("staff:audit.caption") })).toBeVisible();
    await checkA11y();

    await page.getByLabel(t("staff:audit.action"), { exact: true }).selectOption("audit.searched");
    await page.getByRole("button", { name: t("staff:audit.search") }).click();
    await expect(page).toHaveURL(/action=audit\.searched/);
    const table = page.getByRole("table", { name: t("staff:audit.caption") });
    await expect(table.getByRole("row").nth(1)).toContainText("audit.searched");
    await checkA11y();
  },
);
