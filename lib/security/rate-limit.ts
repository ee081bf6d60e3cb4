// Rate limits as fixed-window counters in PostgreSQL (RateBucket), so that every server instance shares them and a
// restart forgets nothing; process memory would give each instance its own allowance. The window arithmetic is
// in rate-limit-window.ts (unit-tested); here is the one atomic statement that counts.
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import {
  verdictAfterHit,
  verdictOfPeek,
  windowCutoff,
  type Bucket,
  type Limit,
  type Verdict,
} from "./rate-limit-window";

export { minutesToWait, type Limit, type Verdict } from "./rate-limit-window";

/** Buckets keep no address or reference in clear: the table is not cleaned by anyone who would read it. */
function keyOf(limit: Limit, subject: string): string {
  return `${limit.name}:${createHash("sha256").update(subject).digest("base64url").slice(0, 32)}`;
}

/** Timestamps as UTC wall time, the way Prisma stores DateTime in `timestamp(3)` columns (no session time zone). */
const utc = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

/**
 * Counts one request and says whether it is within the limit. One statement: a new key starts a window, an
 * expired window restarts at 1, a running one goes up by 1, and two requests at once can never both read the
 * old count.
 */
export async function hitLimit(limit: Limit, subject: string, now = new Date()): Promise<Verdict> {
  return (await countHit(limit, subject, now)).verdict;
}

/** hitLimit, also saying which request of the window this was (1 = the first): a lock is recorded once. */
export async function countHit(
  limit: Limit,
  subject: string,
  now = new Date(),
): Promise<{ verdict: Verdict; count: number; windowEnds: Date }> {
  const key = keyOf(limit, subject);
  const [row] = await db.$queryRaw<Bucket[]>`
    INSERT INTO "RateBucket" ("key", "windowStart", "count") VALUES (${key}, ${utc(now)}::timestamp(3), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateBucket"."windowStart" <= ${utc(windowCutoff(now, limit.windowMs))}::timestamp(3) THEN 1 ELSE "RateBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateBucket"."windowStart" <= ${utc(windowCutoff(now, limit.windowMs))}::timestamp(3) THEN ${utc(now)}::timestamp(3) ELSE "RateBucket"."windowStart" END
    RETURNING "count", "windowStart"`;
  maybePurge(now);
  const windowEnds = new Date(row!.windowStart.getTime() + limit.windowMs);
  return { verdict: verdictAfterHit(row!, limit, now), count: row!.count, windowEnds };
}

/**
 * Takes one counted request back (one statement, never below 0): limits on failures count every try before the
 * slow check, so parallel tries cannot all slip under the limit, and give the count back when the try succeeded.
 */
export async function refundHit(limit: Limit, subject: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${keyOf(limit, subject)}`;
}

/** Forgets a subject's count (a success that ends a run of failures, or the owner proving who they are). */
export async function clearLimit(limit: Limit, subject: string): Promise<void> {
  await db.rateBucket.deleteMany({ where: { key: keyOf(limit, subject) } });
}

/** Whether one more may be counted, without counting (limits on failures count only when a failure happens). */
export async function peekLimit(limit: Limit, subject: string, now = new Date()): Promise<Verdict> {
  const bucket = await db.rateBucket.findUnique({
    where: { key: keyOf(limit, subject) },
    select: { count: true, windowStart: true },
  });
  return verdictOfPeek(bucket, limit, now);
}

const DAY = 86_400_000;

/** Now and then (about one hit in a hundred), drop buckets whose windows ended long ago; never awaited. */
function maybePurge(now: Date) {
  if (Math.random() >= 0.01) return;
  db.rateBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - DAY) } } }).catch(() => {});
}
