// What the account forms get back from their server action (useActionState): field errors and a form-level message
// as translation keys, the stage of a two-step form, and the non-secret values typed, so that a refused post — with
// or without JavaScript — shows the form as it was (passwords and codes are never sent back).
import type { z } from "zod";

export type AccountFormState = {
  stage?: "start" | "code";
  errors?: Record<string, string>;
  /** A translation key with its values, shown in the form's alert. */
  error?: { key: string; values?: Record<string, string> };
  notice?: { key: string; values?: Record<string, string> };
  values?: Record<string, string>;
};

/** Field → first message key, for the fields of `schema` that do not parse. */
export function fieldErrors(schema: z.ZodObject, values: Record<string, unknown>): Record<string, string> {
  const r = schema.safeParse(values);
  if (r.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}

export const minutesOf = (ms: number) => String(Math.max(1, Math.ceil(ms / 60_000)));
