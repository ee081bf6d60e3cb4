// Task (scheduled; no queue code here): an open application whose deadline is near (DUE_SOON_DAYS working days or
// fewer, the queue's "due soon") or has passed gets a warning for the reviewers of the department that must act,
// once per application, kind and deadline. The queue's urgency badge is computed on every page view and says
// nothing to a reviewer who does not open the queue; the warning is a record the workbench lists ("warned on …"),
// raised by the system with an audit row, and the place a staff notification can hang from later.
// Which deadline: the intake limit (acceptBy) while submitted, else the promised date (the queue's `deadlineOf`).
// Paused applications (supplement requested) are waiting for the resident and get none; a deadline moved on by a
// pause is a new deadline and may be warned about again.
// Once, whatever runs it: the unique (application, kind, deadline) row is inserted only if absent, with its audit
// row in the same transaction, so a second run or a concurrent worker inserts nothing and audits nothing.
import "server-only";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { recordAudit } from "@/lib/audit/record-audit";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { DUE_SOON_DAYS } from "@/lib/applications/transition/deadlines";
import { SYSTEM_ACTOR } from "@/lib/applications/transition/transition-application";

/** A warning is raised this many working days (or fewer) before the deadline: the queue's "due soon". */
export const DEADLINE_WARNING_WORKING_DAYS = DUE_SOON_DAYS;
/** Warnings raised per run; `more` says the next run (or an immediate re-run) has work left. */
export const DEADLINE_WARNING_BATCH = 200;

export type DeadlineWarningKind = "near" | "passed";

/** Statuses with a clock towards a deadline a department must meet: intake, review, and (for the lead department)
 * issuing the approved result. */
const withClock: readonly string[] = ["submitted", "accepted", "under_review", "approved"];

export async function warnDeadlinesNear(
  now: Date,
  batch = DEADLINE_WARNING_BATCH,
): Promise<{ warned: number; more: boolean }> {
  const today = todayInShanghai(now);
  const horizon = addWorkingDays(today, DEADLINE_WARNING_WORKING_DAYS);
  // Applications whose deadline is near or passed without a warning of that kind for that deadline yet.
  const candidates = await db.$queryRaw<{ id: string }[]>`
    SELECT x."id"
    FROM (
      SELECT a."id", CASE WHEN a."status" = 'submitted' THEN a."acceptBy" ELSE a."promisedBy" END AS "deadline"
      FROM "Application" a
      WHERE a."status" IN ('submitted', 'accepted', 'under_review', 'approved')
    ) x
    WHERE x."deadline" IS NOT NULL AND x."deadline" <= ${horizon}
      AND NOT EXISTS (
        SELECT 1 FROM "DeadlineWarning" w
        WHERE w."applicationId" = x."id" AND w."deadline" = x."deadline"
          AND w."kind" = CASE WHEN x."deadline" < ${today} THEN 'passed' ELSE 'near' END)
    ORDER BY x."deadline", x."id"
    LIMIT ${batch}`;

  let warned = 0;
  for (const c of candidates) {
    try {
      if (await warnDeadlineOf(c.id, now)) warned++;
    } catch (error) {
      log.error({ err: error, applicationId: c.id, task: "warn-deadlines-near" }, "deadline warning failed");
    }
  }
  return { warned, more: candidates.length === batch };
}

/** One application: raises its warning if its deadline is near or passed on `now` and not yet warned about. The
 * application is read again in the transaction (it may have moved on since the candidates were listed). */
export async function warnDeadlineOf(applicationId: string, now: Date): Promise<boolean> {
  const today = todayInShanghai(now);
  return db.$transaction(async (tx) => {
    const app = await tx.application.findUnique({
      where: { id: applicationId },
      select: { status: true, acceptBy: true, promisedBy: true },
    });
    if (!app || !withClock.includes(app.status)) return false;
    const deadline = app.status === "submitted" ? app.acceptBy : app.promisedBy;
    if (!deadline || deadline > addWorkingDays(today, DEADLINE_WARNING_WORKING_DAYS)) return false;
    const kind: DeadlineWarningKind = deadline < today ? "passed" : "near";
    const raised = await tx.deadlineWarning.createMany({
      data: [{ applicationId, kind, deadline }],
      skipDuplicates: true,
    });
    if (raised.count === 0) return false;
    await recordAudit(
      {
        action: "application.deadline_warned",
        payload: { kind, deadline },
        actor: { id: SYSTEM_ACTOR.id, role: "system" },
        subject: { type: "application", id: applicationId },
      },
      tx,
    );
    return true;
  });
}
