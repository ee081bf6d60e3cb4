// Resident accounts and signed-in sessions for the load and scale-out benchmarks (bench/lib/residents.ts), written
// the way the seed and the browser tests' direct-data helper write accounts: a user verified in person with a
// profile (name, ID number, mobile, sealed), a password, and a session row with the JWT cookie next-auth reads
// (the same token start-session.ts writes). Not product code: only bench/ calls it.
import "server-only";
import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { authSecret } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS, sessionCookieName } from "@/lib/auth/session-cookie";
import { openSession } from "@/lib/auth/sessions/user-sessions";
import { sealProfileData } from "@/lib/profile/sealed-fields";
import { idCheckDigit } from "@/lib/validators/id-number";

export const BENCH_PASSWORD = "Bench#2026";

export type BenchResident = { id: string; mobile: string };

/** `count` new residents (mobiles 137…, distinct ID numbers born 1960–1999), each with BENCH_PASSWORD. */
export async function createBenchResidents(count: number): Promise<BenchResident[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const made: BenchResident[] = [];
  while (made.length < count) {
    const n = Math.floor(Math.random() * 1e8);
    const mobile = `137${String(n).padStart(8, "0")}`;
    // Birth date and sequence from the same random number: millions of ID numbers, so reruns on one bench database
    // (each adds residents) do not run out; one already taken is skipped like a taken mobile.
    const born = `${1960 + (n % 40)}${String(1 + (Math.floor(n / 40) % 12)).padStart(2, "0")}${String(1 + (Math.floor(n / 480) % 28)).padStart(2, "0")}`;
    const first17 = `654002${born}${String(Math.floor(n / 13440) % 1000).padStart(3, "0")}`;
    const idNumber = first17 + idCheckDigit(first17);
    const sealed = sealProfileData({ fullName: "压测居民", idNumber, mobile });
    if (await db.user.count({ where: { mobile } })) continue;
    if (await db.profile.count({ where: { idNumberHash: sealed.idNumberHash } })) continue;
    const name = "压测居民";
    const user = await db.user.create({
      data: {
        role: "resident",
        mobile,
        nameZh: name,
        passwordHash,
        assurance: "in_person",
        profile: { create: sealed },
      },
      select: { id: true },
    });
    made.push({ id: user.id, mobile });
  }
  return made;
}

/** A signed-in session of the resident: its row, and the cookie (name and value) a browser would hold. */
export async function openBenchSession(resident: BenchResident): Promise<{ name: string; value: string }> {
  const sid = await openSession({ userId: resident.id, channel: "online", userAgent: "bench" });
  const now = Date.now();
  const value = await encode({
    token: { uid: resident.id, role: "resident", lastSeen: now, started: now, sid },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return { name: sessionCookieName(), value };
}

/** How many open drafts the resident has of an item (the scale-out check: one draft however many starts). */
export async function countDrafts(applicantId: string, serviceSlug: string): Promise<number> {
  return db.application.count({ where: { applicantId, serviceSlug, status: "draft" } });
}
