// Query: one of the resident's own applications with everything its progress page shows. Anyone else's id is
// "not found" (and audited by getMyApplication's rule: a denied read leaves an entry).
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { getService } from "@/lib/services";
import { allowedEvents, type Status } from "../transition/status-machine";
import { machineContext, pendingOf } from "../transition/machine-context";
import { requestedMaterials } from "../transition/requested-materials";
import { timelineOf, timelineEventsQuery } from "./timeline";

export async function getApplicationProgress(applicantId: string, id: string, now = new Date()) {
  const app = await db.application.findFirst({
    where: { id, applicantId, status: { not: "draft" } },
    select: {
      id: true,
      reference: true,
      serviceSlug: true,
      status: true,
      submittedAt: true,
      promisedBy: true,
      legalBy: true,
      pausedOn: true,
      pendingMaterials: true,
      // A member of a life-event bundle links to the bundle's combined page.
      bundle: { select: { id: true, bundleSlug: true } },
      parts: { select: { departmentId: true, status: true } },
      events: timelineEventsQuery,
      uploads: {
        where: { fieldName: { startsWith: "supplement:" } },
        select: { id: true, fieldName: true, originalName: true, createdAt: true },
      },
    },
  });
  const service = app ? getService(app.serviceSlug) : undefined;
  if (!app || !service) {
    const exists = await db.application.findUnique({ where: { id }, select: { id: true } });
    if (exists)
      await recordAudit({
        action: "access.denied",
        payload: { what: "application" },
        actor: { id: applicantId, role: "resident" },
        subject: { type: "application", id },
      });
    return null;
  }
  const ctx = machineContext({ ...app, status: app.status as Status }, service.department, now, todayInShanghai(now));
  return {
    ...app,
    status: app.status as Status,
    service,
    pendingMaterials: pendingOf(app.pendingMaterials),
    timeline: timelineOf(app.events),
    requested: app.status === "supplement_requested" ? requestedMaterials(app.events, app.pendingMaterials) : [],
    actions: allowedEvents(ctx, { role: "resident", isApplicant: true }),
  };
}

export type ApplicationProgress = NonNullable<Awaited<ReturnType<typeof getApplicationProgress>>>;
