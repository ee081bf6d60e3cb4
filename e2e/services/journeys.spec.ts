// For every service item: a complete application from the guide page to the receipt, with axe on every page.
// Each item runs in both languages, one text size each, alternating between items (item 0: zh standard + ug large,
// item 1: zh large + ug standard, …), so every item is applied for in Chinese and in Uyghur and both sizes are
// exercised across the catalogue, at half the CI time of running every item four times (NOTES.md).
// The answer data lives in e2e/answer-fixtures/, one fixture per item.
import fs from "node:fs";
import path from "node:path";
import { expect, inVariantPair, signIn, test } from "../fixtures";
import { completeSteps, residentFor } from "../apply-helpers";
import { services } from "../../lib/services";
import type { Answers } from "../../lib/form-engine/types";

services.forEach((service, index) => {
  const fixture = path.join(__dirname, "..", "answer-fixtures", `${service.slug}.answers.ts`);
  test(`apply online: ${service.slug}`, async ({ page, visit, checkA11y, t, portalLocale }, testInfo) => {
    test.skip(!fs.existsSync(fixture), `no answer data for ${service.slug}`);
    inVariantPair(index % 2 === 0 ? 0 : 1);
    test.setTimeout(120_000);
    // require (not import()): Playwright compiles TypeScript loaded through require.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { answers } = require(fixture) as { answers: Answers };
    await visit("/sign-in");
    await signIn(page, t, "resident", residentFor(testInfo.project.name));
    await expect(page).toHaveURL(/\/account$/);
    await checkA11y();

    await visit(`/services/${service.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(service.title[portalLocale]);
    await page.getByRole("link", { name: new RegExp(`^(${t("services:guide.start")}|${t("services:guide.continue").replace(/[()（）]/g, ".")})$`) }).first().click();
    if (service.sensitive?.length) {
      // Sensitive data: explicit consent for this item, per category, before the form opens.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("profile:consent.title"));
      await checkA11y();
      for (const c of service.sensitive) await page.getByLabel(t(`profile:consent.category.${c}`)).check();
      await page.getByRole("button", { name: t("profile:consent.submit") }).click();
    }

    await completeSteps(page, service, answers, portalLocale, checkA11y);
    await checkA11y();
    await page.getByRole("button", { name: t("applications:review.submit") }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("applications:receipt.submitted"));
    const reference = await page.getByRole("status").locator("strong bdi").innerText();
    expect(reference).toMatch(/^YN\d{8}[2-9A-HJKMNP-Z]{8}$/);
    // Bilingual receipt: both languages' headings, each marked with its language.
    await expect(page.locator('section[lang="zh-CN"] h2')).toHaveText("受理回执");
    await expect(page.locator('section[lang="ug"] h2')).toHaveText("قوبۇل قىلىش تالونى");
    await expect(page.getByRole("img", { name: t("applications:receipt.qr") })).toBeVisible();
    await checkA11y();

    await page.getByRole("link", { name: t("applications:receipt.myApplications") }).click();
    await expect(page.getByRole("main")).toContainText(reference);
    await checkA11y();
  });
});
