"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getService } from "@/lib/services";
import { sensitiveCategories } from "@/lib/form-engine/types";
import { applyPath, consentPath } from "@/lib/applications/paths";
import { grantConsents, revokeConsent } from "../consents";

// Online the resident, at the window the clerk for the resident present (within their consented session).
export const grantConsentAction = defineAction({
  name: "consent/grant",
  audience: "applicant",
  input: z.object({
    slug: z.string(),
    session: z.string().optional(),
    category: z.array(z.enum(sensitiveCategories)).default([]),
  }),
  async run({ slug, category: ticked }, { acting }) {
    const service = getService(slug);
    if (!service) redirect(acting.prefix);
    // Every category must be ticked: consent is explicit and per category.
    if (!(service.sensitive ?? []).every((c) => ticked.includes(c))) redirect(`${consentPath(acting, slug)}?error=1`);
    const w = acting.window;
    await grantConsents(
      acting.applicantId,
      service,
      ticked,
      w ? { clerkId: w.clerk.id, sessionId: w.sessionId } : undefined,
    );
    redirect(applyPath(acting, slug));
  },
});

export const revokeConsentAction = defineAction({
  name: "consent/revoke",
  audience: "resident",
  input: z.object({ id: z.string() }),
  async run({ id }, { user, locale }) {
    await revokeConsent(user.id, id);
    // Same page again: drop the router's copy so the list shows the revocation.
    revalidatePath(`/${locale}/account/data`);
    redirect(`/${locale}/account/data?consent=revoked#consents`);
  },
});
