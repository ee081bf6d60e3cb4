// The rules of service evaluation (好差评, GB/T 39735), pure so they can be tested and shared by every channel.
// Five levels: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. A rating of 1 or 2 is a "bad rating" (差评):
// it opens a rectification case for the department. 3 and better count as satisfied (好评), as the national
// 好差评 statistics count them. Reasons are a fixed list (so they can be counted); the comment is free text.
import { addWorkingDays } from "@/lib/calendar/working-days";
import type { Status } from "@/lib/applications/transition/status-machine";

export const SCORES = [5, 4, 3, 2, 1] as const;
export type Score = (typeof SCORES)[number];

export const REASONS = [
  "slow",
  "same_material_twice",
  "unclear_guide",
  "staff_attitude",
  "system_problem",
  "not_solved",
] as const;
export type Reason = (typeof REASONS)[number];

export const COMMENT_MAX = 500;

export type EvaluationChannel = "online" | "window" | "terminal" | "sms";

export type EvaluationSettings = {
  rectificationWorkingDays: number;
  defaultSatisfiedWorkingDays: number;
  changeDays: number;
};

export function isScore(n: unknown): n is Score {
  return typeof n === "number" && (SCORES as readonly number[]).includes(n);
}

/** A bad rating (差评): opens a rectification case. */
export function isBadRating(score: number): boolean {
  return score <= 2;
}

/** Counted as satisfied in the statistics (好评: 基本满意 and better). */
export function isSatisfied(score: number): boolean {
  return score >= 3;
}

/** Decided: the statuses after which the resident is asked to rate the service online, in the inbox and by SMS. */
export const RATABLE_STATUSES: readonly Status[] = ["approved", "refused", "not_accepted", "result_issued", "closed"];

/** May this application be rated in this channel now? At the terminal right after the task; elsewhere once decided. */
export function ratableIn(channel: EvaluationChannel, status: Status): boolean {
  if (status === "draft" || status === "withdrawn") return false;
  if (channel === "terminal" || channel === "window") return true;
  return RATABLE_STATUSES.includes(status);
}

/** Until when a rating given at `at` may be changed. */
export function changeableUntil(at: Date, settings: Pick<EvaluationSettings, "changeDays">): Date {
  return new Date(at.getTime() + settings.changeDays * 86_400_000);
}

/** The date a rectification case opened on `openedOn` is due. */
export function rectificationDueBy(openedOn: string, settings: Pick<EvaluationSettings, "rectificationWorkingDays">) {
  return addWorkingDays(openedOn, settings.rectificationWorkingDays);
}

/** What a (changed) rating does to the case of its evaluation: open one, withdraw the open one, or nothing. */
export function caseEffect(score: number, existingCase: { status: string } | null): "open" | "withdraw" | "none" {
  if (isBadRating(score)) return existingCase && existingCase.status !== "withdrawn" ? "none" : "open";
  return existingCase?.status === "open" ? "withdraw" : "none";
}

/** Reasons as given, kept only if on the list, each once, in the list's order. */
export function cleanReasons(given: readonly unknown[]): Reason[] {
  return REASONS.filter((r) => given.includes(r));
}
