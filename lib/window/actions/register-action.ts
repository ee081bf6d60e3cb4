"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formLocale } from "@/lib/http/form-input";
import { clientIp } from "@/lib/http/client-ip";
import { clerkOrSignIn } from "../clerk-or-sign-in";
import { registerResidentAtWindow } from "../register-resident";

export type RegisterState = { errors?: Record<string, string>; values?: Record<string, string> };

// Registers a new resident at the window; on a problem the form gets its values back with the errors.
export async function registerAction(_prev: RegisterState, formData: FormData): Promise<RegisterState> {
  const locale = formLocale(formData);
  const { clerk } = await clerkOrSignIn(locale);
  const values = {
    fullName: String(formData.get("fullName") ?? ""),
    idNumber: String(formData.get("idNumber") ?? ""),
    mobile: String(formData.get("mobile") ?? ""),
    signatureRef: String(formData.get("signatureRef") ?? ""),
  };
  const r = await registerResidentAtWindow(
    clerk,
    { ...values, originalsSeen: formData.get("originalsSeen") === "yes" },
    clientIp(await headers()),
  );
  if (!r.ok) return { errors: r.errors, values };
  redirect(`/${locale}/clerk/sessions/${r.sessionId}`);
}
