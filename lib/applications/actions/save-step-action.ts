"use server";
// Transport for one step of the resident's form: auth first, then the use case. Expected problems go back as
// translation keys; the form keeps what was typed.
import { getCurrentUser } from "@/lib/auth/current-user";
import { getService } from "@/lib/services";
import { saveStep } from "../save-step";
import { ApplicationError } from "../errors";

export type SaveStepResult =
  | { ok: true; nextStepId: string | null }
  | { ok: false; errors?: Record<string, string>; errorKey?: string; sessionExpired?: boolean };

export async function saveStepAction(slug: string, stepId: string, values: Record<string, unknown>): Promise<SaveStepResult> {
  const user = await getCurrentUser();
  if (!user || user.role !== "resident") return { ok: false, sessionExpired: true };
  const service = getService(slug);
  if (!service) return { ok: false, errorKey: "errors:application.notFound" };
  try {
    const r = await saveStep({ applicantId: user.id, service, stepId, values: values ?? {}, channel: "online" });
    return r.ok ? { ok: true, nextStepId: r.nextStepId } : { ok: false, errors: r.errors };
  } catch (e) {
    if (e instanceof ApplicationError) return { ok: false, errorKey: e.code };
    throw e;
  }
}
