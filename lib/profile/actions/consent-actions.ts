"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isLocale } from "@/lib/i18n/config";
import { getService } from "@/lib/services";
import type { SensitiveCategory } from "@/lib/form-engine/types";
import { grantConsents, revokeConsent } from "../consents";
import { actingForAction } from "@/lib/applications/acting";

function localeOf(formData: FormData) {
  return isLocale(formData.get("locale")) ? (formData.get("locale") as "zh" | "ug") : "zh";
}

export async function grantConsentAction(formData: FormData) {
  const locale = localeOf(formData);
  const slug = String(formData.get("slug") ?? "");
  // Online the resident, at the window the clerk for the resident present (within their consented session).
  const acting = await actingForAction(locale, formData.get("session") || undefined);
  if (!acting) redirect(formData.get("session") ? `/${locale}/staff/sign-in` : `/${locale}/sign-in`);
  const service = getService(slug);
  if (!service) redirect(acting.prefix);
  // Every category must be ticked: consent is explicit and per category.
  const ticked = formData.getAll("category").map(String) as SensitiveCategory[];
  if (!(service.sensitive ?? []).every((c) => ticked.includes(c)))
    redirect(`${acting.prefix}/services/${slug}/consent?error=1`);
  await grantConsents(acting.applicantId, service, ticked);
  redirect(`${acting.prefix}/services/${slug}/apply`);
}

export async function revokeConsentAction(formData: FormData) {
  const locale = localeOf(formData);
  const user = await getCurrentUser();
  if (!user || user.role !== "resident") redirect(`/${locale}/sign-in`);
  await revokeConsent(user.id, String(formData.get("id") ?? ""));
  // Same page again: drop the router's copy so the list shows the revocation.
  revalidatePath(`/${locale}/account/data`);
  redirect(`/${locale}/account/data?consent=revoked#consents`);
}
