// The evaluation rules' settings, from the environment (lib/env.ts; defaults 5, 5 and 7).
import "server-only";
import { env } from "@/lib/env";
import type { EvaluationSettings } from "./evaluation-rules";

export function evaluationSettings(): EvaluationSettings {
  const e = env();
  return {
    rectificationWorkingDays: e.RECTIFICATION_WORKING_DAYS,
    defaultSatisfiedWorkingDays: e.DEFAULT_SATISFIED_WORKING_DAYS,
    changeDays: e.EVALUATION_CHANGE_DAYS,
  };
}
