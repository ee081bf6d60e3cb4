// Use case: the first administrator's authenticator, enrolled by whoever installs the portal (who holds the database
// owner's credentials and the data keys, and so could do anything anyway). Every later enrolment goes through an
// administrator in person (enrol-staff-authenticator.ts). Audited with no actor: the console is not an account.
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { sealField } from "@/lib/security/data-keys";
import { endOtherSessions } from "@/lib/auth/sessions/user-sessions";
import { newTotpSecret, totpUri } from "./totp";
import { TOTP_ISSUER } from "./enrol-staff-authenticator";

export async function enrolAtInstallation(staffId: string): Promise<{ uri: string; secret: string }> {
  const staff = await db.user.findUnique({ where: { staffId }, select: { id: true, role: true } });
  if (!staff || staff.role === "resident") throw new Error(`no staff account "${staffId}"`);
  const secret = newTotpSecret();
  await db.$transaction(async (tx) => {
    const data = { secret: sealField(secret), pendingSecret: null, enrolledAt: new Date(), enrolledById: null };
    await tx.staffSecondFactor.upsert({
      where: { userId: staff.id },
      create: { userId: staff.id, ...data },
      update: { ...data, lastStep: 0, failedCount: 0, lockedUntil: null },
    });
    await endOtherSessions(staff.id, null, tx);
    await recordAudit(
      { action: "auth.second_factor_enrolled", payload: { staffId }, subject: { type: "user", id: staff.id } },
      tx,
    );
  });
  return { secret, uri: totpUri(secret, staffId, TOTP_ISSUER) };
}
