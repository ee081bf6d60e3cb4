// Helpers for the review workbench tests: a submitted application made the way a resident makes one, and a staff
// member signed in in a browser context of their own (each page it shows is scanned with axe by the caller).
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, translator, type PortalOptions } from "../fixtures";
import { completeSteps, residentFor } from "../apply-helpers";
import { services } from "../../lib/services";
import { idCheckDigit } from "../../lib/validators/id-number";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";

export const elderly = services.find((s) => s.slug === "elderly-allowance")!;
const projects = ["zh-standard", "zh-large", "ug-standard", "ug-large"];

/** This slot's and project's resident's own ID number (an ID number belongs to one account): born 1985-0M-0D. */
export function ownIdNumber(projectName: string, slot: number): string {
  const first17 = `6540021985${String(slot - 10).padStart(2, "0")}${String(projects.indexOf(projectName) + 1).padStart(2, "0")}021`;
  return first17 + idCheckDigit(first17);
}

/** Signs the slot's resident in, applies for 高龄津贴 (civil affairs) and submits; returns the application. */
export async function submitElderlyAllowance(page: Page, opts: { locale: PortalOptions["portalLocale"]; projectName: string; slot: number; checkA11y: () => Promise<void> }) {
  const t = translator(opts.locale);
  await page.goto(`/${opts.locale}/sign-in`);
  await opts.checkA11y();
  await signIn(page, t, "resident", residentFor(opts.projectName, opts.slot));
  await expect(page).toHaveURL(/\/account$/);
  await opts.checkA11y();
  await page.goto(`/${opts.locale}/services/${elderly.slug}/apply`);
  await completeSteps(page, elderly, { ...elderlyAnswers, applicantIdNumber: ownIdNumber(opts.projectName, opts.slot) }, opts.locale, opts.checkA11y);
  await opts.checkA11y();
  await page.getByRole("button", { name: t("applications:review.submit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("applications:receipt.submitted"));
  await opts.checkA11y();
  const id = /\/applications\/([^/]+)\/receipt/.exec(page.url())?.[1];
  const reference = /YN[0-9A-Z]{8,}/.exec(await page.getByRole("main").innerText())?.[0];
  if (!id || !reference) throw new Error(`no application id or reference on ${page.url()}`);
  return { id, reference };
}

/** A staff member signed in in a fresh context with the project's text size. */
export async function staffPage(browser: Browser, opts: { baseURL: string; textSize: PortalOptions["textSize"]; locale: PortalOptions["portalLocale"]; login: string }) {
  const context = await browser.newContext({ baseURL: opts.baseURL });
  await context.addCookies([{ name: "text-size", value: opts.textSize, url: opts.baseURL }]);
  const page = await context.newPage();
  await page.goto(`/${opts.locale}/staff/sign-in`);
  await signIn(page, translator(opts.locale), "staff", opts.login);
  await expect(page).toHaveURL(/\/review$/);
  return { page, close: () => context.close() };
}
