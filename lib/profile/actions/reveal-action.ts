"use server";
import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/http/client-ip";
import { revealProfileField } from "../staff-profile-access";

export type RevealState = { value?: string; error?: string; field?: string };

// A clerk reveals one full value of a resident's profile; the reason is required and the reveal is audited.
export async function revealAction(_prev: RevealState, formData: FormData): Promise<RevealState> {
  const user = await getCurrentUser();
  if (!user || (user.role !== "clerk" && user.role !== "admin")) return { error: "errors:forbidden.title" };
  const field = String(formData.get("field") ?? "");
  const reason = String(formData.get("reason") ?? "");
  if (reason.trim().length < 2) return { error: "staff:reveal.reasonRequired", field };
  const value = await revealProfileField({ id: user.id, role: user.role }, String(formData.get("residentId") ?? ""), field, reason, clientIp(await headers()));
  return value ? { value, field } : { error: "staff:lookup.notFound", field };
}
