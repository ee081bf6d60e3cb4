// Task (scheduled): a rectification case still unanswered after its due date (working days, RECTIFICATION_WORKING_DAYS)
// is escalated to the administrator: marked escalatedAt (listed first on the admin's 整改督办 page) with a system audit
// row. Escalation does not close the case: the department must still answer. Safe to run twice: a case is escalated
// once (escalatedAt IS NULL in the compare-and-set).
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { shanghaiDateOf } from "@/lib/calendar/shanghai-date";

export const ESCALATION_BATCH = 200;

export async function escalateOverdueCases(now: Date, batch = ESCALATION_BATCH) {
  const today = shanghaiDateOf(now);
  // Due "by" a date: overdue from the day after it.
  const overdue = await db.rectificationCase.findMany({
    where: { status: "open", dueBy: { lt: today }, escalatedAt: null },
    select: { id: true, dueBy: true, residentId: true },
    orderBy: { dueBy: "asc" },
    take: batch,
  });
  let escalated = 0;
  for (const c of overdue) {
    const done = await db.$transaction(async (tx) => {
      const moved = await tx.rectificationCase.updateMany({
        where: { id: c.id, status: "open", escalatedAt: null },
        data: { escalatedAt: now },
      });
      if (moved.count === 0) return false;
      await recordAudit(
        {
          action: "rectification.escalated",
          payload: { caseId: c.id, dueBy: c.dueBy },
          actor: { id: "system", role: "system" },
          subject: { type: "RectificationCase", id: c.id },
          onBehalfOf: c.residentId,
        },
        tx,
      );
      return true;
    });
    if (done) escalated++;
  }
  return { escalated, more: overdue.length === batch };
}
