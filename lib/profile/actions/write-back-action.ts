"use server";
// The resident accepts some of the offered profile updates after submitting. Offers are recomputed here from the
// stored application (the browser only says which ones), and written with provenance "self, online".
import { redirect } from "next/navigation";
import { residentOrSignIn } from "@/lib/auth/resident-or-sign-in";
import { formLocale, formText } from "@/lib/http/form-input";
import { getService } from "@/lib/services";
import { getMyApplication } from "@/lib/applications/read/get-my-application";
import { loadProfileSnapshot } from "../load-profile";
import { writeBackOffers } from "../write-back";
import { addHouseholdMembers, saveProfileFields } from "../save-profile-fields";

export async function writeBackAction(formData: FormData) {
  const locale = formLocale(formData);
  const id = formText(formData, "applicationId");
  const user = await residentOrSignIn(locale);
  const app = await getMyApplication(user.id, id);
  const service = app ? getService(app.serviceSlug) : undefined;
  if (!app || !service) redirect(`/${locale}/applications`);
  const offers = writeBackOffers(service, app.answers, await loadProfileSnapshot(user.id));
  const chosen = new Set(formData.getAll("field").map(String));
  const chosenMembers = new Set(formData.getAll("member").map(String));
  const values = Object.fromEntries(offers.fields.filter((o) => chosen.has(o.field)).map((o) => [o.field, o.value]));
  const saved = await saveProfileFields({
    userId: user.id,
    values,
    source: "self",
    channel: app.channel,
    enteredById: user.id,
  });
  await addHouseholdMembers(
    user.id,
    offers.members.filter((m) => chosenMembers.has(m.idNumber)),
  );
  redirect(`/${locale}/applications/${id}/receipt?profile=${saved.ok ? "updated" : "conflict"}`);
}
