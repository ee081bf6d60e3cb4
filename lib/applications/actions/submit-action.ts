"use server";
// Transport for "submit": a plain form post (works without JavaScript). Idempotent through the use case.
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getService } from "@/lib/services";
import { isLocale } from "@/lib/i18n/config";
import { submitApplication } from "../submit-application";
import { ApplicationError } from "../errors";

export async function submitAction(formData: FormData) {
  const locale = isLocale(formData.get("locale")) ? (formData.get("locale") as "zh" | "ug") : "zh";
  const slug = String(formData.get("slug") ?? "");
  const applicationId = String(formData.get("applicationId") ?? "");
  const base = `/${locale}/services/${slug}/apply`;
  const user = await getCurrentUser();
  if (!user || user.role !== "resident") redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`${base}/review`)}`);
  const service = getService(slug);
  if (!service) redirect(`/${locale}/services`);
  try {
    await submitApplication({ applicantId: user.id, actor: { id: user.id, role: user.role }, service, applicationId });
  } catch (e) {
    if (e instanceof ApplicationError && e.stepId) redirect(`${base}/${e.stepId}`);
    if (e instanceof ApplicationError) redirect(`${base}/review?error=${encodeURIComponent(e.code)}`);
    throw e;
  }
  redirect(`/${locale}/applications/${applicationId}/receipt`);
}

