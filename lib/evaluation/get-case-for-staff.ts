// Query: one rectification case as staff see it: the rating, its reasons and comment, the application's reference
// and item, the answer so far. Never the resident's name or contacts (the department answers through the portal).
// The comment is the resident's own words, so a staff read is audited like any read of a resident's application.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { caseScope, type CaseViewer } from "./case-viewer";

export async function getCaseForStaff(viewer: CaseViewer, caseId: string) {
  const found = await db.rectificationCase.findFirst({
    where: { id: caseId, ...caseScope(viewer) },
    select: {
      id: true,
      status: true,
      departmentId: true,
      residentId: true,
      openedOn: true,
      dueBy: true,
      response: true,
      respondedAt: true,
      verdictAt: true,
      escalatedAt: true,
      evaluation: {
        select: {
          score: true,
          reasons: true,
          comment: true,
          channel: true,
          createdAt: true,
          application: { select: { reference: true, serviceSlug: true } },
        },
      },
    },
  });
  if (!found) return null;
  await recordAudit({
    action: "application.read_by_staff",
    payload: {},
    actor: { id: viewer.id, role: viewer.role },
    subject: { type: "RectificationCase", id: found.id },
    onBehalfOf: found.residentId,
  });
  return { ...found, residentId: undefined };
}
