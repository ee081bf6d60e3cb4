// Helpers for the review workbench tests: a submitted application (built through the use cases), and a staff
// member signed in in a browser context of their own (each page it shows is scanned with axe by the caller).
import type { Browser } from "@playwright/test";
import type { PortalOptions } from "../fixtures";
import { useSession } from "../support/sessions";
import { residentFor } from "../apply-helpers";
import { variantIndex } from "../support/variants";
import { submitAsResident } from "../support/direct-data-client";
import { services } from "../../lib/services";
import { idCheckDigit } from "../../lib/validators/id-number";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";

export const elderly = services.find((s) => s.slug === "elderly-allowance")!;

/** This slot's and project's resident's own ID number (an ID number belongs to one account): born 1985-0M-0D. */
export function ownIdNumber(projectName: string, slot: number): string {
  const first17 = `6540021985${String(slot - 10).padStart(2, "0")}${String(variantIndex(projectName) + 1).padStart(2, "0")}021`;
  return first17 + idCheckDigit(first17);
}

/** The slot's resident has applied for 高龄津贴 (civil affairs) and submitted, built through the use cases (the
 * form pages themselves are tested by the journeys); returns the application. */
export async function submitElderlyAllowance(opts: { projectName: string; slot: number }) {
  return submitAsResident(residentFor(opts.projectName, opts.slot), elderly.slug, {
    ...elderlyAnswers,
    applicantIdNumber: ownIdNumber(opts.projectName, opts.slot),
  });
}

/** A staff member signed in in a fresh context with the project's text size. */
export async function staffPage(
  browser: Browser,
  opts: { baseURL: string; textSize: PortalOptions["textSize"]; locale: PortalOptions["portalLocale"]; login: string },
) {
  const context = await browser.newContext({ baseURL: opts.baseURL });
  await context.addCookies([{ name: "text-size", value: opts.textSize, url: opts.baseURL }]);
  await useSession(context, opts.baseURL, "staff", opts.login);
  const page = await context.newPage();
  await page.goto(`/${opts.locale}/review`);
  return { page, close: () => context.close() };
}
