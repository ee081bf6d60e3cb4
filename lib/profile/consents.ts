import "server-only";
import { db } from "@/lib/db/client";
import type { SensitiveCategory, ServiceDef } from "@/lib/form-engine/types";
import { missingConsents } from "./consent-rule";

/** A cap on one resident's consent rows: one per item and sensitive category (a few dozen), plus one more each time
 * a revoked consent is given again. A person reaching it would have to revoke and re-grant hundreds of times; the
 * lists read newest first, so what is cut is old history, never a consent in force. */
export const CONSENTS_CAP = 500;

/** The resident's consents, newest first; one ticked by a window clerk names the window and the clerk's staff ID. */
export async function listConsents(userId: string) {
  const rows = await db.consent.findMany({
    where: { userId },
    orderBy: { grantedAt: "desc" },
    take: CONSENTS_CAP,
    select: {
      id: true,
      category: true,
      serviceCode: true,
      purpose: true,
      grantedAt: true,
      revokedAt: true,
      grantedById: true,
      windowSessionId: true,
    },
  });
  const clerkIds = [...new Set(rows.map((r) => r.grantedById).filter((x): x is string => !!x))];
  const sessionIds = [...new Set(rows.map((r) => r.windowSessionId).filter((x): x is string => !!x))];
  const [clerks, sessions] = await Promise.all([
    db.user.findMany({ where: { id: { in: clerkIds } }, take: clerkIds.length, select: { id: true, staffId: true } }),
    db.windowSession.findMany({
      where: { id: { in: sessionIds } },
      take: sessionIds.length,
      select: { id: true, windowNo: true },
    }),
  ]);
  return rows.map(({ grantedById, windowSessionId, ...c }) => ({
    ...c,
    atWindow: grantedById
      ? {
          staffId: clerks.find((k) => k.id === grantedById)?.staffId ?? "",
          windowNo: sessions.find((w) => w.id === windowSessionId)?.windowNo ?? "",
        }
      : null,
  }));
}

export async function consentsMissing(userId: string, service: ServiceDef) {
  if (!service.sensitive?.length) return [];
  return missingConsents(
    service,
    await db.consent.findMany({
      where: { userId, serviceCode: service.code },
      // Newest first: the cap could only ever drop old (revoked) rows, never the consent in force.
      orderBy: { grantedAt: "desc" },
      take: CONSENTS_CAP,
      select: { category: true, serviceCode: true, revokedAt: true },
    }),
  );
}

/** At the window the clerk ticks the boxes for the resident present: the row records that clerk and the session, so
 * a consent the resident gave in person is told apart from one they gave themselves (online, at a kiosk). */
export type ConsentGivenAtWindow = { clerkId: string; sessionId: string };

export async function grantConsents(
  userId: string,
  service: ServiceDef,
  categories: SensitiveCategory[],
  atWindow?: ConsentGivenAtWindow,
) {
  const allowed = categories.filter((c) => service.sensitive?.includes(c));
  // One statement: the consents of one press are given together or not at all.
  await db.consent.createMany({
    data: allowed.map((category) => ({
      userId,
      category,
      serviceCode: service.code,
      purpose: `${service.code} ${service.title.zh}`,
      grantedById: atWindow?.clerkId ?? null,
      windowSessionId: atWindow?.sessionId ?? null,
    })),
  });
}

/** Revokes one of the person's own consents; someone else's id changes nothing. */
export async function revokeConsent(userId: string, id: string) {
  await db.consent.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: new Date() } });
}
