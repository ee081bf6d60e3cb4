// Use cases: an administrator enrols a staff member's authenticator app, in person. The administrator starts it (a new
// secret, shown once as a QR code on the administrator's screen), the staff member scans it and types the first code,
// which confirms it. Until then any earlier authenticator keeps working, so starting never locks anyone out; a
// confirmed re-enrolment (a lost phone) ends every session of that staff member.
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { endOtherSessions } from "@/lib/auth/sessions/user-sessions";
import { openField, sealField } from "@/lib/security/data-keys";
import { checkTotp, newTotpSecret, totpUri } from "./totp";

type Admin = { id: string; role: Role };
export const TOTP_ISSUER = "Yining 一网通办";

export class NotAllowedError extends Error {}

async function staffMember(admin: Admin, staffUserId: string) {
  if (admin.role !== "admin") throw new NotAllowedError("only administrators enrol authenticators");
  const staff = await db.user.findUnique({
    where: { id: staffUserId },
    select: { id: true, role: true, staffId: true },
  });
  if (!staff || staff.role === "resident" || !staff.staffId) throw new NotAllowedError("not a staff account");
  return { id: staff.id, staffId: staff.staffId };
}

export async function beginEnrolment(input: { admin: Admin; staffUserId: string; ip?: string | null }) {
  const staff = await staffMember(input.admin, input.staffUserId);
  const secret = newTotpSecret();
  await db.$transaction(async (tx) => {
    await tx.staffSecondFactor.upsert({
      where: { userId: staff.id },
      // Sealed at rest like ID numbers (lib/security/data-keys.ts): a copy of the table opens no one's authenticator.
      create: { userId: staff.id, pendingSecret: sealField(secret) },
      update: { pendingSecret: sealField(secret) },
    });
    await recordAudit(
      {
        action: "auth.second_factor_enrolment_started",
        payload: { staffId: staff.staffId },
        actor: input.admin,
        subject: { type: "user", id: staff.id },
        ip: input.ip,
      },
      tx,
    );
  });
  return { secret, uri: totpUri(secret, staff.staffId, TOTP_ISSUER), staffId: staff.staffId };
}

export async function confirmEnrolment(input: {
  admin: Admin;
  staffUserId: string;
  code: unknown;
  ip?: string | null;
  now?: Date;
}): Promise<{ ok: boolean }> {
  const staff = await staffMember(input.admin, input.staffUserId);
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ pendingSecret: string | null }[]>`
      SELECT "pendingSecret" FROM "StaffSecondFactor" WHERE "userId" = ${staff.id} LIMIT 1 FOR UPDATE`;
    if (!row?.pendingSecret) return { ok: false };
    const code = typeof input.code === "string" ? input.code.replace(/\s/g, "") : "";
    const check = await checkTotp(openField(row.pendingSecret), code, 0, now.getTime());
    if (!check.ok) return { ok: false };
    await tx.staffSecondFactor.update({
      where: { userId: staff.id },
      data: {
        secret: row.pendingSecret,
        pendingSecret: null,
        enrolledAt: now,
        enrolledById: input.admin.id,
        lastStep: check.step,
        failedCount: 0,
        lockedUntil: null,
      },
    });
    await endOtherSessions(staff.id, null, tx, now);
    await recordAudit(
      {
        action: "auth.second_factor_enrolled",
        payload: { staffId: staff.staffId },
        actor: input.admin,
        subject: { type: "user", id: staff.id },
        ip: input.ip,
      },
      tx,
    );
    return { ok: true };
  });
}

/** The staff accounts an administrator sees on the enrolment page, with whether each has a confirmed authenticator. */
export async function listStaffAuthenticators(admin: Admin) {
  if (admin.role !== "admin") throw new NotAllowedError("only administrators enrol authenticators");
  const staff = await db.user.findMany({
    where: { role: { not: "resident" }, staffId: { not: null } },
    select: {
      id: true,
      staffId: true,
      nameZh: true,
      nameUg: true,
      role: true,
      secondFactor: { select: { enrolledAt: true, pendingSecret: true } },
    },
    orderBy: { staffId: "asc" },
    take: 500,
  });
  return staff.map((s) => ({
    id: s.id,
    staffId: s.staffId!,
    nameZh: s.nameZh,
    nameUg: s.nameUg,
    role: s.role,
    enrolledAt: s.secondFactor?.enrolledAt ?? null,
    pending: Boolean(s.secondFactor?.pendingSecret),
  }));
}

/** The secret an administrator started for a staff member, to show as a QR code until the first code confirms it. */
export async function readPendingEnrolment(admin: Admin, staffUserId: string) {
  const staff = await staffMember(admin, staffUserId).catch(() => null);
  if (!staff) return null;
  const row = await db.staffSecondFactor.findUnique({
    where: { userId: staff.id },
    select: { pendingSecret: true },
  });
  if (!row?.pendingSecret) return null;
  const secret = openField(row.pendingSecret);
  return {
    staffId: staff.staffId,
    secret,
    uri: totpUri(secret, staff.staffId, TOTP_ISSUER),
  };
}
