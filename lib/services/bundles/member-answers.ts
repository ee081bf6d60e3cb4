// From a bundle's answers to each member's application (pure): which members apply, and each member's answers
// under the member item's own field names, so a department reads a bundle member exactly like an application of
// its item.
import { holds } from "@/lib/form-engine/conditions";
import type { Answers, ServiceDef } from "@/lib/form-engine/types";
import type { BundleDef, BundleMember } from "./bundle-types";
import { memberFieldBinding } from "./compose-bundle";

/** The members whose condition holds on these answers, in the bundle's order. */
export function applyingMembers(bundle: BundleDef, answers: Answers): BundleMember[] {
  return bundle.members.filter((m) => holds(m.when, answers));
}

/** The member item's answers: shared facts under the member's names, fixed values, the member's own answers.
 * Omitted fields and unanswered ones are left out. `answers` should be pruned to what was visible first. */
export function memberAnswers(bundle: BundleDef, member: BundleMember, service: ServiceDef, answers: Answers): Answers {
  const out: Answers = {};
  for (const field of service.steps.flatMap((s) => s.fields)) {
    const b = memberFieldBinding(bundle, member, field.name);
    const value = b.fixed ? b.value : answers[b.name];
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

/** The member item as this bundle asks it: without the omitted fields (what another member produces), so the
 * member's pledged materials are only those it really left out. */
export function memberAsAsked(service: ServiceDef, member: BundleMember): ServiceDef {
  const omit = new Set(member.omit ?? []);
  return { ...service, steps: service.steps.map((s) => ({ ...s, fields: s.fields.filter((f) => !omit.has(f.name)) })) };
}
