// Use case: public tracking without signing in (reference number + last 6 characters of the applicant's ID number).
// Order: normalise and check the input → rate limits (per client address, and per reference for failed tries, each
// counted by one atomic statement *before* the lookup, so lookups arriving together cannot all pass an old count) →
// one query that matches reference AND ID tail together, so a wrong reference and a wrong ID part take the same path
// and get the same answer → a match gives its per-reference count back → the status and timeline only (no personal
// data, no notes).
// The outcome reaches the page in a short-lived signed cookie (see sealTrackOutcome): the form posts, and neither
// the ID part nor the result is ever in a URL.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db/client";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { getService } from "@/lib/services";
import { hitLimit, minutesToWait, refundHit, type Limit } from "@/lib/security/rate-limit";
import { clockRuns, type Status } from "../transition/status-machine";
import { timelineOf } from "./timeline";
import { urgencyOf } from "../transition/deadlines";
import { authSecret } from "@/lib/env";

/** Lookups from one client address: enough for a family checking a few applications, too few for guessing. */
export const TRACK_PER_CLIENT: Limit = { name: "track:ip", max: 10, windowMs: 10 * 60_000 };
/** Wrong ID parts for one reference: 10^6 possible tails, so guessing one reference is hopeless at this rate. */
export const TRACK_FAILURES_PER_REFERENCE: Limit = { name: "track:ref", max: 5, windowMs: 60 * 60_000 };

export type TrackOutcome =
  | { kind: "found"; applicationId: string }
  | { kind: "notFound" }
  | { kind: "limited"; minutes: number }
  | { kind: "invalid" };

/** As printed, read out or typed: spaces, hyphens and lower case are forgiven. */
export function normaliseReference(raw: string): string {
  return raw.normalize("NFKC").replace(/[\s-]/g, "").toUpperCase().slice(0, 40);
}

/** The last character of an ID number may be X (checksum 10); a lower-case x is the same. */
export function normaliseIdTail(raw: string): string {
  return raw.normalize("NFKC").replace(/\s/g, "").toUpperCase().slice(0, 10);
}

const REFERENCE_SHAPE = /^[A-Z0-9]{8,32}$/;
const ID_TAIL_SHAPE = /^\d{5}[\dX]$/;

export async function trackApplication(input: {
  reference: string;
  idTail: string;
  ip: string | null;
  now?: Date;
}): Promise<TrackOutcome> {
  const now = input.now ?? new Date();
  const reference = normaliseReference(input.reference);
  const idTail = normaliseIdTail(input.idTail);
  if (!REFERENCE_SHAPE.test(reference) || !ID_TAIL_SHAPE.test(idTail)) return { kind: "invalid" };

  // The address is the socket's or our proxies' (lib/http/client-ip.ts); unknown only when the portal was started
  // without its start script, and then the per-reference limit still holds.
  const perClient = await hitLimit(TRACK_PER_CLIENT, input.ip ?? "unknown", now);
  if (!perClient.allowed) return { kind: "limited", minutes: minutesToWait(perClient.retryAfterMs) };
  // Counted whether or not the reference exists, so the limit itself reveals nothing either. The lookup runs beside
  // the count (one round trip fewer: bench/tracking.ts) and its answer is used only once the count allows it.
  // Drafts have no reference; an undone submission loses its reference. The ID tail is stored at submission.
  const [perReference, row] = await Promise.all([
    hitLimit(TRACK_FAILURES_PER_REFERENCE, reference, now),
    db.application.findFirst({
      where: { reference, status: { not: "draft" }, applicantIdTail: idTail },
      select: { id: true },
    }),
  ]);
  if (!perReference.allowed) return { kind: "limited", minutes: minutesToWait(perReference.retryAfterMs) };
  if (!row) return { kind: "notFound" };
  // The limit is on failures: the applicant checking again and again does not use it up.
  await refundHit(TRACK_FAILURES_PER_REFERENCE, reference);
  return { kind: "found", applicationId: row.id };
}

/** What the public page shows: the item, the status, the promised date and the events — never who applied. */
export async function getTrackedApplication(applicationId: string, now = new Date()) {
  const app = await db.application.findFirst({
    where: { id: applicationId, status: { not: "draft" }, reference: { not: null } },
    select: {
      reference: true,
      serviceSlug: true,
      status: true,
      promisedBy: true,
      pausedOn: true,
      events: {
        select: { id: true, at: true, type: true, toStatus: true, actorRole: true, departmentId: true, payload: true },
        orderBy: { id: "asc" },
      },
    },
  });
  const service = app ? getService(app.serviceSlug) : undefined;
  if (!app || !service) return null;
  const status = app.status as Status;
  const paused = status === "supplement_requested";
  // The promised date matters until a decision; after it, the timeline says what happened.
  const open = clockRuns(status) || paused || status === "approved";
  return {
    reference: app.reference!,
    service,
    status,
    promisedBy: open ? app.promisedBy : null,
    paused,
    urgency: open ? urgencyOf(app.promisedBy, todayInShanghai(now), paused) : "onTime",
    // No free-text notes (withNotes: false) and no postal tracking number: a courier's lookup shows the address.
    timeline: timelineOf(app.events, { withNotes: false }).map((e) => ({
      ...e,
      details: { ...e.details, trackingNumber: undefined },
    })),
  };
}

export type TrackedApplication = NonNullable<Awaited<ReturnType<typeof getTrackedApplication>>>;

// The outcome of the last lookup travels to the page render in an httpOnly cookie, signed so that nobody can
// forge "found" for an application they did not look up, and short-lived so a shared computer forgets it.
export const TRACK_COOKIE = "track-result";
export const TRACK_COOKIE_SECONDS = 10 * 60;

type Sealed = { outcome: TrackOutcome; reference: string; expires: number };

function signature(body: string): Buffer {
  const secret = authSecret();
  return createHmac("sha256", `track-result:${secret}`).update(body).digest();
}

export function sealTrackOutcome(outcome: TrackOutcome, reference: string, now = new Date()): string {
  const body = Buffer.from(
    JSON.stringify({
      outcome,
      reference: normaliseReference(reference),
      expires: now.getTime() + TRACK_COOKIE_SECONDS * 1000,
    } satisfies Sealed),
  ).toString("base64url");
  return `${body}.${signature(body).toString("base64url")}`;
}

export function openTrackOutcome(value: string | undefined, now = new Date()): Omit<Sealed, "expires"> | null {
  const [body, sig] = (value ?? "").split(".");
  if (!body || !sig) return null;
  const given = Buffer.from(sig, "base64url");
  const expected = signature(body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const sealed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Sealed;
    return sealed.expires > now.getTime() ? { outcome: sealed.outcome, reference: sealed.reference } : null;
  } catch {
    return null;
  }
}
