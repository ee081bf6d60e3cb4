// Consent at the window by the signed paper form, as a clerk does it: the tick, the form's number, the resident's ID
// card on the reader (it types the number into the focused field, like a keyboard), and the signed form scanned.
import path from "node:path";
import type { Page } from "@playwright/test";

/** Stands for the scanner's output: a PDF the upload checks accept. */
export const SIGNED_FORM_SCAN = path.join(__dirname, "..", "files", "sample.pdf");

/** Fills the signed-form part of the consent page and submits it; the caller checks where it led. */
export async function signConsentForm(
  page: Page,
  t: (k: string) => string,
  proof: { idNumber: string; signatureRef: string; scan?: boolean },
) {
  await page.getByLabel(t("window:consent.signedConfirm")).check();
  await page.getByLabel(t("window:consent.signatureRef")).fill(proof.signatureRef);
  await page.getByLabel(t("window:consent.idCardRead")).fill("");
  await page.getByLabel(t("window:consent.idCardRead")).focus();
  await page.keyboard.type(proof.idNumber);
  if (proof.scan !== false) await page.getByLabel(t("window:consent.scan")).setInputFiles(SIGNED_FORM_SCAN);
  await page.getByRole("button", { name: t("window:consent.confirmSignature") }).click();
}
