import { expect, signIn, test } from "../fixtures";

test("a resident on a staff page gets a 403 page, not a crash", async ({
  page,
  signInAs,
  checkA11y,
  t,
  portalLocale,
}) => {
  await signInAs("resident", "13800000001");
  for (const workspace of ["clerk", "review", "admin"]) {
    const res = await page.goto(`/${portalLocale}/${workspace}`);
    expect(res?.status(), workspace).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("errors:forbidden.title"));
    await checkA11y();
  }
});

test("a staff page asks an anonymous visitor to sign in as staff", async ({ page, visit, portalLocale, t }) => {
  await visit("/review");
  await expect(page).toHaveURL(new RegExp(`/${portalLocale}/staff/sign-in\\?callbackUrl=%2F${portalLocale}%2Freview$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("auth:staff.title"));
});

test("a reviewer signs in and reaches the review workspace, not the clerk's", async ({
  page,
  visit,
  checkA11y,
  t,
  portalLocale,
}) => {
  await visit("/staff/sign-in");
  await signIn(page, t, "staff", "reviewer02");
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole("main")).toContainText(
    portalLocale === "zh" ? "人力资源和社会保障局" : "ئىجتىمائىي كاپالەت",
  );
  await checkA11y();
  const res = await page.goto(`/${portalLocale}/clerk`);
  expect(res?.status()).toBe(403);
  await checkA11y();
});

test("an unknown address gets the localized 404 page", async ({ page, checkA11y, t, portalLocale }) => {
  const res = await page.goto(`/${portalLocale}/no-such-page/here`);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("errors:notFound.title"));
  await expect(page.locator("html")).toHaveAttribute("lang", portalLocale === "zh" ? "zh-CN" : "ug");
  await checkA11y();
  await page.getByRole("link", { name: t("errors:notFound.home") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("home.title"));
});
