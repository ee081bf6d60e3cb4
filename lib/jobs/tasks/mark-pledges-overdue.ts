// Task (scheduled; no queue code here): a material accepted on a pledge (容缺受理) that is past its due date turns
// the application into a supplement request (`pledge_overdue`, the lead department's event), fired by the portal
// itself as the actor "system". Until now an overdue pledge changed nothing until a reviewer happened to act.
// It goes through transitionApplication, the same use case staff actions use: the state machine decides (the
// system may fire only this event, only from accepted / under review, only with an overdue pledge), the
// compare-and-set on (status, version) lets exactly one of two concurrent runs win, and the event row, the
// resident's inbox row and SMS and the system's audit row are written in one transaction. A second run finds the
// application waiting for the resident (supplement_requested) and leaves it.
import "server-only";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { SYSTEM_ACTOR, transitionApplication } from "@/lib/applications/transition/transition-application";
import { TransitionError } from "@/lib/applications/transition/transition-errors";

/** Applications handled per run; `more` says the next run (or an immediate re-run) has work left. */
export const PLEDGE_OVERDUE_BATCH = 200;

/** Refusals that mean "nothing to do any more" (another run or a reviewer got there first), not failures. */
const alreadyHandled: ReadonlySet<string> = new Set(["errors:transition.movedOn", "errors:transition.noOverduePledge"]);

export async function markPledgesOverdue(
  now: Date,
  batch = PLEDGE_OVERDUE_BATCH,
): Promise<{ overdue: number; more: boolean }> {
  const today = todayInShanghai(now);
  // Due "by" a date: overdue from the day after it (the same test as the state machine's, machine-context.ts).
  const candidates = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Application" a
    WHERE a."status" IN ('accepted', 'under_review')
      AND jsonb_typeof(a."pendingMaterials") = 'array'
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(a."pendingMaterials") p WHERE p->>'dueBy' < ${today})
    ORDER BY a."id"
    LIMIT ${batch}`;

  let overdue = 0;
  for (const { id } of candidates) {
    try {
      await transitionApplication({ applicationId: id, event: "pledge_overdue", actor: SYSTEM_ACTOR, input: {}, now });
      overdue++;
    } catch (error) {
      if (error instanceof TransitionError && alreadyHandled.has(error.code)) continue;
      log.error({ err: error, applicationId: id, task: "mark-pledges-overdue" }, "overdue pledge not handled");
    }
  }
  return { overdue, more: candidates.length === batch };
}
