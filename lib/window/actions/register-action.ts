"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineStateAction } from "@/lib/actions/define-action";
import { registerResidentAtWindow } from "../register-resident";

export type RegisterState = { errors?: Record<string, string>; values?: Record<string, string> };

const input = z.object({
  fullName: z.string().default(""),
  idNumber: z.string().default(""),
  mobile: z.string().default(""),
  signatureRef: z.string().default(""),
  originalsSeen: z.string().optional(),
  scan: z.file().optional(),
});

// Registers a new resident at the window; on a problem the form gets its values back with the errors.
export const registerAction = defineStateAction({
  name: "window/register",
  audience: "clerk",
  input,
  back: (locale) => `/${locale}/clerk`,
  async run({ originalsSeen, scan, ...values }, { clerk, locale, ip }): Promise<RegisterState> {
    const signedForm = scan ? { fileName: scan.name, bytes: new Uint8Array(await scan.arrayBuffer()) } : null;
    const r = await registerResidentAtWindow(
      clerk,
      { ...values, originalsSeen: originalsSeen === "yes", scan: signedForm },
      await ip(),
    );
    if (!r.ok) return { errors: r.errors, values };
    redirect(`/${locale}/clerk/sessions/${r.sessionId}`);
  },
});
