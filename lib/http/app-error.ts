// The one code list of expected failures a person is told about. Each code is a translation key in errors.json
// (unit test: both languages have every one), so an action maps a refusal to a message without a switch of its own.
// Use cases throw a subclass (ApplicationError, TransitionError) that carries what its pages need besides the code.
export const appErrorCodes = [
  "errors:request.invalid",
  "errors:application.notFound",
  "errors:application.notEditable",
  "errors:application.incomplete",
  "errors:application.unknownStep",
  "errors:application.consentMissing",
  "errors:application.otherChannel",
  "errors:application.fileNotUploaded",
  "errors:application.assuranceMissing",
  "errors:transition.forbidden",
  "errors:transition.movedOn",
  "errors:transition.supplementAlreadyRequested",
  "errors:transition.partDecided",
  "errors:transition.undoExpired",
  "errors:transition.noOverduePledge",
  "errors:transition.materialsMissing",
  "errors:transition.otherDraft",
  "errors:transition.invalidInput",
  "errors:evaluation.notFound",
  "errors:evaluation.notRatable",
  "errors:evaluation.locked",
  "errors:evaluation.invalid",
  "errors:rectification.notFound",
  "errors:rectification.notOpen",
  "errors:rectification.notResponded",
  "errors:rectification.responseMissing",
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export class AppError<C extends AppErrorCode = AppErrorCode> extends Error {
  constructor(public readonly code: C) {
    super(code);
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
