"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { residentOrSignIn } from "@/lib/auth/resident-or-sign-in";
import { formLocale, formWindowSession } from "@/lib/http/form-input";
import { signInUrl } from "@/lib/http/paths";
import { getService } from "@/lib/services";
import type { SensitiveCategory } from "@/lib/form-engine/types";
import { grantConsents, revokeConsent } from "../consents";
import { actingForAction } from "@/lib/applications/acting";

export async function grantConsentAction(formData: FormData) {
  const locale = formLocale(formData);
  const slug = String(formData.get("slug") ?? "");
  // Online the resident, at the window the clerk for the resident present (within their consented session).
  const session = formWindowSession(formData);
  const acting = await actingForAction(locale, session);
  if (!acting) redirect(signInUrl(locale, session ? "staff" : "resident"));
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
  const locale = formLocale(formData);
  const user = await residentOrSignIn(locale);
  await revokeConsent(user.id, String(formData.get("id") ?? ""));
  // Same page again: drop the router's copy so the list shows the revocation.
  revalidatePath(`/${locale}/account/data`);
  redirect(`/${locale}/account/data?consent=revoked#consents`);
}
