"use client";
import { useActionState } from "react";
import { residentTransitionAction, type TransitionState } from "@/lib/applications/actions/transition-action";

/** A resident's status-change form: the server action's state (error key, field errors) for the view. */
export function useResidentTransition() {
  return useActionState<TransitionState, FormData>(residentTransitionAction, { ok: false });
}
