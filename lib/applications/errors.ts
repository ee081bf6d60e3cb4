// Expected failures of application use cases. `code` is a translation key shown to the person (lib/http/app-error.ts).
import { AppError, type AppErrorCode } from "@/lib/http/app-error";

export type ApplicationErrorCode = Extract<AppErrorCode, `errors:application.${string}`>;

export class ApplicationError extends AppError<ApplicationErrorCode> {
  constructor(
    code: ApplicationErrorCode,
    /** The step to send the person back to (an incomplete step, the step of a file that is not theirs). */
    public readonly stepId?: string,
  ) {
    super(code);
  }
}
