// Expected failures of application use cases. `code` is a translation key shown to the person.
export type ApplicationErrorCode =
  | "errors:application.notFound"
  | "errors:application.notEditable"
  | "errors:application.incomplete"
  | "errors:application.unknownStep"
  | "errors:application.consentMissing"
  | "errors:application.otherChannel"
  | "errors:application.fileNotUploaded";

export class ApplicationError extends Error {
  constructor(
    public readonly code: ApplicationErrorCode,
    public readonly stepId?: string,
  ) {
    super(code);
  }
}
