"use server";
// Transport for one step of the form, in every channel: the resident, or a clerk in the consented window session
// the call names. Expected problems go back as translation keys; the form keeps what was typed (a caller who is
// no longer signed in is told so instead of being redirected away from the typed values; a database that cannot be
// reached is told as such, so the form retries instead of showing a failure).
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getService } from "@/lib/services";
import { AppError } from "@/lib/http/app-error";
import { saveStep } from "../draft/save-step";

export type SaveStepResult =
  | { ok: true; nextStepId: string | null }
  | {
      ok: false;
      errors?: Record<string, string>;
      errorKey?: string;
      sessionExpired?: boolean;
      /** The database could not be reached: nothing was saved; the form keeps the values and tries again. */
      unavailable?: boolean;
    };

export const saveStepAction = defineAction({
  name: "save-step",
  audience: "applicant",
  input: z.object({
    slug: z.string(),
    stepId: z.string(),
    values: z.record(z.string(), z.unknown()).default({}),
    session: z.string().optional(),
  }),
  signedOut: (): SaveStepResult => ({ ok: false, sessionExpired: true }),
  refused: (code): SaveStepResult => ({ ok: false, errorKey: code }),
  unavailable: (): SaveStepResult => ({ ok: false, unavailable: true }),
  async run({ slug, stepId, values }, { acting }): Promise<SaveStepResult> {
    const service = getService(slug);
    if (!service) throw new AppError("errors:application.notFound");
    const r = await saveStep(acting, { service, stepId, values });
    return r.ok ? { ok: true, nextStepId: r.nextStepId } : { ok: false, errors: r.errors };
  },
});
