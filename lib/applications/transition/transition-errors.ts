// Expected refusals of a status change, as translation keys for the person who tried it (lib/http/app-error.ts).
import { AppError, type AppErrorCode } from "@/lib/http/app-error";
import type { Refusal } from "./status-machine";

export type TransitionErrorCode = Extract<AppErrorCode, `errors:transition.${string}`>;

export class TransitionError extends AppError<TransitionErrorCode> {
  constructor(
    code: TransitionErrorCode,
    /** Field → translation key, for the form that posted the event. */
    public readonly fieldErrors: Record<string, string> = {},
  ) {
    super(code);
  }
}

export const refusalCode: Record<Refusal, TransitionErrorCode> = {
  forbidden: "errors:transition.forbidden",
  // Not from this status: with the page's buttons computed from the same rule, it means someone moved it on.
  invalidState: "errors:transition.movedOn",
  supplementAlreadyRequested: "errors:transition.supplementAlreadyRequested",
  partDecided: "errors:transition.partDecided",
  undoExpired: "errors:transition.undoExpired",
  noOverduePledge: "errors:transition.noOverduePledge",
};
