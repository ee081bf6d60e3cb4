"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { staffTransitionAction, type TransitionState } from "@/lib/applications/actions/transition-action";
import type { EventType } from "@/lib/applications/transition/status-machine";
import { ActionForm, type ActionChoices } from "./action-form";

type Props = { applicationId: string; actions: EventType[]; choices: ActionChoices };

// Every action this reviewer may take now, sharing one action state: after a success (or "someone else moved it
// on") the server re-renders the page with the new status and buttons, the form that was used may disappear, and
// the outcome stays here, where focus is moved so it is read out.
export function ActionPanel({ applicationId, actions, choices }: Props) {
  const { t } = useTranslation(["workbench", "errors"]);
  const [state, action, pending] = useActionState<TransitionState, FormData>(staffTransitionAction, { ok: false });
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.at) message.current?.focus();
  }, [state.at]);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => action(data));
  };
  const fieldErrors = state.fieldErrors && Object.keys(state.fieldErrors).length ? state.fieldErrors : null;
  return (
    <>
      <div ref={message} tabIndex={-1} className="focus:outline-none">
        {state.at && state.ok && state.event && (
          <div role="status" className="border-s-4 border-ok bg-ok-bg p-4 my-4 rounded-e-md text-lg font-semibold">
            {t("action.done", { action: t(`action.${state.event}`) })}
          </div>
        )}
        {state.at && !state.ok && state.error && (
          <div
            role="alert"
            className="border-s-4 border-danger bg-danger-bg p-4 my-4 rounded-e-md text-lg font-semibold"
          >
            {t(state.error)}
          </div>
        )}
      </div>
      {actions.length === 0 ? (
        <p className="text-lg">{t("detail.noActions")}</p>
      ) : (
        actions.map((event) => (
          <ActionForm
            key={event}
            applicationId={applicationId}
            event={event}
            choices={choices}
            pending={pending}
            onSubmit={submit}
            action={action}
            fieldErrors={fieldErrors && state.event === event ? fieldErrors : {}}
          />
        ))
      )}
    </>
  );
}
