// Use case: a resident rates the service of one of their applications, online (the application page, the inbox), at
// the terminal after a task, or by replying to the result SMS (receive-sms-reply.ts). The rater must be the
// applicant; online and by SMS only once it is decided; one rating per application and channel, changeable for
// EVALUATION_CHANGE_DAYS. The department rated is the item's lead department.
import "server-only";
import { db } from "@/lib/db/client";
import { getService } from "@/lib/services";
import type { Status } from "@/lib/applications/transition/status-machine";
import { ratableIn } from "./evaluation-rules";
import { evaluationSettings } from "./evaluation-settings";
import { EvaluationError } from "./evaluation-error";
import { ratingInput } from "./rating-input";
import { recordEvaluation, type RecordedEvaluation } from "./record-evaluation";

export type Rater =
  /** The signed-in resident, on their own device or at a hall terminal. */
  | { kind: "resident"; residentId: string; channel: "online" | "terminal" }
  /** A reply from the phone number the result SMS went to (matched to its resident by receive-sms-reply.ts). */
  | { kind: "sms-reply"; residentId: string };

export async function rateApplication(
  rater: Rater,
  applicationId: string,
  input: unknown,
  now = new Date(),
): Promise<RecordedEvaluation> {
  const parsed = ratingInput.safeParse(input);
  if (!parsed.success) throw new EvaluationError("errors:evaluation.invalid");
  const channel = rater.kind === "sms-reply" ? "sms" : rater.channel;
  const app = await db.application.findFirst({
    where: { id: applicationId, applicantId: rater.residentId },
    select: { id: true, status: true, serviceSlug: true, serviceCode: true },
  });
  const service = app && getService(app.serviceSlug);
  if (!app || !service) throw new EvaluationError("errors:evaluation.notFound");
  if (!ratableIn(channel, app.status as Status)) throw new EvaluationError("errors:evaluation.notRatable");
  return db.$transaction((tx) =>
    recordEvaluation(tx, {
      residentId: rater.residentId,
      channel,
      target: {
        kind: "application",
        applicationId: app.id,
        departmentId: service.department,
        serviceCode: app.serviceCode,
      },
      rating: parsed.data,
      actor: rater.kind === "resident" ? { id: rater.residentId, role: "resident" } : null,
      settings: evaluationSettings(),
      now,
    }),
  );
}
