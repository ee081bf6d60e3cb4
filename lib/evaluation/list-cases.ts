// Query: the rectification cases a staff member may see (case-viewer.ts), the ones still waiting for an answer
// first, earliest due first; escalated only, for the administrator's follow-up. One page of at most CASES_PAGE.
import "server-only";
import { db } from "@/lib/db/client";
import { caseScope, type CaseViewer } from "./case-viewer";

export const CASES_PAGE = 100;

export async function listCases(viewer: CaseViewer, opts: { escalatedOnly?: boolean } = {}) {
  const rows = await db.rectificationCase.findMany({
    where: {
      ...caseScope(viewer),
      ...(opts.escalatedOnly ? { OR: [{ escalatedAt: { not: null } }, { status: "disputed" }] } : {}),
    },
    select: {
      id: true,
      status: true,
      departmentId: true,
      openedOn: true,
      dueBy: true,
      escalatedAt: true,
      evaluation: {
        select: { score: true, channel: true, application: { select: { reference: true, serviceSlug: true } } },
      },
    },
    orderBy: [{ dueBy: "asc" }, { id: "asc" }],
    take: CASES_PAGE,
  });
  // Waiting for the department first; within each group the order of the query (earliest due).
  const waiting = (s: string) => (s === "open" ? 0 : s === "disputed" ? 1 : 2);
  return rows.sort((a, b) => waiting(a.status) - waiting(b.status));
}

/** How many cases of the viewer's scope wait for an answer (the workspace link's count). */
export function countOpenCases(viewer: CaseViewer): Promise<number> {
  return db.rectificationCase.count({ where: { ...caseScope(viewer), status: "open" } });
}
