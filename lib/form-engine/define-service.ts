// defineService checks a service definition's internal consistency when the catalogue loads, so that a mistake in
// one data file fails the unit tests (and the build) instead of a resident's form.
import type { ServiceDef } from "./types";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function defineService<const S extends ServiceDef>(service: S): S {
  const problems: string[] = [];
  if (!SLUG.test(service.slug)) problems.push(`slug "${service.slug}"`);
  const stepIds = new Set<string>();
  const names = new Set<string>();
  const materials = new Set(service.materials.map((m) => m.id));
  for (const step of service.steps) {
    if (!SLUG.test(step.id) || stepIds.has(step.id)) problems.push(`step id "${step.id}"`);
    stepIds.add(step.id);
    for (const f of step.fields) {
      if (names.has(f.name)) problems.push(`duplicate field "${f.name}"`);
      names.add(f.name);
      if (f.kind === "file" && !materials.has(f.material)) problems.push(`field "${f.name}" names unknown material "${f.material}"`);
      if ((f.kind === "select" || f.kind === "radio" || f.kind === "checkbox") && f.options.length === 0) problems.push(`field "${f.name}" has no options`);
    }
  }
  if (service.promisedDays > service.legalDays) problems.push("promisedDays exceeds legalDays");
  if (problems.length) throw new Error(`service ${service.code}: ${problems.join("; ")}`);
  return service;
}
