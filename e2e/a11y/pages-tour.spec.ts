// Pages as they open, in all four variants. The tests that work on these pages (the dashboard, the audit log, failed
// messages, authenticators, field kinds, rectification, the Uyghur name, the rating screen) run in one pair of
// variants each, so every page is scanned by axe in both text sizes of both languages here: one page load and one
// scan per page, instead of the whole journey four times (issue 22).
import { expect, test } from "../fixtures";
import { residentFor } from "../apply-helpers";

const adminPages = [
  ["/admin/dashboard", "dashboard:title"],
  ["/admin/audit", "staff:audit.title"],
  ["/admin/needs-action", "staff:needsAction.title"],
  ["/admin/authenticators", "staff:authenticators.title"],
  ["/staff/field-kinds", "staff:fieldKinds.title"],
] as const;

const reviewerPages = [
  ["/review/dashboard", "dashboard:titleDepartment"],
  ["/review/rectification", "evaluation:review.title"],
] as const;

test("the administrator's pages open with their heading", async ({ page, signInAs, visit, t }) => {
  await signInAs("staff", "admin01");
  for (const [path, title] of adminPages) {
    await visit(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(title));
  }
});

test("a reviewer's department pages open with their heading", async ({ page, signInAs, visit, t }) => {
  await signInAs("staff", "reviewer02");
  for (const [path, title] of reviewerPages) {
    await visit(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(title));
  }
});

test("a resident's profile form and a window's rating screen open with their heading", async ({
  page,
  signInAs,
  visit,
  t,
}, info) => {
  await visit("/rating-screen");
  await expect(page.getByRole("heading", { name: t("window:ratingScreen.pairTitle") })).toBeVisible();
  // Slot 0's resident, read only (the journeys apply with it).
  await signInAs("resident", residentFor(info.project.name));
  await visit("/account/edit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("profile:editTitle"));
});
