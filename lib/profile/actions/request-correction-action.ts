"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { residentOrSignIn } from "@/lib/auth/resident-or-sign-in";
import { recordAudit } from "@/lib/audit/record-audit";
import { formLocale } from "@/lib/http/form-input";

// A request to correct a field the resident cannot change themselves; recorded for the service centre to act on.
export async function requestCorrectionAction(formData: FormData) {
  const locale = formLocale(formData);
  const user = await residentOrSignIn(locale);
  const text = z.string().trim().min(1).max(500).safeParse(formData.get("text"));
  if (!text.success) redirect(`/${locale}/account/data?correction=empty#correction`);
  await recordAudit({
    action: "profile.correction_requested",
    payload: { text: text.data },
    actor: { id: user.id, role: user.role },
    subject: { type: "profile", id: user.id },
  });
  redirect(`/${locale}/account/data?correction=sent#correction`);
}
