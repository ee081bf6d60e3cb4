// Query: one of the resident's own life-event bundles with every member's progress (the combined page and the
// receipt). Anyone else's bundle is "not found", and the attempt is audited, as for a single application.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { getBundle, getService } from "@/lib/services";
import type { ServiceDef } from "@/lib/form-engine/types";
import type { BundleMember } from "@/lib/services/bundles/bundle-types";
import type { Status } from "../transition/status-machine";
import { pendingOf } from "../transition/machine-context";
import { requestedMaterials } from "../transition/requested-materials";
import { timelineOf, timelineEventsQuery, type TimelineEntry } from "../read/timeline";
import { combinedStatus } from "./combined-status";

export type BundleMemberProgress = {
  id: string;
  member: BundleMember;
  service: ServiceDef;
  reference: string | null;
  status: Status;
  promisedBy: string | null;
  pendingMaterials: { material: string; dueBy: string }[];
  /** Materials a department asked for (while the member waits for a supplement). */
  requested: string[];
  timeline: TimelineEntry[];
};

export async function getMyBundle(applicantId: string, bundleId: string) {
  const row = await db.applicationBundle.findFirst({
    where: { id: bundleId, applicantId },
    select: {
      id: true,
      reference: true,
      bundleSlug: true,
      channel: true,
      submittedAt: true,
      applications: {
        // Only the resident's own (the bundle is theirs; a member is never anyone else's, this keeps it so).
        where: { applicantId },
        select: {
          id: true,
          serviceSlug: true,
          bundleMember: true,
          reference: true,
          status: true,
          promisedBy: true,
          pendingMaterials: true,
          events: timelineEventsQuery,
        },
      },
    },
  });
  const bundle = row ? getBundle(row.bundleSlug) : undefined;
  const form = row ? getService(row.bundleSlug) : undefined;
  if (!row || !bundle || !form) {
    const exists = await db.applicationBundle.findUnique({ where: { id: bundleId }, select: { id: true } });
    if (exists)
      await recordAudit({
        action: "access.denied",
        payload: { what: "application" },
        actor: { id: applicantId, role: "resident" },
        subject: { type: "bundle", id: bundleId },
      });
    return null;
  }
  const order = (key: string | null) => bundle.members.findIndex((m) => m.key === key);
  const members: BundleMemberProgress[] = row.applications
    .filter((a) => order(a.bundleMember) >= 0 && getService(a.serviceSlug))
    .sort((a, b) => order(a.bundleMember) - order(b.bundleMember))
    .map((a) => ({
      id: a.id,
      member: bundle.members[order(a.bundleMember)]!,
      service: getService(a.serviceSlug)!,
      reference: a.reference,
      status: a.status as Status,
      promisedBy: a.promisedBy,
      pendingMaterials: pendingOf(a.pendingMaterials),
      requested: a.status === "supplement_requested" ? requestedMaterials(a.events, a.pendingMaterials) : [],
      timeline: timelineOf(a.events),
    }));
  return {
    id: row.id,
    reference: row.reference,
    channel: row.channel,
    submittedAt: row.submittedAt,
    form,
    members,
    combined: combinedStatus(members.map((m) => m.status)),
  };
}

export type MyBundle = NonNullable<Awaited<ReturnType<typeof getMyBundle>>>;
