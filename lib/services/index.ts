// THE CATALOGUE: every service item, one file each. Adding an item = adding its file and one line here.
import type { ServiceDef } from "@/lib/form-engine/types";
import { elderlyAllowance } from "./elderly-allowance";

export const services: readonly ServiceDef[] = [elderlyAllowance];

const bySlug = new Map(services.map((s) => [s.slug, s]));

export function getService(slug: string): ServiceDef | undefined {
  return bySlug.get(slug);
}
