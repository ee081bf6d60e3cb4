"use server";
// Transport for status changes, one action per audience: who is asking comes from the session, never from the form;
// the form carries the application, the event and the event's inputs. Expected refusals come back as translation
// keys (with field errors); anything else is logged with an id and shown as a generic error.
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formLocale } from "@/lib/http/form-input";
import { getCurrentUser } from "@/lib/auth/current-user";
import { events, type EventType } from "../transition/status-machine";
import { transitionApplication, type TransitionActor } from "../transition/transition-application";
import { TransitionError } from "../transition/transition-errors";

export type TransitionState = {
  ok: boolean;
  event?: EventType;
  error?: string;
  fieldErrors?: Record<string, string>;
  at?: number;
};

const residentEvents: readonly EventType[] = ["withdraw", "undo_submit", "resubmit"];

function inputOf(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$") || key === "applicationId" || key === "event" || key === "locale") continue;
    const all = formData.getAll(key).map(String);
    input[key] = key === "materials" ? all : all[0];
  }
  return input;
}

async function run(
  actor: TransitionActor | null,
  allowed: readonly EventType[],
  formData: FormData,
): Promise<TransitionState> {
  const event = String(formData.get("event") ?? "") as EventType;
  if (!actor || !allowed.includes(event)) return { ok: false, error: "errors:transition.forbidden", at: Date.now() };
  let slug: string;
  try {
    ({ serviceSlug: slug } = await transitionApplication({
      applicationId: String(formData.get("applicationId") ?? ""),
      event,
      actor,
      input: inputOf(formData),
    }));
  } catch (e) {
    if (e instanceof TransitionError) {
      revalidatePath("/", "layout"); // "moved on": the page re-renders with the current state and buttons
      return { ok: false, event, error: e.code, fieldErrors: e.fieldErrors, at: Date.now() };
    }
    const ref = randomUUID().slice(0, 8);
    console.error(`[transition] ${ref}`, e);
    return { ok: false, event, error: "errors:error.body", at: Date.now() };
  }
  // An undone submission is a draft again: its progress page no longer exists, so go straight to the draft's review.
  if (event === "undo_submit") {
    redirect(`/${formLocale(formData)}/services/${slug}/apply/review`);
  }
  revalidatePath("/", "layout");
  return { ok: true, event, at: Date.now() };
}

export async function residentTransitionAction(_prev: TransitionState, formData: FormData): Promise<TransitionState> {
  const user = await getCurrentUser();
  return run(user?.role === "resident" ? { id: user.id, role: "resident" } : null, residentEvents, formData);
}

export async function staffTransitionAction(_prev: TransitionState, formData: FormData): Promise<TransitionState> {
  const user = await getCurrentUser();
  // Reviewers only: a clerk moves an application only at the window, for the resident served (hand-over-result.ts).
  const actor =
    user && user.role === "reviewer"
      ? { id: user.id, role: user.role, departmentId: user.department?.id ?? null }
      : null;
  return run(
    actor,
    events.filter((e) => e !== "submit" && (!residentEvents.includes(e) || e === "resubmit")),
    formData,
  );
}
