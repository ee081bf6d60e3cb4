// Task (scheduled; no queue code here): remind the resident of materials accepted on a pledge (容缺受理) two working
// days before they are due, with an inbox row and an SMS, exactly once per application and due date. Without it a
// pledge simply ran out and the resident learnt of it only from the supplement request that follows.
// Once per pledge, whatever runs it: the application row is locked, the PledgeReminder row (primary key: application
// and due date) is inserted only if absent, and the inbox row and SMS are written in the same transaction, so a
// second run, or a second worker running at the same moment, finds the marker and sends nothing.
import "server-only";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { clockRuns, type Status } from "@/lib/applications/transition/status-machine";
import { pendingOf } from "@/lib/applications/transition/machine-context";
import { notifyPledgeDue } from "@/lib/notifications/notify-pledge-due";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";

/** The reminder goes out when this many working days (or fewer) are left until the due date. */
export const PLEDGE_REMINDER_WORKING_DAYS = 2;
/** Applications handled per run; `more` says the next run (or an immediate re-run) has work left. */
export const PLEDGE_REMINDER_BATCH = 200;

/** The due dates of pledged materials to remind of on `today`: due today or within the reminder's working days. */
export function dueForReminder(pendingMaterials: unknown, today: string): Map<string, string[]> {
  const horizon = addWorkingDays(today, PLEDGE_REMINDER_WORKING_DAYS);
  const due = new Map<string, string[]>();
  for (const p of pendingOf(pendingMaterials))
    if (p.dueBy >= today && p.dueBy <= horizon) due.set(p.dueBy, [...(due.get(p.dueBy) ?? []), p.material]);
  return due;
}

export async function remindPledgesDue(
  now: Date,
  batch = PLEDGE_REMINDER_BATCH,
): Promise<{ reminded: number; more: boolean }> {
  const today = todayInShanghai(now);
  const horizon = addWorkingDays(today, PLEDGE_REMINDER_WORKING_DAYS);
  // While the clock runs (submitted, accepted, under review): a pledge due while the resident is already supplying
  // material is in that request's hands, and a decided application needs nothing more.
  const candidates = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Application" a
    WHERE a."status" IN ('submitted', 'accepted', 'under_review')
      AND jsonb_typeof(a."pendingMaterials") = 'array'
      AND EXISTS (
        SELECT 1 FROM jsonb_array_elements(a."pendingMaterials") p
        WHERE p->>'dueBy' BETWEEN ${today} AND ${horizon}
          AND NOT EXISTS (
            SELECT 1 FROM "PledgeReminder" r WHERE r."applicationId" = a."id" AND r."dueBy" = p->>'dueBy'))
    ORDER BY a."id"
    LIMIT ${batch}`;

  let reminded = 0;
  for (const { id } of candidates) {
    try {
      reminded += await remindOne(id, today);
    } catch (error) {
      // One application's failure must not stop the others' reminders; it is tried again on the next run.
      log.error({ err: error, applicationId: id, task: "remind-pledges-due" }, "pledge reminder failed");
    }
  }
  if (reminded > 0) deliverOutboxSoon();
  return { reminded, more: candidates.length === batch };
}

async function remindOne(applicationId: string, today: string): Promise<number> {
  return db.$transaction(async (tx) => {
    // The row lock orders this against a transition of the same application and against another worker's run.
    const [app] = await tx.$queryRaw<
      {
        status: Status;
        pendingMaterials: unknown;
        applicantId: string;
        serviceSlug: string;
        reference: string | null;
      }[]
    >`SELECT "status"::text AS "status", "pendingMaterials", "applicantId", "serviceSlug", "reference"
      FROM "Application" WHERE "id" = ${applicationId} LIMIT 1 FOR UPDATE`;
    if (!app || !clockRuns(app.status)) return 0;
    let sent = 0;
    for (const [dueBy, materials] of dueForReminder(app.pendingMaterials, today)) {
      const marked = await tx.pledgeReminder.createMany({
        data: [{ applicationId, dueBy, materials }],
        skipDuplicates: true,
      });
      if (marked.count === 0) continue;
      await notifyPledgeDue(tx, {
        applicationId,
        userId: app.applicantId,
        serviceSlug: app.serviceSlug,
        reference: app.reference,
        dueBy,
        materials,
      });
      sent++;
    }
    return sent;
  });
}
