// Rating at the hall terminal after a task (好差评, issue 20): the receipt of an application made at the kiosk offers
// the rating form (large text, the kiosk's idle rules unchanged); once given, the receipt thanks the resident.
// The kiosk is always in large text, so the two large projects cover both languages.
import { test, expect, inVariants } from "../fixtures";
import { newResident, submitAsResident } from "../support/direct-data-client";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";
import { latestCodeSentTo } from "./outbox";

test(
  "after a task at the terminal the resident rates the service on the receipt",
  { tag: inVariants("zh-large", "ug-large") },
  async ({ page, portalLocale, t, visit, checkA11y, enrolTerminal }) => {
    test.setTimeout(120_000);
    const resident = await newResident("registry");
    const app = await submitAsResident(
      resident.mobile,
      "elderly-allowance",
      { ...elderlyAnswers, applicantName: resident.name, applicantIdNumber: resident.idNumber },
      "terminal",
    );

    await enrolTerminal();
    await visit("/terminal");
    const after = new Date(Date.now() - 1000);
    await page.getByLabel(t("window:terminal.idNumber")).fill(resident.idNumber);
    await page.getByRole("button", { name: t("window:terminal.sendCode") }).click();
    await page.getByLabel(t("window:terminal.code")).fill(await latestCodeSentTo(resident.mobile, after, "terminal"));
    await page.getByRole("button", { name: t("window:terminal.signIn"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${portalLocale}/services$`));
    await checkA11y();

    await visit(`/applications/${app.id}/receipt`);
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
    const rating = page.getByRole("region", { name: t("window:terminal.rating.title") });
    // Sent without a score: refused in words, nothing recorded.
    await rating
      .getByRole("button", { name: t("window:ratingScreen.submit") })
      .evaluate((b) => ((b as HTMLButtonElement).form!.noValidate = true));
    await rating.getByRole("button", { name: t("window:ratingScreen.submit") }).click();
    await expect(rating.getByText(t("window:ratingScreen.error.invalid"))).toBeVisible();
    await checkA11y();
    await rating.getByRole("radio", { name: t("evaluation:score.5"), exact: true }).check();
    await rating.getByRole("button", { name: t("window:ratingScreen.submit") }).click();
    await expect(rating.getByText(t("window:terminal.rating.thanks"))).toBeVisible();
    await expect(rating).toContainText(t("window:terminal.rating.yours", { label: t("evaluation:score.5") }));
    await expect(rating.getByRole("button", { name: t("window:ratingScreen.submit") })).toHaveCount(0);
    await checkA11y();
  },
);
