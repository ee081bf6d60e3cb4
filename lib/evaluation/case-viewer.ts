// Who looks at rectification cases, and what they may see: a department's reviewer its own department's cases, the
// administrator every department's. Residents see their own cases through get-my-evaluation.ts, never through here.
export type CaseViewer = { id: string; role: "reviewer"; departmentId: string } | { id: string; role: "admin" };

/** The Prisma filter that keeps a viewer to their scope. */
export function caseScope(viewer: CaseViewer): { departmentId?: string } {
  return viewer.role === "admin" ? {} : { departmentId: viewer.departmentId };
}

/** A signed-in staff member as a case viewer, or null (a clerk, or a reviewer without a department). */
export function caseViewerOf(user: {
  id: string;
  role: string;
  department?: { id: string } | null;
}): CaseViewer | null {
  if (user.role === "admin") return { id: user.id, role: "admin" };
  if (user.role === "reviewer" && user.department)
    return { id: user.id, role: "reviewer", departmentId: user.department.id };
  return null;
}
