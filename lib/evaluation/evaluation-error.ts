// Expected refusals of the evaluation and rectification use cases (codes are keys in errors.json).
import { AppError, type AppErrorCode } from "@/lib/http/app-error";

export type EvaluationErrorCode = Extract<
  AppErrorCode,
  `errors:evaluation.${string}` | `errors:rectification.${string}`
>;

export class EvaluationError extends AppError<EvaluationErrorCode> {}
