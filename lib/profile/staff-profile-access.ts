// Use cases for a window clerk reading a resident's profile: only with the resident's consent (a WindowGrant, which
// only lib/window/require-window-session.ts makes), always masked, always audited; a full value only with a reason.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { maskBankCard, maskIdNumber, maskMobile } from "@/lib/format/mask";
import type { WindowGrant } from "@/lib/window/require-window-session";
import { loadProfileSnapshot } from "./load-profile";
import type { ProfileFieldName } from "./profile-fields";

export async function viewProfileAsStaff(grant: WindowGrant, ip?: string | null) {
  const p = await loadProfileSnapshot(grant.residentId);
  await recordAudit({
    action: "profile.view",
    payload: { masked: true },
    actor: grant.clerk,
    subject: { type: "profile", id: grant.residentId },
    onBehalfOf: grant.residentId,
    ip,
  });
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

export async function revealProfileField(
  grant: WindowGrant,
  field: string,
  reason: string,
  ip?: string | null,
): Promise<string | null> {
  if (!(revealable as readonly string[]).includes(field) || reason.trim().length < 2) return null;
  const p = await loadProfileSnapshot(grant.residentId);
  await recordAudit({
    action: "profile.reveal",
    payload: { field, reason: reason.trim().slice(0, 200) },
    actor: grant.clerk,
    subject: { type: "profile", id: grant.residentId },
    onBehalfOf: grant.residentId,
    ip,
  });
  return (p[field as ProfileFieldName] as string | null | undefined) ?? null;
}
