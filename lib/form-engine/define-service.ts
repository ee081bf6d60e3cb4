// defineService checks a service definition's internal consistency when the catalogue loads, so that a mistake in
// one data file fails the unit tests (and the build) instead of a resident's form.
import type { FieldKindId, HouseholdPick, ServiceDef, StepDef } from "./types";

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
      if (f.kind === "file" && !materials.has(f.material))
        problems.push(`field "${f.name}" names unknown material "${f.material}"`);
      if ((f.kind === "select" || f.kind === "radio" || f.kind === "checkbox") && f.options.length === 0)
        problems.push(`field "${f.name}" has no options`);
    }
  }
  for (const step of service.steps)
    if (step.householdPick) problems.push(...householdPickProblems(step, step.householdPick));
  problems.push(...applicantStepProblems(service));
  if (service.promisedDays > service.legalDays) problems.push("promisedDays exceeds legalDays");
  if (problems.length) throw new Error(`service ${service.code}: ${problems.join("; ")}`);
  return service;
}

const pickKinds: Record<Exclude<keyof HouseholdPick, "relations">, readonly FieldKindId[]> = {
  name: ["personName"],
  idNumber: ["idNumber"],
  relation: ["select", "radio"],
  birthDate: ["date"],
};

/** A household pick names fields of its own step, of the right kinds; offered relations must be options there. */
export function householdPickProblems(step: StepDef, pick: HouseholdPick): string[] {
  const problems: string[] = [];
  for (const [role, kinds] of Object.entries(pickKinds) as [keyof typeof pickKinds, readonly FieldKindId[]][]) {
    const name = pick[role];
    if (name === undefined) continue;
    const field = step.fields.find((f) => f.name === name);
    if (!field) problems.push(`step "${step.id}" household pick: ${role} names unknown field "${name}"`);
    else if (!kinds.includes(field.kind))
      problems.push(`step "${step.id}" household pick: ${role} field "${name}" is a ${field.kind}`);
  }
  if (pick.relations && pick.relations.length === 0)
    problems.push(`step "${step.id}" household pick offers no relations`);
  const relationField = step.fields.find((f) => f.name === pick.relation);
  if (relationField && (relationField.kind === "select" || relationField.kind === "radio")) {
    for (const r of pick.relations ?? []) {
      if (!relationField.options.some((o) => o.value === r))
        problems.push(`step "${step.id}" household pick: relation "${r}" is not an option of "${relationField.name}"`);
    }
  }
  return problems;
}

/**
 * Every item opens with the applicant step, in every channel: its applicantName and applicantIdNumber (of kinds
 * personName and idNumber) are who the application is for, which the review queue, the receipt and the tracking
 * page read. A convention nobody checks would let an item without them through; this makes it a rule.
 */
export function applicantStepProblems(service: Pick<ServiceDef, "steps">): string[] {
  const first = service.steps[0];
  if (!first || first.id !== "applicant" || first.channels)
    return ['the first step must be "applicant", in every channel'];
  const kindOf = (name: string) => first.fields.find((f) => f.name === name)?.kind;
  const problems: string[] = [];
  if (kindOf("applicantName") !== "personName") problems.push("the applicant step needs applicantName (personName)");
  if (kindOf("applicantIdNumber") !== "idNumber")
    problems.push("the applicant step needs applicantIdNumber (idNumber)");
  return problems;
}
