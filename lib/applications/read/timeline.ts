// The timeline people read: every event of an application, oldest first, with what the resident may see of it
// (role and department of whoever acted, never the staff member's name or the applicant's personal data). Pure.
import type { Status } from "../transition/status-machine";

export type TimelineEntry = {
  id: string;
  at: Date;
  type: string;
  toStatus: Status | null;
  actorRole: string | null;
  departmentId: string | null;
  /** Codes and notes the event carried (reason code, materials, delivery method, tracking number, note). */
  details: {
    reason?: string;
    legalBasis?: number;
    materials?: string[];
    delivery?: string;
    trackingNumber?: string;
    note?: string;
    /** A rating the resident gave (好差评, 1–5). */
    score?: number;
    /** Entered by a clerk for the resident: at which window, by which staff member (staff ID, 工号). */
    onBehalf?: { windowNo: string; staffId: string };
  };
};

type StoredEvent = {
  id: bigint | number | string;
  at: Date;
  type: string;
  toStatus: string | null;
  actorRole: string | null;
  departmentId: string | null;
  payload: unknown;
};

const pick = (p: Record<string, unknown>): TimelineEntry["details"] => ({
  reason: typeof p.reason === "string" ? p.reason : undefined,
  legalBasis: typeof p.legalBasis === "number" ? p.legalBasis : undefined,
  materials: Array.isArray(p.materials) ? p.materials.filter((m): m is string => typeof m === "string") : undefined,
  delivery: typeof p.delivery === "string" ? p.delivery : undefined,
  trackingNumber: typeof p.trackingNumber === "string" ? p.trackingNumber : undefined,
  note: typeof p.note === "string" ? p.note : undefined,
  score: typeof p.score === "number" ? p.score : undefined,
  onBehalf: onBehalfOf(p.onBehalf),
});

function onBehalfOf(v: unknown): { windowNo: string; staffId: string } | undefined {
  const o = (v ?? {}) as Record<string, unknown>;
  return typeof o.windowNo === "string" && typeof o.staffId === "string"
    ? { windowNo: o.windowNo, staffId: o.staffId }
    : undefined;
}

/** Timeline entries about the resident's rating and its rectification (lib/evaluation/): never shown publicly. */
const PRIVATE_TYPES: ReadonlySet<string> = new Set([
  "evaluated",
  "rectification_responded",
  "rectification_confirmed",
  "rectification_disputed",
]);

export function timelineOf(
  events: readonly StoredEvent[],
  opts: { withNotes: boolean } = { withNotes: true },
): TimelineEntry[] {
  return (
    [...events]
      // The public tracking page shows the application's progress, not the resident's opinion of it.
      .filter((e) => opts.withNotes || !PRIVATE_TYPES.has(e.type))
      .sort((a, b) => a.at.getTime() - b.at.getTime() || Number(a.id) - Number(b.id))
      .map((e) => {
        const details = pick((e.payload ?? {}) as Record<string, unknown>);
        // The public tracking page shows no free text: a note may name a person or a circumstance.
        if (!opts.withNotes) {
          delete details.note;
          delete details.onBehalf;
        }
        return {
          id: String(e.id),
          at: e.at,
          type: e.type,
          toStatus: e.toStatus as Status | null,
          actorRole: e.actorRole,
          departmentId: e.departmentId,
          details,
        };
      })
  );
}

/** What a timeline reads of an application's events, oldest first (a Prisma `select` for `events`). */
export const timelineEventsQuery = {
  select: {
    id: true,
    at: true,
    type: true,
    fromStatus: true,
    toStatus: true,
    actorRole: true,
    departmentId: true,
    payload: true,
  },
  orderBy: { id: "asc" },
} as const;
