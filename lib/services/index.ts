// THE CATALOGUE: every service item, one file each in lib/services/items/ (collected by scripts/generate-catalogue.ts).
import type { ServiceDef } from "@/lib/form-engine/types";
import { itemModules } from "./items.generated";
import { bundleDefs } from "./bundles/registry";
import { composeBundle } from "./bundles/compose-bundle";
import type { BundleDef } from "./bundles/bundle-types";

function isServiceDef(value: unknown): value is ServiceDef {
  return Boolean(value && typeof value === "object" && "code" in value && "slug" in value && "steps" in value);
}

export const services: readonly ServiceDef[] = itemModules
  .flatMap((m) => Object.values(m).filter(isServiceDef))
  .sort((a, b) => a.code.localeCompare(b.code));

const bySlug = new Map(services.map((s) => [s.slug, s]));
if (bySlug.size !== services.length) throw new Error("two service items share a slug");

/** Life-event bundles (高效办成一件事), each composed into one form over its member items. Not in `services`: they
 * are not items of their own (no queue, no statistics); their members are. */
export const bundles: readonly ServiceDef[] = bundleDefs.map((b) => composeBundle(b, (slug) => bySlug.get(slug)));
const bundleBySlug = new Map(bundles.map((b) => [b.slug, b]));
const bundleDefBySlug = new Map(bundleDefs.map((b) => [b.slug, b]));
for (const b of bundles) if (bySlug.has(b.slug)) throw new Error(`bundle ${b.slug} shares a slug with an item`);

/** A service item, or a bundle composed as one form (both are applied for through the same pages). */
export function getService(slug: string): ServiceDef | undefined {
  return bySlug.get(slug) ?? bundleBySlug.get(slug);
}

/** A bundle's definition (its members and their mapping), for splitting its answers at submission. */
export function getBundle(slug: string): BundleDef | undefined {
  return bundleDefBySlug.get(slug);
}
