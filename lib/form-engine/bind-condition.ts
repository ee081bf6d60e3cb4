// Binding a condition to facts known in advance (pure): fields with a fixed value are evaluated now, the others are
// renamed. Used when a bundle reuses a member item's steps: the member's `insuredPerson` is fixed to "newborn", so a
// condition on it is simply true or false there, and `babyName` is asked once under the bundle's own name.
import { holds } from "./conditions";
import type { Condition } from "./types";

export type FieldBinding = { fixed: true; value: unknown } | { fixed: false; name: string };

/** The condition with fixed fields evaluated and the rest renamed: `true`/`false` when nothing is left to ask. */
export function bindCondition(condition: Condition, bind: (field: string) => FieldBinding): Condition | boolean {
  if ("all" in condition) {
    const parts = condition.all.map((c) => bindCondition(c, bind));
    if (parts.includes(false)) return false;
    const open = parts.filter((p): p is Condition => p !== true);
    return open.length === 0 ? true : open.length === 1 ? open[0]! : { all: open };
  }
  if ("any" in condition) {
    const parts = condition.any.map((c) => bindCondition(c, bind));
    if (parts.includes(true)) return true;
    const open = parts.filter((p): p is Condition => p !== false);
    return open.length === 0 ? false : open.length === 1 ? open[0]! : { any: open };
  }
  if ("not" in condition) {
    const inner = bindCondition(condition.not, bind);
    return typeof inner === "boolean" ? !inner : { not: inner };
  }
  const b = bind(condition.field);
  if (b.fixed) return holds(condition, { [condition.field]: b.value });
  return { ...condition, field: b.name };
}

/** Both conditions must hold (either may be absent). */
export function bothHold(a: Condition | undefined, b: Condition | undefined): Condition | undefined {
  if (!a) return b;
  if (!b) return a;
  return { all: [a, b] };
}
