// Use cases of the supervisor's check on signed-form consents (抽查): a random sample of recent window sessions
// consented by a signed paper form, and the scanned form of one of them. A random sample, not the newest: a clerk
// cannot know which sessions will be looked at. Admins act as supervisors (there is no separate role yet). Both are
// audited; the scan read appears in the resident's access log too.
import "server-only";
import { openProfile } from "@/lib/profile/sealed-fields";
import { randomInt } from "node:crypto";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { blobStorage } from "@/lib/storage/blob-storage";
import { maskIdNumber } from "@/lib/format/mask";
import type { Role } from "@/lib/db/generated/enums";

export type Supervisor = { id: string; role: Role };

/** How far back the sample reaches, and how many sessions it draws. */
export const SAMPLE_DAYS = 30;
export const SAMPLE_SIZE = 20;
/** The pool the sample is drawn from: the newest signed-form sessions within SAMPLE_DAYS, at most this many. */
const POOL = 1000;

export const maySupervise = (who: Supervisor) => who.role === "admin";

export type SampledSession = {
  id: string;
  consentedAt: Date;
  windowNo: string;
  signatureRef: string | null;
  clerk: { staffId: string | null; nameZh: string; nameUg: string | null };
  /** Masked: the supervisor checks the clerk's work, not the resident. */
  resident: { name: string; idNumber: string | null };
  hasScan: boolean;
};

/** Fisher–Yates with a CSPRNG: the first n of a shuffled copy. */
function pick<T>(rows: readonly T[], n: number): T[] {
  const a = [...rows];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}

const maskName = (name: string) => (name.length <= 1 ? name : name.slice(0, 1) + "*".repeat(name.length - 1));

export async function sampleSignedFormSessions(
  who: Supervisor,
  ip?: string | null,
  now: Date = new Date(),
): Promise<SampledSession[] | null> {
  if (!maySupervise(who)) return null;
  const since = new Date(now.getTime() - SAMPLE_DAYS * 24 * 60 * 60_000);
  const pool = await db.windowSession.findMany({
    where: { consentMethod: "signature", consentedAt: { gte: since } },
    orderBy: { consentedAt: "desc" },
    take: POOL,
    select: { id: true },
  });
  const ids = pick(pool, SAMPLE_SIZE).map((s) => s.id);
  const sessions = await db.windowSession.findMany({
    where: { id: { in: ids } },
    orderBy: { consentedAt: "desc" },
    take: ids.length,
    select: {
      id: true,
      consentedAt: true,
      windowNo: true,
      signatureRef: true,
      signedFormKey: true,
      clerkId: true,
      residentId: true,
    },
  });
  const peopleIds = [...new Set(sessions.flatMap((s) => [s.clerkId, s.residentId]))];
  const people = await db.user.findMany({
    where: { id: { in: peopleIds } },
    take: peopleIds.length,
    select: { id: true, staffId: true, nameZh: true, nameUg: true, profile: { select: { idNumber: true } } },
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  await recordAudit({ action: "window.signed_forms_sampled", payload: { sessions: ids }, actor: who, ip });
  return sessions.map((s) => {
    const clerk = byId.get(s.clerkId);
    const resident = byId.get(s.residentId);
    // Sealed at rest (lib/profile/sealed-fields.ts): opened here only to be masked.
    const idNumber = resident?.profile ? openProfile(resident.profile).idNumber : null;
    return {
      id: s.id,
      consentedAt: s.consentedAt!,
      windowNo: s.windowNo,
      signatureRef: s.signatureRef,
      clerk: { staffId: clerk?.staffId ?? null, nameZh: clerk?.nameZh ?? "", nameUg: clerk?.nameUg ?? null },
      resident: { name: maskName(resident?.nameZh ?? ""), idNumber: idNumber ? maskIdNumber(idNumber) : null },
      hasScan: !!s.signedFormKey,
    };
  });
}

/** The scanned form of one signed-form session, for a supervisor; null for anyone else or no scan. */
export async function readSignedFormScan(who: Supervisor, sessionId: string, ip?: string | null) {
  if (!maySupervise(who)) return null;
  const s = await db.windowSession.findUnique({
    where: { id: sessionId },
    select: { id: true, residentId: true, windowNo: true, signedFormKey: true, signedFormMime: true },
  });
  if (!s?.signedFormKey || !s.signedFormMime) return null;
  const bytes = await blobStorage().get(s.signedFormKey);
  if (!bytes) return null;
  await recordAudit({
    action: "window.signed_form_read",
    payload: { windowNo: s.windowNo },
    actor: who,
    subject: { type: "window_session", id: s.id },
    onBehalfOf: s.residentId,
    ip,
  });
  const ext = s.signedFormMime === "application/pdf" ? "pdf" : s.signedFormMime === "image/png" ? "png" : "jpg";
  return { bytes, mime: s.signedFormMime, name: `consent-form-${s.id}.${ext}` };
}
