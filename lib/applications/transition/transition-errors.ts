// Expected refusals of a status change, as translation keys for the person who tried it.
import type { Refusal } from "./status-machine";

export type TransitionErrorCode =
  | "errors:transition.forbidden"
  | "errors:transition.movedOn"
  | "errors:transition.supplementAlreadyRequested"
  | "errors:transition.partDecided"
  | "errors:transition.undoExpired"
  | "errors:transition.noOverduePledge"
  | "errors:transition.materialsMissing"
  | "errors:transition.otherDraft"
  | "errors:transition.invalidInput";

export class TransitionError extends Error {
  constructor(
    public readonly code: TransitionErrorCode,
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
