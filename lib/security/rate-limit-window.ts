// Fixed-window rate limiting, the arithmetic only (pure; the counter itself is one SQL statement in rate-limit.ts).
// A window opens with the first request after the previous one ended and lasts `windowMs`; every request in it
// counts. Fixed windows allow up to 2×max in a burst across a boundary: acceptable for slowing down guessing,
// and the price of a single-row, single-statement counter that every server instance shares.

export type Limit = {
  /** Key prefix, e.g. "track:ip". */
  name: string;
  max: number;
  windowMs: number;
};

export type Bucket = { count: number; windowStart: Date };

export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** The latest window start that has already ended at `now`: a bucket that started at or before it is stale. */
export function windowCutoff(now: Date, windowMs: number): Date {
  return new Date(now.getTime() - windowMs);
}

export function windowExpired(windowStart: Date, now: Date, windowMs: number): boolean {
  return windowStart.getTime() <= windowCutoff(now, windowMs).getTime();
}

function blocked(bucket: Bucket, limit: Limit, now: Date): Verdict {
  return { allowed: false, retryAfterMs: Math.max(0, bucket.windowStart.getTime() + limit.windowMs - now.getTime()) };
}

/** After counting this request: the bucket as the counter returned it (its count includes this request). */
export function verdictAfterHit(bucket: Bucket, limit: Limit, now: Date): Verdict {
  return bucket.count <= limit.max ? { allowed: true } : blocked(bucket, limit, now);
}

/** Without counting: may one more be counted? (For limits on failures, which are counted only when they happen.) */
export function verdictOfPeek(bucket: Bucket | null, limit: Limit, now: Date): Verdict {
  if (!bucket || windowExpired(bucket.windowStart, now, limit.windowMs)) return { allowed: true };
  return bucket.count < limit.max ? { allowed: true } : blocked(bucket, limit, now);
}

/** Whole minutes to tell the person, never "0 minutes". */
export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}
