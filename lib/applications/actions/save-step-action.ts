"use server";
// Transport for one step of the form, in every channel: who acts for whom first (the resident, or a clerk in a
// consented window session), then the use case. Expected problems go back as translation keys; the form keeps
// what was typed.
import { getService } from "@/lib/services";
import { actingForAction } from "../acting";
import { saveStep } from "../draft/save-step";
import { ApplicationError } from "../errors";

export type SaveStepResult =
  | { ok: true; nextStepId: string | null }
  | { ok: false; errors?: Record<string, string>; errorKey?: string; sessionExpired?: boolean };

export async function saveStepAction(
  slug: string,
  stepId: string,
  values: Record<string, unknown>,
  windowSession?: string,
): Promise<SaveStepResult> {
  const acting = await actingForAction("zh", windowSession);
  if (!acting) return { ok: false, sessionExpired: true };
  const service = getService(slug);
  if (!service) return { ok: false, errorKey: "errors:application.notFound" };
  try {
    const r = await saveStep(acting, { service, stepId, values: values ?? {} });
    return r.ok ? { ok: true, nextStepId: r.nextStepId } : { ok: false, errors: r.errors };
  } catch (e) {
    if (e instanceof ApplicationError) return { ok: false, errorKey: e.code };
    throw e;
  }
}
