"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { recordAudit } from "@/lib/audit/record-audit";

// A request to correct a field the resident cannot change themselves; recorded for the service centre to act on.
export const requestCorrectionAction = defineAction({
  name: "profile/request-correction",
  audience: "resident",
  input: z.object({ text: z.string().default("") }),
  async run({ text }, { user, locale }) {
    const body = z.string().trim().min(1).max(500).safeParse(text);
    if (!body.success) redirect(`/${locale}/account/data?correction=empty#correction`);
    await recordAudit({
      action: "profile.correction_requested",
      payload: { text: body.data },
      actor: { id: user.id, role: user.role },
      subject: { type: "profile", id: user.id },
    });
    redirect(`/${locale}/account/data?correction=sent#correction`);
  },
});
