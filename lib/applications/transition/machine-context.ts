// Builds the state machine's context from what the database holds about one application. Pure.
import type { MachineContext, PartState, Status } from "./status-machine";

export type StoredApplication = {
  status: Status;
  submittedAt: Date | null;
  pendingMaterials: unknown;
  parts: { departmentId: string; status: PartState }[];
  events: { type: string; fromStatus: Status | null; actorRole: string | null; at: Date }[];
};

export type PendingMaterial = { material: string; dueBy: string };

export function pendingOf(value: unknown): PendingMaterial[] {
  return Array.isArray(value)
    ? (value as PendingMaterial[]).filter((p) => p && typeof p.material === "string" && typeof p.dueBy === "string")
    : [];
}

/** The last supplement request (or overdue pledge), which a resubmission answers. */
export function lastSupplementRequest<E extends { type: string }>(events: readonly E[]): E | undefined {
  return [...events].reverse().find((e) => e.type === "request_supplement" || e.type === "pledge_overdue");
}

export function machineContext(
  app: StoredApplication,
  leadDepartment: string,
  now: Date,
  today: string,
): MachineContext {
  const lastSubmit = [...app.events].reverse().find((e) => e.type === "submitted");
  const sinceSubmit = lastSubmit ? app.events.filter((e) => e.at >= lastSubmit.at && e !== lastSubmit) : [];
  return {
    status: app.status,
    leadDepartment,
    parts: Object.fromEntries(app.parts.map((p) => [p.departmentId, p.status])),
    supplementRequested: app.events.some((e) => e.type === "request_supplement"),
    returnTo: lastSupplementRequest(app.events)?.fromStatus ?? null,
    pledgeOverdue: pendingOf(app.pendingMaterials).some((p) => p.dueBy < today),
    submittedAt: app.submittedAt,
    now,
    staffActed: sinceSubmit.some((e) => e.actorRole !== "resident"),
  };
}
