// Starts, completes and submits one application through the resident's pages (axe on each), and returns its
// reference and id, for tests about what happens after submission.
import type { Page } from "@playwright/test";
import { expect, translator } from "../fixtures";
import { completeSteps, consentIfAsked } from "../apply-helpers";
import type { Answers, ServiceDef } from "../../lib/form-engine/types";

export async function submitApplication(page: Page, service: ServiceDef, answers: Answers, locale: "zh" | "ug", checkA11y: () => Promise<void>) {
  const t = translator(locale);
  await page.goto(`/${locale}/services/${service.slug}/apply`);
  if (/\/consent$/.test(new URL(page.url()).pathname)) await checkA11y();
  await consentIfAsked(page, service, locale);
  await completeSteps(page, service, answers, locale, checkA11y);
  await checkA11y();
  await page.getByRole("button", { name: t("applications:review.submit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("applications:receipt.submitted"));
  const reference = await page.getByRole("status").locator("strong bdi").innerText();
  const id = /\/applications\/([^/]+)\/receipt/.exec(page.url())![1]!;
  await checkA11y();
  return { reference, id };
}
