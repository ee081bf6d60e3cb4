// Use cases for staff reading a resident's profile: always masked, always audited; a full value only with a reason.
// (The resident's consent before a clerk may use the profile comes with the window-clerk issue.)
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/db/generated/enums";
import { maskBankCard, maskIdNumber, maskMobile } from "@/lib/format/mask";
import { normalizeIdNumber } from "@/lib/validators/id-number";
import { loadProfileSnapshot } from "./load-profile";
import type { ProfileFieldName } from "./profile-fields";

type Staff = { id: string; role: Role };

/** Finds a resident by mobile number or ID number; null when there is none. */
export async function findResident(query: string): Promise<string | null> {
  const q = query.replace(/\s+/g, "");
  if (/^1[3-9]\d{9}$/.test(q)) return (await db.user.findFirst({ where: { mobile: q, role: "resident" }, select: { id: true } }))?.id ?? null;
  if (/^\d{17}[\dXx]$/.test(q)) return (await db.profile.findUnique({ where: { idNumber: normalizeIdNumber(q) }, select: { userId: true } }))?.userId ?? null;
  return null;
}

export async function viewProfileAsStaff(staff: Staff, residentId: string, ip?: string | null) {
  const p = await loadProfileSnapshot(residentId);
  await recordAudit({ action: "profile.view", payload: { masked: true }, actor: staff, subject: { type: "profile", id: residentId }, onBehalfOf: residentId, ip });
  return {
    fullName: p.fullName ?? null,
    idNumber: p.idNumber ? maskIdNumber(p.idNumber) : null,
    mobile: p.mobile ? maskMobile(p.mobile) : null,
    address: p.address ?? null,
    bankCard: p.bankCard ? maskBankCard(p.bankCard) : null,
    householdMembers: (p.householdMembers ?? []).map((m) => ({ ...m, idNumber: maskIdNumber(m.idNumber) })),
  };
}

const revealable: readonly ProfileFieldName[] = ["idNumber", "mobile", "bankCard"];

export async function revealProfileField(staff: Staff, residentId: string, field: string, reason: string, ip?: string | null): Promise<string | null> {
  if (!(revealable as readonly string[]).includes(field) || reason.trim().length < 2) return null;
  const p = await loadProfileSnapshot(residentId);
  await recordAudit({ action: "profile.reveal", payload: { field, reason: reason.trim().slice(0, 200) }, actor: staff, subject: { type: "profile", id: residentId }, onBehalfOf: residentId, ip });
  return (p[field as ProfileFieldName] as string | null | undefined) ?? null;
}
