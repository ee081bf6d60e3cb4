// One status for a life-event bundle, from its members' statuses (pure). Each member is decided by its own department
// and none waits for another, so the combined status never hides a part: it says what the resident must do first
// (a supplement asked by any department), else whether anything is still being handled, and it counts each group.
import type { Status } from "../transition/status-machine";

export const memberGroups = ["needsAction", "inProgress", "approved", "refused", "withdrawn"] as const;
export type MemberGroup = (typeof memberGroups)[number];

const groupOf: Record<Status, MemberGroup> = {
  draft: "needsAction",
  supplement_requested: "needsAction",
  submitted: "inProgress",
  accepted: "inProgress",
  under_review: "inProgress",
  approved: "approved",
  result_issued: "approved",
  closed: "approved",
  refused: "refused",
  not_accepted: "refused",
  withdrawn: "withdrawn",
};

export type CombinedStatus = {
  /** needsAction: at least one member waits for the resident; inProgress: none does, some are still handled;
   * finished: every member is decided or withdrawn. */
  overall: "needsAction" | "inProgress" | "finished";
  counts: Record<MemberGroup, number>;
};

export function combinedStatus(statuses: readonly Status[]): CombinedStatus {
  const counts = Object.fromEntries(memberGroups.map((g) => [g, 0])) as Record<MemberGroup, number>;
  for (const s of statuses) counts[groupOf[s]]++;
  const overall = counts.needsAction > 0 ? "needsAction" : counts.inProgress > 0 ? "inProgress" : "finished";
  return { overall, counts };
}
