// The items the service hall handles most often, in the order its front desk ranks them (高频事项). The senior-mode
// catalogue shows these first and puts the rest under "more": fewer items per screen (MIIT 适老化). A fixed list,
// not live counts, on purpose: an elderly person finds an item where it was last time, and a test or a busy week
// cannot reorder the page. The service centre revises it with each catalogue release.
import type { ServiceDef } from "@/lib/form-engine/types";

export const mostUsedSlugs = [
  "elderly-allowance",
  "resident-medical-insurance",
  "social-security-card",
  "resident-pension-insurance",
  "minimum-living-allowance",
  "residence-permit",
] as const;

/** Splits a result list into the most-used items (in the hall's order) and the rest (in catalogue order). */
export function splitMostUsed(results: readonly ServiceDef[]): { mostUsed: ServiceDef[]; more: ServiceDef[] } {
  const rank = new Map<string, number>(mostUsedSlugs.map((slug, i) => [slug, i]));
  const mostUsed = results.filter((s) => rank.has(s.slug)).sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!);
  return { mostUsed, more: results.filter((s) => !rank.has(s.slug)) };
}
