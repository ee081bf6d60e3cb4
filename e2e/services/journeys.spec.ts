// For every service item: a complete application from the guide page to the receipt, with axe on every page, in
// both languages and both text sizes, one size per language (pairA or pairB, alternating from item to item). Each of
// the four variants still walks about half of the items, and so every kind of step page. The answer data lives in
// e2e/answer-fixtures/, one file per item: an item without one fails here (it is never skipped).
import path from "node:path";
import { expect, pairA, pairB, test } from "../fixtures";
import { completeSteps, residentFor } from "../apply-helpers";
import { services } from "../../lib/services";
import type { Answers } from "../../lib/form-engine/types";

services.forEach((service, index) => {
  test(
    `apply online: ${service.slug}`,
    { tag: index % 2 ? pairB : pairA },
    async ({ page, visit, checkA11y, signInAs, t, portalLocale }, testInfo) => {
      test.setTimeout(120_000);
      // require (not import()): Playwright compiles TypeScript loaded through require. A missing file throws here.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { answers } = require(path.join(__dirname, "..", "answer-fixtures", `${service.slug}.answers.ts`)) as {
        answers: Answers;
      };
      await signInAs("resident", residentFor(testInfo.project.name));

      await visit(`/services/${service.slug}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(service.title[portalLocale]);
      await page
        .getByRole("link", {
          name: new RegExp(
            `^(${t("services:guide.start")}|${t("services:guide.continue").replace(/[()（）]/g, ".")})$`,
          ),
        })
        .first()
        .click();
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
    },
  );
});
