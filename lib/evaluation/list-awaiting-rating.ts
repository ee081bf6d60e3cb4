// Query: the resident's decided applications they have not rated online yet, newest decision first (the inbox's
// "rate this service" links). Only the last AWAITING_DAYS days: an old decision no longer asks for attention.
import "server-only";
import { db } from "@/lib/db/client";
import { RATABLE_STATUSES } from "./evaluation-rules";

export const AWAITING_DAYS = 30;
const SHOWN = 5;

export async function listAwaitingRating(residentId: string, now = new Date()) {
  return db.application.findMany({
    where: {
      applicantId: residentId,
      status: { in: [...RATABLE_STATUSES] },
      decidedAt: { gte: new Date(now.getTime() - AWAITING_DAYS * 86_400_000) },
      evaluations: { none: { channel: "online" } },
    },
    select: { id: true, serviceSlug: true, reference: true },
    orderBy: { decidedAt: "desc" },
    take: SHOWN,
  });
}
