// Query: one application as a reviewer or window clerk sees it: answers, materials, events, parts, and exactly the
// actions the state machine allows this person. A reviewer of a department without a part in it gets "not found"
// (audited), whatever the URL says; every read is audited for the resident's "my data". ID numbers and phones are
// masked by the view.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma, Role } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { getService } from "@/lib/services";
import { allowedEvents, type Status } from "../transition/status-machine";
import { machineContext, pendingOf } from "../transition/machine-context";
import { timelineOf, timelineEventsQuery } from "./timeline";
import { openAnswers } from "@/lib/applications/sealed-answers";

export type StaffViewer = {
  id: string;
  role: "reviewer" | "clerk";
  departmentId: string | null;
  /** A clerk's consented window session: its resident (lib/window/require-window-session.ts). */
  windowResidentId?: string | null;
};

/** Who sees what, as in transition-application.ts: a reviewer the applications their department has a part in; a
 * clerk only those of the resident served in a consented window session (nothing without one), whoever calls. */
function scopeFor(viewer: StaffViewer): Prisma.ApplicationWhereInput {
  if (viewer.role === "reviewer") return { parts: { some: { departmentId: viewer.departmentId ?? "-" } } };
  return viewer.windowResidentId ? { applicantId: viewer.windowResidentId } : { id: { in: [] } };
}

export async function getApplicationForStaff(viewer: StaffViewer, id: string, now = new Date()) {
  const scope = scopeFor(viewer);
  const app = await db.application.findFirst({
    where: { id, status: { not: "draft" }, ...scope },
    select: {
      id: true,
      reference: true,
      serviceSlug: true,
      applicantId: true,
      status: true,
      channel: true,
      answers: true,
      submittedAt: true,
      promisedBy: true,
      legalBy: true,
      acceptBy: true,
      pausedOn: true,
      pendingMaterials: true,
      version: true,
      parts: { select: { departmentId: true, status: true, decidedAt: true } },
      events: timelineEventsQuery,
      uploads: { select: { id: true, fieldName: true, originalName: true, mime: true, createdAt: true } },
    },
  });
  const service = app ? getService(app.serviceSlug) : undefined;
  if (!app || !service) {
    const exists = await db.application.findUnique({ where: { id }, select: { id: true } });
    if (exists)
      await recordAudit({
        action: "access.denied",
        payload: { what: "application" },
        actor: { id: viewer.id, role: viewer.role as Role },
        subject: { type: "application", id },
      });
    return null;
  }
  // A staff member read this person's answers: it is in the audit log and in the resident's "my data".
  await recordAudit({
    action: "application.read_by_staff",
    payload: {},
    actor: { id: viewer.id, role: viewer.role as Role },
    subject: { type: "application", id: app.id },
    onBehalfOf: app.applicantId,
  });
  const ctx = machineContext({ ...app, status: app.status as Status }, service.department, now, todayInShanghai(now));
  return {
    ...app,
    status: app.status as Status,
    answers: openAnswers(app.answers),
    service,
    pendingMaterials: pendingOf(app.pendingMaterials),
    timeline: timelineOf(app.events),
    actions: allowedEvents(ctx, { role: viewer.role, departmentId: viewer.departmentId }),
  };
}

export type StaffApplication = NonNullable<Awaited<ReturnType<typeof getApplicationForStaff>>>;
