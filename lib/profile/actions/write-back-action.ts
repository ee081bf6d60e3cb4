"use server";
// The resident accepts some of the offered profile updates after submitting. Offers are recomputed here from the
// stored application (the browser only says which ones), and written with provenance "self, online".
import { redirect } from "next/navigation";
import { z } from "zod";
import { settledIdentityFields } from "../settled-identity";
import { defineAction } from "@/lib/actions/define-action";
import { getService } from "@/lib/services";
import { getMyApplication } from "@/lib/applications/read/get-my-application";
import { bundleReceiptPath, receiptPath } from "@/lib/applications/paths";
import { loadProfileSnapshot } from "../load-profile";
import { writeBackOffers } from "../write-back";
import { addHouseholdMembers, saveProfileFields } from "../save-profile-fields";

export const writeBackAction = defineAction({
  name: "profile/write-back",
  audience: "resident",
  input: z.object({
    applicationId: z.string(),
    field: z.array(z.string()).default([]),
    member: z.array(z.string()).default([]),
  }),
  async run({ applicationId, field, member }, { user, locale }) {
    const app = await getMyApplication(user.id, applicationId);
    const service = app ? getService(app.serviceSlug) : undefined;
    if (!app || !service) redirect(`/${locale}/applications`);
    const offers = writeBackOffers(service, app.answers, await loadProfileSnapshot(user.id));
    const settled = await settledIdentityFields(user.id);
    const values = Object.fromEntries(
      offers.fields
        // A verified name or ID number is settled (changed at a window), whatever an application said.
        .filter((o) => !settled.has(o.field))
        .filter((o) => field.includes(o.field))
        .map((o) => [o.field, o.value]),
    );
    const saved = await saveProfileFields({
      userId: user.id,
      values,
      source: "self",
      channel: app.channel,
      enteredById: user.id,
    });
    await addHouseholdMembers(
      user.id,
      offers.members.filter((m) => member.includes(m.idNumber)),
    );
    // Offered on a bundle's receipt (for its first member, which holds the applicant's facts): back to that receipt.
    const back = app.bundleId ? bundleReceiptPath({ locale }, app.bundleId) : receiptPath({ locale }, applicationId);
    redirect(`${back}?profile=${saved.ok ? "updated" : "conflict"}`);
  },
});
