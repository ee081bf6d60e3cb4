import type { Answers, Condition } from "./types";

/** Evaluates a declarative condition against the answers so far. Unknown fields count as not given. */
export function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  if ("all" in condition) return condition.all.every((c) => holds(c, answers));
  if ("any" in condition) return condition.any.some((c) => holds(c, answers));
  if ("not" in condition) return !holds(condition.not, answers);
  const value = answers[condition.field];
  if ("equals" in condition) return value === condition.equals;
  if ("in" in condition) return typeof value === "string" && condition.in.includes(value);
  return value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0);
}
