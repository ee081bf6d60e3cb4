import "server-only";
import { db } from "@/lib/db/client";

/** What the resident sees of staff acting on their data: reads of the profile (masked views and reveals), of their
 * applications and uploaded files, and what a window clerk did for them (consent asked and given, steps saved, files
 * uploaded, applications submitted, results handed over). */
export const accessActions = [
  "profile.view",
  "profile.reveal",
  "application.read_by_staff",
  "upload.read_by_staff",
  "application.saved_on_behalf",
  "upload.on_behalf",
  "window.session_opened",
  "window.consent_code_sent",
  "window.consent_given",
  "window.resident_registered",
  "window.verified_in_person",
  "window.signed_form_read",
  "application.submitted_on_behalf",
  "application.result_handed_over",
] as const;
export type AccessAction = (typeof accessActions)[number];

/** Newest first, for the resident to see. */
export async function listProfileAccess(userId: string) {
  const rows = await db.auditLog.findMany({
    where: {
      action: { in: [...accessActions] },
      actorRole: { not: "resident" },
      OR: [{ subjectType: "profile", subjectId: userId }, { onBehalfOf: userId }],
    },
    orderBy: { at: "desc" },
    take: 200,
    select: { id: true, at: true, action: true, actorId: true, actorRole: true, payload: true },
  });
  const staffIds = [...new Set(rows.map((r) => r.actorId).filter((x): x is string => Boolean(x)))];
  const staff = await db.user.findMany({
    where: { id: { in: staffIds } },
    select: { id: true, staffId: true, department: { select: { nameZh: true, nameUg: true } } },
  });
  const byId = new Map(staff.map((s) => [s.id, s]));
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at,
    action: r.action as AccessAction,
    role: r.actorRole,
    staffId: r.actorId ? (byId.get(r.actorId)?.staffId ?? null) : null,
    department: r.actorId ? (byId.get(r.actorId)?.department ?? null) : null,
    payload: (r.payload ?? {}) as {
      field?: string;
      reason?: string;
      windowNo?: string;
      reference?: string;
      method?: string;
    },
  }));
}
