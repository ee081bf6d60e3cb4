"use server";
// Transport for rating and rectification: who acts comes from the session, never from the form. The resident rates
// (online, or at a kiosk: the session's channel) and settles a case; a reviewer answers their department's case.
// Refusals come back as translation keys; the typed values come back too, so a failed post loses nothing.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineStateAction } from "@/lib/actions/define-action";
import type { AppErrorCode } from "@/lib/http/app-error";
import { rateApplication } from "../rate-application";
import { giveVerdict } from "../give-verdict";
import { respondToCase } from "../respond-to-case";

export type EvaluationFormState = {
  ok: boolean;
  error?: string;
  /** What was posted, to show again after a refusal (React resets a form after its action). */
  values?: { score?: string; reasons?: string[]; comment?: string; response?: string };
  caseOpened?: boolean;
  at?: number;
};

const rateInput = z.object({
  applicationId: z.string(),
  score: z.string().optional(),
  reasons: z.array(z.string()).optional(),
  comment: z.string().optional(),
});

const failed = (): EvaluationFormState => ({ ok: false, error: "errors:error.body", at: Date.now() });
const unavailable = (): EvaluationFormState => ({ ok: false, error: "evaluation:form.unavailable", at: Date.now() });
const signedOut = (): EvaluationFormState => ({ ok: false, error: "errors:transition.forbidden", at: Date.now() });

export const rateApplicationAction = defineStateAction({
  name: "evaluation/rate",
  audience: "resident",
  input: rateInput,
  signedOut,
  unavailable,
  failed,
  refused: (code: AppErrorCode, { input }): EvaluationFormState => ({
    ok: false,
    error: code === "errors:request.invalid" ? "errors:evaluation.invalid" : code,
    values: input && { score: input.score, reasons: input.reasons, comment: input.comment },
    at: Date.now(),
  }),
  run: async (i, { user }): Promise<EvaluationFormState> => {
    const r = await rateApplication({ kind: "resident", residentId: user.id, channel: user.channel }, i.applicationId, {
      score: i.score,
      reasons: i.reasons ?? [],
      comment: i.comment,
    });
    revalidatePath("/", "layout");
    return { ok: true, caseOpened: r.caseOpened, at: Date.now() };
  },
});

export const giveVerdictAction = defineStateAction({
  name: "evaluation/verdict",
  audience: "resident",
  input: z.object({ caseId: z.string(), verdict: z.enum(["confirmed", "disputed"]) }),
  signedOut,
  unavailable,
  failed,
  refused: (code: AppErrorCode): EvaluationFormState => ({ ok: false, error: code, at: Date.now() }),
  run: async (i, { user }): Promise<EvaluationFormState> => {
    await giveVerdict(user.id, i.caseId, i.verdict);
    revalidatePath("/", "layout");
    return { ok: true, at: Date.now() };
  },
});

export const respondToCaseAction = defineStateAction({
  name: "evaluation/respond",
  audience: "reviewer",
  input: z.object({ caseId: z.string(), response: z.string().optional() }),
  signedOut,
  unavailable,
  failed,
  refused: (code: AppErrorCode, { input }): EvaluationFormState => ({
    ok: false,
    error: code,
    values: { response: input?.response },
    at: Date.now(),
  }),
  run: async (i, { reviewer, locale }): Promise<EvaluationFormState> => {
    if (!reviewer.departmentId) return { ok: false, error: "errors:rectification.notFound", at: Date.now() };
    await respondToCase(
      { id: reviewer.id, role: "reviewer", departmentId: reviewer.departmentId },
      i.caseId,
      i.response ?? "",
    );
    revalidatePath("/", "layout");
    // The answered case no longer shows the form: the page itself says it was sent.
    redirect(`/${locale}/review/rectification/${encodeURIComponent(i.caseId)}?sent=1`);
  },
});
