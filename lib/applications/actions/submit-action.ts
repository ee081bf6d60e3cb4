"use server";
// Transport for "submit": a plain form post (works without JavaScript), in every channel. Idempotent through the
// use case, which checks ownership, channel, consent and files, and at the window writes its audit row itself.
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getBundle, getService } from "@/lib/services";
import { submitBundle } from "../bundles/submit-bundle";
import { submitApplication } from "../submit/submit-application";
import { ApplicationError } from "../errors";
import { applyPath, bundleReceiptPath } from "../paths";

const input = z.object({ slug: z.string(), applicationId: z.string(), session: z.string().optional() });

export const submitAction = defineAction({
  name: "submit",
  audience: "applicant",
  input,
  // Signed out (or the window session ended): the sign-in page of whoever was filling in, back to the review.
  back: (locale, { session, slug }) => applyPath({ locale, session }, slug, "review"),
  async run({ slug, applicationId }, { acting }) {
    const service = getService(slug);
    if (!service) redirect(acting.prefix);
    const review = applyPath(acting, slug, "review");
    // A life-event bundle becomes one application per member, with one receipt for them all.
    const bundle = service.bundle ? getBundle(slug) : undefined;
    let receipt = `${acting.prefix}/applications/${applicationId}/receipt`;
    try {
      if (bundle)
        receipt = bundleReceiptPath(acting, (await submitBundle(acting, { service, bundle, applicationId })).bundleId);
      else await submitApplication(acting, { service, applicationId });
    } catch (e) {
      if (e instanceof ApplicationError && e.code === "errors:application.incomplete" && e.stepId)
        redirect(applyPath(acting, slug, e.stepId));
      if (e instanceof ApplicationError) redirect(`${review}?error=${encodeURIComponent(e.code)}`);
      throw e;
    }
    redirect(receipt);
  },
});
