// "Choose from my household" for a step that asks about one other person: which members are offered, what picking
// one fills, and which member (if any) the current answers already are. Pure; the picker view is
// components/form-engine/household-picker.tsx, the declaration is a step's `householdPick` (plain data).
import { kindOf } from "@/lib/form-engine/field-kinds/field-schema";
import type { SchemaContext } from "@/lib/form-engine/field-kinds/kind";
import type { Answers, HouseholdPick, StepDef } from "@/lib/form-engine/types";
import { birthDateFromId } from "@/lib/validators/id-number";
import { isValidFor } from "./prefill";

/** `birthDate`: read from the ID number by the server when the number is sent masked (window, kiosk). */
export type PickableMember = { relation: string; name: string; idNumber: string; birthDate?: string };

/** The members this pick offers, in the household list's order. */
export function membersFor(pick: HouseholdPick, members: readonly PickableMember[]): PickableMember[] {
  return members.filter((m) => !pick.relations || (pick.relations as readonly string[]).includes(m.relation));
}

/** What picking this member fills: only values that are valid for their field (a bad stored value is left out). */
export function pickValues(step: StepDef, pick: HouseholdPick, member: PickableMember, ctx: SchemaContext): Answers {
  const candidates: [string | undefined, unknown][] = [
    [pick.name, member.name],
    [pick.idNumber, member.idNumber],
    [pick.relation, member.relation],
    [pick.birthDate, member.birthDate ?? birthDateFromId(member.idNumber)],
  ];
  const values: Answers = {};
  for (const [name, value] of candidates) {
    const field = name ? step.fields.find((f) => f.name === name) : undefined;
    if (field && isValidFor(field, value, ctx)) values[field.name] = value;
  }
  return values;
}

const same = (a: unknown, b: unknown) =>
  typeof a === "string" && typeof b === "string" ? a.trim() === b.trim() : a === b;

/** Index (in `members`) of the member the answers already describe, or -1. */
export function pickedMember(
  step: StepDef,
  pick: HouseholdPick,
  members: readonly PickableMember[],
  answers: Answers,
  ctx: SchemaContext,
): number {
  return members.findIndex((m) => {
    const values = pickValues(step, pick, m, ctx);
    return pick.name in values && Object.entries(values).every(([k, v]) => same(answers[k], v));
  });
}

/** Undoing a pick ("someone else"): the fields that still hold that member's values are emptied, anything the
 * person typed since is kept. */
export function unpickValues(
  step: StepDef,
  pick: HouseholdPick,
  member: PickableMember,
  answers: Answers,
  ctx: SchemaContext,
): Answers {
  const cleared: Answers = {};
  for (const [name, value] of Object.entries(pickValues(step, pick, member, ctx))) {
    const field = step.fields.find((f) => f.name === name)!;
    if (same(answers[name], value)) cleared[name] = kindOf(field).empty(field);
  }
  return cleared;
}
