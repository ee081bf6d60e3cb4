import { expect, test, translator } from "../fixtures";

test("the language switcher keeps the user on the same page", async ({ page, visit, checkA11y, t, portalLocale }) => {
  await visit("/staff/sign-in");
  const other = portalLocale === "zh" ? "ug" : "zh";
  await page.getByRole("link", { name: new RegExp(t("language.label")) }).click();
  await expect(page).toHaveURL(new RegExp(`/${other}/staff/sign-in$`));
  await expect(page.locator("html")).toHaveAttribute("dir", other === "ug" ? "rtl" : "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(translator(other)("auth:staff.title"));
  await checkA11y();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the text-size switch works and is remembered", async ({ page, visit, checkA11y, t, textSize }) => {
    await visit("/sign-in");
    const other = textSize === "large" ? "standard" : "large";
    await page
      .getByRole("banner")
      .getByRole("button", { name: t(textSize === "large" ? "textSize.toStandard" : "textSize.toLarge") })
      .click();
    await expect(page).toHaveURL(/\/sign-in$/); // back on the same page
    await expect(page.locator("html")).toHaveAttribute("data-text-size", other);
    await checkA11y();
    // Remembered: a fresh visit to another page keeps it.
    await visit("/");
    await expect(page.locator("html")).toHaveAttribute("data-text-size", other);
    // And the switch back is just as visible.
    await expect(
      page
        .getByRole("banner")
        .getByRole("button", { name: t(other === "large" ? "textSize.toStandard" : "textSize.toLarge") }),
    ).toBeVisible();
  });
});
