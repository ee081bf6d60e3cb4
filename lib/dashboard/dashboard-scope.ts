// Whose numbers a viewer may see. The admin sees every department and may narrow to one; a reviewer sees only their
// own department, whatever the address asks for; anyone else sees nothing. An application belongs to its item's
// LEAD department (ServiceDef.department): co-departments that sign off a part are not counted, so every
// application is counted once and the departments' volumes add up to the total. Evaluations and rectification
// cases carry their department themselves (the item's lead department, or the clerk's at a window).
import { Prisma } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { services } from "@/lib/services";

export type DashboardViewer = { id: string; role: Role; departmentId: string | null };

/** departmentId null: every department (admin only). */
export type DashboardScope = { departmentId: string | null };

export class DashboardScopeError extends Error {
  constructor() {
    super("dashboard: not allowed for this viewer");
  }
}

/** The scope for this viewer; `requested` is the admin's department filter (ignored for a reviewer). */
export function scopeFor(viewer: DashboardViewer, requested?: string | null): DashboardScope {
  if (viewer.role === "admin") return { departmentId: requested || null };
  if (viewer.role === "reviewer" && viewer.departmentId) return { departmentId: viewer.departmentId };
  throw new DashboardScopeError();
}

/** The item codes whose lead department is this one (every item code when null). */
export function serviceCodesOf(departmentId: string | null): string[] {
  return services.filter((s) => departmentId === null || s.department === departmentId).map((s) => s.code);
}

/** The lead department of an item code (null for a code no longer in the catalogue). */
export function departmentOfCode(code: string): string | null {
  return services.find((s) => s.code === code)?.department ?? null;
}

/** `AND a."serviceCode" = ANY(…)` for a department's scope, nothing for all (Application aliased `a`). */
export function applicationScopeSql(scope: DashboardScope): Prisma.Sql {
  if (scope.departmentId === null) return Prisma.empty;
  return Prisma.sql`AND a."serviceCode" = ANY(${serviceCodesOf(scope.departmentId)}::text[])`;
}

/** `AND <alias>."departmentId" = …` for Evaluation and RectificationCase rows. */
export function departmentScopeSql(scope: DashboardScope, alias: "e" | "c"): Prisma.Sql {
  if (scope.departmentId === null) return Prisma.empty;
  return alias === "e"
    ? Prisma.sql`AND e."departmentId" = ${scope.departmentId}`
    : Prisma.sql`AND c."departmentId" = ${scope.departmentId}`;
}
