// A whole application, from the catalogue to the receipt, with the keyboard only, in senior mode, in Uyghur
// (issue "Senior-friendly mode"): every page scanned by axe with AAA contrast.
import path from "node:path";
import { test, expect, inVariants, translator } from "../fixtures";
import { getService } from "../../lib/services";
import { visibleSteps } from "../../lib/form-engine/journey";
import { answers } from "../answer-fixtures/resident-pension-insurance.answers";
import { residentFor } from "../apply-helpers";
import { buttonNamed, byId, keyboardStep, tabTo } from "../window/keyboard";

test(
  "a resident applies from the catalogue to the receipt with the keyboard only, in senior mode, in Uyghur",
  { tag: inVariants("ug-large") },
  async ({ page, checkA11y }) => {
    test.setTimeout(120_000);
    const t = translator("ug");
    const service = getService("resident-pension-insurance")!;
    await page.goto(`/ug/sign-in?callbackUrl=${encodeURIComponent("/ug/services")}`);
    await checkA11y();
    await tabTo(page, byId("resident-login"), "the mobile field");
    await page.keyboard.type(residentFor("ug-large", 17));
    await page.keyboard.press("Tab");
    await page.keyboard.type("Demo#2026");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/ug\/services$/);
    await checkA11y();
    await tabTo(page, buttonNamed(service.title.ug), "the item in the catalogue", 150);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(service.title.ug);
    await checkA11y();
    await tabTo(page, buttonNamed(t("services:guide.start")), "the start button");
    await page.keyboard.press("Enter");
    for (const step of visibleSteps(service, answers, "online")) {
      await expect(page).toHaveURL(new RegExp(`/apply/${step.id}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title.ug);
      await checkA11y();
      await keyboardStep(page, step, answers, {
        channel: "online",
        files: path.join(__dirname, "..", "files"),
        profileHas: [],
        submitNames: [t("form:next"), t("form:summary.confirm")],
      });
    }
    await expect(page).toHaveURL(/\/apply\/review$/);
    await checkA11y();
    await tabTo(page, buttonNamed(t("applications:review.submit")), "the submit button", 200);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/receipt$/);
    await expect(page.getByRole("heading", { name: t("applications:receipt.submitted") })).toBeVisible();
    await checkA11y();
  },
);
