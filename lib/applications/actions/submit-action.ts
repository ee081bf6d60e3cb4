"use server";
// Transport for "submit": a plain form post (works without JavaScript), in every channel. Idempotent through the
// use case. At the window the event records the clerk, the window and that it was done for the resident.
import { redirect } from "next/navigation";
import { formLocale, formText, formWindowSession } from "@/lib/http/form-input";
import { signInUrl } from "@/lib/http/paths";
import { getService } from "@/lib/services";
import { submitApplication } from "../submit/submit-application";
import { ApplicationError } from "../errors";
import { actingForAction } from "../acting";

export async function submitAction(formData: FormData) {
  const locale = formLocale(formData);
  const slug = formText(formData, "slug");
  const applicationId = formText(formData, "applicationId");
  const windowSession = formWindowSession(formData);
  const acting = await actingForAction(locale, windowSession);
  if (!acting) {
    const back = windowSession
      ? `/${locale}/clerk/sessions/${windowSession}/services/${slug}/apply/review`
      : `/${locale}/services/${slug}/apply/review`;
    redirect(signInUrl(locale, windowSession ? "staff" : "resident", back));
  }
  const base = `${acting.prefix}/services/${slug}/apply`;
  const service = getService(slug);
  if (!service) redirect(acting.prefix);
  try {
    // The use case checks ownership, channel, consent and files, and at the window writes its audit row itself.
    await submitApplication(acting, { service, applicationId });
  } catch (e) {
    if (e instanceof ApplicationError && e.code === "errors:application.incomplete" && e.stepId)
      redirect(`${base}/${e.stepId}`);
    if (e instanceof ApplicationError) redirect(`${base}/review?error=${encodeURIComponent(e.code)}`);
    throw e;
  }
  redirect(`${acting.prefix}/applications/${applicationId}/receipt`);
}
