"use server";
import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import { windowGrantFor } from "@/lib/window/require-window-session";
import { revealProfileField } from "../staff-profile-access";

export type RevealState = { value?: string; error?: string; field?: string };

// A clerk reveals one full value of a resident's profile, within a consented window session; the reason is
// required and the reveal is audited. Without consent the answer is the same "not found" as for no such person.
export async function revealAction(_prev: RevealState, formData: FormData): Promise<RevealState> {
  const grant = await windowGrantFor(formData.get("session"));
  const field = String(formData.get("field") ?? "");
  if (!grant) return { error: "window:errors.noConsent", field };
  const reason = String(formData.get("reason") ?? "");
  if (reason.trim().length < 2) return { error: "staff:reveal.reasonRequired", field };
  const value = await revealProfileField(grant, field, reason, clientIp(await headers()));
  return value ? { value, field } : { error: "staff:reveal.none", field };
}
