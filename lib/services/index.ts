// THE CATALOGUE: every service item, one file each in lib/services/items/ (collected by scripts/generate-catalogue.ts).
import type { ServiceDef } from "@/lib/form-engine/types";
import { itemModules } from "./items.generated";

function isServiceDef(value: unknown): value is ServiceDef {
  return Boolean(value && typeof value === "object" && "code" in value && "slug" in value && "steps" in value);
}

export const services: readonly ServiceDef[] = itemModules
  .flatMap((m) => Object.values(m).filter(isServiceDef))
  .sort((a, b) => a.code.localeCompare(b.code));

const bySlug = new Map(services.map((s) => [s.slug, s]));
if (bySlug.size !== services.length) throw new Error("two service items share a slug");

export function getService(slug: string): ServiceDef | undefined {
  return bySlug.get(slug);
}
