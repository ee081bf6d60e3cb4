// prefillAnswers: what the profile can fill in a service item's form, for every channel. Pure and total: each value
// is checked with its field's own schema and left out when it would not validate; nothing here throws.
import { fieldSchema, kindOf } from "@/lib/form-engine/field-kinds/field-schema";
import type { SchemaContext } from "@/lib/form-engine/field-kinds/kind";
import type { Answers, FieldDef, GroupField, PrefillSource, ServiceDef } from "@/lib/form-engine/types";
import { derivedFacts, type HouseholdMemberFacts, type ProfileSnapshot } from "./profile-snapshot";

export type PrefillResult = { answers: Answers; sources: Record<string, PrefillSource> };

function valueOf(source: PrefillSource, profile: ProfileSnapshot): unknown {
  const derived = derivedFacts(profile);
  switch (source) {
    case "birthDate":
      return derived.birthDate;
    case "gender":
      return derived.gender;
    case "householdMembers":
      return profile.householdMembers;
    case "member.relation":
    case "member.name":
    case "member.idNumber":
      return undefined; // only inside a group
    default:
      return profile[source] ?? undefined;
  }
}

/** Would this value pass its field's schema (and is it not empty)? Never throws. */
export function isValidFor(field: FieldDef, value: unknown, ctx: SchemaContext): boolean {
  try {
    return !kindOf(field).isEmpty(value) && fieldSchema(field, ctx).safeParse(value).success;
  } catch {
    return false;
  }
}

const memberKey = { "member.relation": "relation", "member.name": "name", "member.idNumber": "idNumber" } as const;

/** Group items from household members: the member's own facts filled where valid, the rest left for the person. */
function prefillGroup(field: GroupField, members: readonly HouseholdMemberFacts[], ctx: SchemaContext): Answers[] {
  return members.flatMap((m) => {
    let filled = 0;
    const item: Answers = {};
    for (const sub of field.fields) {
      const key = sub.prefill && sub.prefill in memberKey ? memberKey[sub.prefill as keyof typeof memberKey] : null;
      const v = key ? m[key] : undefined;
      if (key && isValidFor(sub, v, ctx)) {
        item[sub.name] = v;
        filled++;
      } else {
        item[sub.name] = kindOf(sub).empty(sub);
      }
    }
    return filled > 0 ? [item] : [];
  });
}

export function prefillAnswers(
  service: ServiceDef,
  profile: ProfileSnapshot | null | undefined,
  ctx: SchemaContext,
): PrefillResult {
  const result: PrefillResult = { answers: {}, sources: {} };
  if (!profile) return result;
  for (const step of service.steps) {
    for (const field of step.fields) {
      if (!field.prefill) continue;
      try {
        const raw = valueOf(field.prefill, profile);
        if (field.kind === "group") {
          const items = Array.isArray(raw) ? prefillGroup(field, raw as HouseholdMemberFacts[], ctx) : [];
          if (items.length) {
            result.answers[field.name] = items;
            result.sources[field.name] = field.prefill;
          }
        } else if (isValidFor(field, raw, ctx)) {
          result.answers[field.name] = raw;
          result.sources[field.name] = field.prefill;
        }
      } catch {
        // A malformed stored value never breaks the form: the field is simply not prefilled.
      }
    }
  }
  return result;
}

/** Prefill only what the person has not answered yet (their own answer, even an emptied one, wins). */
export function mergePrefill(
  answers: Answers,
  prefill: PrefillResult,
): { answers: Answers; prefilled: Record<string, PrefillSource> } {
  const merged: Answers = { ...answers };
  const prefilled: Record<string, PrefillSource> = {};
  for (const [name, value] of Object.entries(prefill.answers)) {
    if (answers[name] === undefined) {
      merged[name] = value;
      prefilled[name] = prefill.sources[name]!;
    }
  }
  return { answers: merged, prefilled };
}

/** JSON with object keys sorted, so that an address saved in a draft compares equal to the profile's. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Fields whose answer is the profile's value: just prefilled, or saved earlier and still the same. These are the
 * answers that "came from the profile" (a summary card when a whole step is such, a source note per field). */
export function answersFromProfile(answers: Answers, prefill: PrefillResult): Record<string, PrefillSource> {
  const from: Record<string, PrefillSource> = {};
  for (const [name, value] of Object.entries(prefill.answers)) {
    if (answers[name] !== undefined && canonical(answers[name]) === canonical(value))
      from[name] = prefill.sources[name]!;
  }
  return from;
}
