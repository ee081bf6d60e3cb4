// What the last supplement request asks for: the materials a reviewer listed, or the pledged materials that are
// overdue. Pure.
import { lastSupplementRequest, pendingOf } from "./machine-context";

type EventLike = { type: string; payload: unknown };

export function requestedMaterials(events: readonly EventLike[], pendingMaterials: unknown): string[] {
  const last = lastSupplementRequest(events);
  if (!last) return [];
  if (last.type === "pledge_overdue") return pendingOf(pendingMaterials).map((p) => p.material);
  const listed = (last.payload as { materials?: unknown } | null)?.materials;
  return Array.isArray(listed) ? listed.filter((m): m is string => typeof m === "string") : [];
}
