"use server";
// Transport for status changes, one action per audience: who is asking comes from the session, never from the form;
// the form carries the application, the event and the event's inputs. Expected refusals come back as translation
// keys (with field errors); anything else is logged with a reference and shown as a generic error.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineStateAction } from "@/lib/actions/define-action";
import { AppError, type AppErrorCode } from "@/lib/http/app-error";
import type { Locale } from "@/lib/i18n/config";
import { events, type EventType } from "../transition/status-machine";
import { transitionApplication, type TransitionActor } from "../transition/transition-application";
import { TransitionError } from "../transition/transition-errors";
import { applyPath } from "../paths";

export type TransitionState = {
  ok: boolean;
  event?: EventType;
  error?: string;
  fieldErrors?: Record<string, string>;
  at?: number;
};

const residentEvents: readonly EventType[] = ["withdraw", "undo_submit", "resubmit"];
// Reviewers only: a clerk moves an application only at the window, for the resident served (hand-over-result.ts).
const reviewerEvents = events.filter((e) => e !== "submit" && (!residentEvents.includes(e) || e === "resubmit"));

// The event's own inputs (a note, a legal basis, the materials asked for) pass through; the use case validates them.
const input = z.looseObject({
  applicationId: z.string(),
  event: z.enum(events),
  materials: z.array(z.string()).optional(),
});
type Input = z.infer<typeof input>;

const refused = (code: AppErrorCode, { input, error }: { input?: Input; error?: AppError }): TransitionState => {
  if (error instanceof TransitionError) revalidatePath("/", "layout"); // "moved on": re-render the current state
  return {
    ok: false,
    event: input?.event,
    error: code === "errors:request.invalid" ? "errors:transition.forbidden" : code,
    fieldErrors: error instanceof TransitionError ? error.fieldErrors : undefined,
    at: Date.now(),
  };
};
const forbidden = (): TransitionState => ({ ok: false, error: "errors:transition.forbidden", at: Date.now() });
const failed = (): TransitionState => ({ ok: false, error: "errors:error.body", at: Date.now() });

async function run(actor: TransitionActor, allowed: readonly EventType[], i: Input, locale: Locale) {
  if (!allowed.includes(i.event)) throw new TransitionError("errors:transition.forbidden");
  const { applicationId, event, ...rest } = i;
  const eventInput = Object.fromEntries(Object.entries(rest).filter(([k]) => k !== "locale" && k !== "session"));
  const { serviceSlug } = await transitionApplication({ applicationId, event, actor, input: eventInput });
  // An undone submission is a draft again: its progress page no longer exists, so go straight to the draft's review.
  if (event === "undo_submit") redirect(applyPath({ locale }, serviceSlug, "review"));
  // Wide on purpose, and not costly (checked against next 16.4, issue 23): every page here is rendered per request
  // (CSP nonce), so there is no server-side page or data cache to purge; revalidatePath only records one implicit
  // tag ("_N_T_/layout", the same single tag as a narrow path) and marks the action as revalidating, which re-renders
  // the page being viewed in the action's answer (any revalidatePath does that), and a server function's
  // revalidatePath currently clears the browser's whole router cache whatever the path (Next's docs). A narrow path
  // would only risk leaving a changed page (list, inbox, queue, the header's links) stale once Next narrows that.
  revalidatePath("/", "layout");
  return { ok: true, event, at: Date.now() } satisfies TransitionState;
}

export const residentTransitionAction = defineStateAction({
  name: "transition/resident",
  audience: "resident",
  input,
  signedOut: forbidden,
  refused,
  failed,
  run: (i, { user, locale }): Promise<TransitionState> =>
    run({ id: user.id, role: "resident" }, residentEvents, i, locale),
});

export const staffTransitionAction = defineStateAction({
  name: "transition/reviewer",
  audience: "reviewer",
  input,
  signedOut: forbidden,
  refused,
  failed,
  run: (i, { reviewer, locale }): Promise<TransitionState> => run(reviewer, reviewerEvents, i, locale),
});
