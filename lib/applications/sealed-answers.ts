// Application and draft answers are sealed at rest as one value: they hold ID numbers (the applicant's, household
// members'), bank cards, certificate numbers, incomes and health facts. No query looks inside the answers (the queue
// and public tracking read the applicant columns written at submission), so the whole JSON is sealed
// (lib/security/field-crypto.ts) and stored as { "$sealed": "v1:…" }; the repositories open it on read.
import type { Prisma } from "@/lib/db/generated/client";
import type { Answers } from "@/lib/form-engine/types";
import { openField, sealField } from "@/lib/security/data-keys";
import { isSealed } from "@/lib/security/field-crypto";

const KEY = "$sealed";

export function sealAnswers(answers: Answers): Prisma.InputJsonValue {
  return { [KEY]: sealField(JSON.stringify(answers)) };
}

/** The sealed value inside a stored answers column, or null when the column is still in clear. */
export function sealedAnswersValue(stored: unknown): string | null {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return null;
  const v = (stored as Record<string, unknown>)[KEY];
  return typeof v === "string" && isSealed(v) ? v : null;
}

/**
 * The answers as the use cases work with them. A column still in clear (the empty default of a new draft, or a row
 * written before sealing, until the reseal step of the next start seals it) is read as it is.
 */
export function openAnswers(stored: unknown): Answers {
  const sealed = sealedAnswersValue(stored);
  if (sealed) return JSON.parse(openField(sealed)) as Answers;
  return (stored ?? {}) as Answers;
}
