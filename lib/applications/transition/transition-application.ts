// Use case: move an application on by one event of the state machine. Order (as in documenso's use cases): load it
// scoped to what the actor may see (else "not found", audited) → validate the event's payload → ask the pure rule
// (role, then state) → one transaction: the one writer (write-transition.ts: compare-and-set on (status, version),
// the department's part, the deadlines, the event row), the applicant's notification and SMS → deliver the SMS after
// commit.
// Two staff acting at once: both read version v, one update matches, the other's matches nothing → "moved on".
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma, Role } from "@/lib/db/generated/client";
import { recordAudit, type AuditEntry } from "@/lib/audit/record-audit";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { getService } from "@/lib/services";
import { notifyApplicant } from "@/lib/notifications/notify-applicant";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { decide, storedEventType, type ActorRole, type EventType, type Status } from "./status-machine";
import { StaleMove, writeTransition } from "./write-transition";
import { applyApprovalEffect } from "./approval-effects";
import { shareSupplementWithSiblings } from "../bundles/share-supplement";
import { machineContext, pendingOf } from "./machine-context";
import { requestedMaterials } from "./requested-materials";
import { supplementField } from "../uploads/store-supplement-upload";
import { transitionPayloads } from "./transition-payloads";
import { refusalCode, TransitionError } from "./transition-errors";
import { resumeDeadline } from "./deadlines";

export type TransitionActor = {
  id: string;
  role: ActorRole;
  departmentId?: string | null;
  /** A clerk acts only at the window, for the resident of a consented session: that resident's id. */
  windowResidentId?: string;
};

/** The portal itself, for scheduled work (lib/jobs/tasks/): the state machine lets it fire only `pledge_overdue`.
 * Its event row names the application's lead department (whose event it fires), and every move it makes is audited
 * as the system's (see `systemAudit`). */
export const SYSTEM_ACTOR = { id: "system", role: "system" } as const satisfies TransitionActor;

export type TransitionInput = {
  applicationId: string;
  event: EventType;
  actor: TransitionActor;
  input: Record<string, unknown>;
  now?: Date;
  /** An audit row that belongs to this change (e.g. a result handed over at the window): written in its
   * transaction, so a refused or raced move records nothing and a done one cannot miss it. */
  audit?: AuditEntry<AuditAction>;
};

/** Who may see which applications at all (before any rule is asked). */
function scopeFor(actor: TransitionActor): Prisma.ApplicationWhereInput {
  if (actor.role === "resident") return { applicantId: actor.id };
  if (actor.role === "reviewer") return { parts: { some: { departmentId: actor.departmentId ?? "-" } } };
  // Scheduled work sees every application; the rule decides what it may do (only what the machine gives "system").
  if (actor.role === "system") return { status: { not: "draft" } };
  // Without a window session a clerk moves nothing (a captured action replayed from the workspace finds nothing).
  if (actor.role === "clerk")
    return actor.windowResidentId
      ? { applicantId: actor.windowResidentId, status: { not: "draft" } }
      : { id: { in: [] } };
  return { id: "-" }; // administrators manage accounts, not cases
}

function systemAudit(
  applicationId: string,
  event: EventType,
  from: Status,
  to: Status,
  payload: Record<string, unknown>,
): AuditEntry<"application.moved_by_system"> {
  const materials = Array.isArray(payload.materials) ? (payload.materials as string[]) : undefined;
  return {
    action: "application.moved_by_system",
    payload: { event, from, to, ...(materials ? { materials } : {}) },
    actor: { id: SYSTEM_ACTOR.id, role: "system" },
    subject: { type: "application", id: applicationId },
  };
}

function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]) {
  return Object.fromEntries(issues.map((i) => [String(i.path[0] ?? "_"), i.message]));
}

export async function transitionApplication({
  applicationId,
  event,
  actor,
  input,
  now = new Date(),
  audit,
}: TransitionInput) {
  const today = todayInShanghai(now);
  const app = await db.application.findFirst({
    where: { id: applicationId, ...scopeFor(actor) },
    select: {
      id: true,
      status: true,
      version: true,
      serviceSlug: true,
      applicantId: true,
      reference: true,
      submittedAt: true,
      pendingMaterials: true,
      promisedBy: true,
      legalBy: true,
      acceptBy: true,
      pausedOn: true,
      parts: { select: { departmentId: true, status: true } },
      events: {
        select: { type: true, fromStatus: true, actorRole: true, at: true, payload: true },
        orderBy: { id: "asc" },
      },
      uploads: { select: { fieldName: true, createdAt: true } },
    },
  });
  const service = app ? getService(app.serviceSlug) : undefined;
  if (!app || !service) {
    const exists = await db.application.findUnique({ where: { id: applicationId }, select: { id: true } });
    if (exists)
      await recordAudit({
        action: "access.denied",
        payload: { what: "application" },
        actor: { id: actor.id, role: actor.role as Role },
        subject: { type: "application", id: applicationId },
      });
    throw new TransitionError("errors:transition.forbidden");
  }

  // Submitting validates the whole draft, its consents and its files first: only submit-application does it.
  if (event === "submit") throw new TransitionError("errors:transition.forbidden");
  const parsed = transitionPayloads[event].safeParse(input);
  if (!parsed.success) throw new TransitionError("errors:transition.invalidInput", fieldErrorsOf(parsed.error.issues));
  const payload = parsed.data as Record<string, unknown>;

  const ctx = machineContext({ ...app, status: app.status as Status }, service.department, now, today);
  // The system fires the lead department's events: its event row carries that department (the timeline then reads
  // "system · civil affairs").
  const departmentId = actor.role === "system" ? service.department : actor.departmentId;
  const decision = decide(ctx, event, {
    role: actor.role,
    departmentId: actor.departmentId,
    isApplicant: actor.role === "resident" && app.applicantId === actor.id,
  });
  if (!decision.ok) throw new TransitionError(refusalCode[decision.reason]);

  // Event-specific checks that need more than the status.
  if (event === "request_supplement") {
    const known = new Set(service.materials.map((m) => m.id));
    if (!(payload.materials as string[]).every((m) => known.has(m)))
      throw new TransitionError("errors:transition.invalidInput", { materials: "workbench:errors.materials" });
  }
  if (event === "refuse" && !service.legalBasis[payload.legalBasis as number]) {
    throw new TransitionError("errors:transition.invalidInput", { legalBasis: "workbench:errors.legalBasis" });
  }
  let pendingAfter = pendingOf(app.pendingMaterials);
  if (event === "resubmit") {
    const requestedAt =
      [...app.events].reverse().find((e) => e.type === "request_supplement" || e.type === "pledge_overdue")?.at ??
      new Date(0);
    const asked = requestedMaterials(app.events, app.pendingMaterials);
    const missing = asked.filter(
      (m) => !app.uploads.some((u) => u.fieldName === supplementField(m) && u.createdAt >= requestedAt),
    );
    if (missing.length)
      throw new TransitionError("errors:transition.materialsMissing", { materials: missing.join(",") });
    pendingAfter = pendingAfter.filter((p) => !asked.includes(p.material));
  }

  const data: Prisma.ApplicationUpdateManyMutationInput = {};
  if (decision.pauseClock) data.pausedOn = today;
  if (decision.resumeClock && app.pausedOn) {
    data.pausedOn = null;
    if (app.promisedBy) data.promisedBy = resumeDeadline(app.promisedBy, app.pausedOn, today);
    if (app.legalBy) data.legalBy = resumeDeadline(app.legalBy, app.pausedOn, today);
  }
  if (event === "resubmit") data.pendingMaterials = pendingAfter.length ? (pendingAfter as Prisma.InputJsonValue) : [];
  if (event === "undo_submit")
    Object.assign(data, {
      reference: null,
      submittedAt: null,
      promisedBy: null,
      legalBy: null,
      acceptBy: null,
      applicantName: null,
      applicantIdTail: null,
    });

  const eventPayload: Record<string, unknown> = { ...payload };
  if (event === "undo_submit") eventPayload.reference = app.reference;
  if (event === "pledge_overdue")
    eventPayload.materials = pendingOf(app.pendingMaterials)
      .filter((p) => p.dueBy < today)
      .map((p) => p.material);

  try {
    await db.$transaction(async (tx) => {
      const moved = await writeTransition(tx, {
        applicationId: app.id,
        from: { status: app.status as Status, version: app.version },
        event,
        to: decision.to,
        actor: { id: actor.id, role: actor.role as Role, departmentId },
        at: now,
        payload: eventPayload,
        data,
        decidePart: decision.part,
      });
      if (!moved) throw new TransitionError("errors:transition.movedOn");
      if (decision.to === "approved" && service.onApproved) await applyApprovalEffect(tx, service.onApproved, app.id);
      if (audit) await recordAudit(audit, tx);
      // Nobody signed in did this: the audit log must say who did (no staff event row carries an audit row of its own;
      // a system move is not something a person can be asked about, so it gets one).
      if (actor.role === "system")
        await recordAudit(systemAudit(app.id, event, app.status as Status, decision.to, eventPayload), tx);
      await notifyApplicant(tx, {
        applicationId: app.id,
        userId: app.applicantId,
        type: storedEventType(event),
        serviceSlug: app.serviceSlug,
        reference: app.reference,
        sms: actor.role !== "resident",
        toStatus: decision.to,
      });
    });
  } catch (e) {
    if (e instanceof StaleMove) throw new TransitionError("errors:transition.movedOn");
    // Undoing into a draft while another draft of the same item exists (one draft per person and item).
    if (event === "undo_submit" && (e as { code?: string }).code === "P2002")
      throw new TransitionError("errors:transition.otherDraft");
    throw e;
  }
  deliverOutboxSoon();
  // A bundle's supplement is answered once: siblings waiting for the same paper get it and move on too.
  if (event === "resubmit" && actor.role === "resident")
    await shareSupplementWithSiblings(actor.id, app.id, (siblingId) =>
      transitionApplication({ applicationId: siblingId, event: "resubmit", actor, input: {}, now }),
    );
  return { status: decision.to, serviceSlug: app.serviceSlug };
}
