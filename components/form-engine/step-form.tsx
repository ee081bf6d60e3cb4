"use client";
// Renders ANY step of ANY service item: the fields come from the definition, the schema from the same builder the
// server uses (use-step-form.ts). Knows nothing about a particular service or channel: who it is filled in for and
// where comes from the form's channel (form-channel.tsx); saving and moving on is use-save-step.ts; the copy kept
// when a save fails is draft-rescue.ts; the error summary is error-summary.tsx.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import type { Answers, StepDef } from "@/lib/form-engine/types";
import { messageTextIn } from "@/lib/form-engine/field-kinds/traits";
import { buttonClasses } from "@/components/ui/button-classes";
import { FieldView } from "./fields/field-view";
import { HouseholdPicker, pickedNotes, type PickMember } from "./household-picker";
import { PrefilledSummary, type SummaryRow } from "./prefilled-summary";
import { rescueKey, useDraftRescue } from "./draft-rescue";
import { useFormChannel } from "./form-channel";
import { useStepForm } from "./use-step-form";
import { useKindTraits } from "./kind-traits";
import { SAVE_AND_STAY, useSaveStep } from "./use-save-step";
import { ErrorSummary, firstMessages } from "./error-summary";
import { ShortcutList, useWindowKeys } from "@/components/window/window-keys";
import { SESSION_ENDING } from "@/components/a11y/session-warning";

export type { PickMember, SummaryRow };

type Props = {
  step: StepDef;
  answers: Answers;
  today: string;
  backHref: string | null;
  uploadNames: Record<string, string>;
  /** Fields whose value came from the profile, with where from ("from your profile · verified…"). */
  notes: Record<string, string>;
  /** Every answer of the step came from the profile: a card to confirm them, and a link to change them. */
  summaryCard?: { rows: SummaryRow[]; changeHref: string };
  /** Household members the step's `householdPick` offers (empty when it has none). */
  pickMembers: PickMember[];
  /** At the window and the kiosk: the masks of the identifiers sent, accepted unchanged by the schema. */
  masks?: string[];
};

export function StepForm({
  step,
  answers,
  today,
  backHref,
  uploadNames,
  notes,
  summaryCard,
  pickMembers,
  masks,
}: Props) {
  const where = useFormChannel()!;
  const { locale, channel, windowSession } = where;
  const { t } = useTranslation(["form", "validation", "errors"]);
  const traits = useKindTraits();
  const { form, defaults, current, visible } = useStepForm({ step, answers, channel, today, masks });
  const keep = useDraftRescue(rescueKey(where, where.slug, step.id), (kept) => form.reset({ ...defaults, ...kept }));
  const { onValid, serverError, clearServerError, saved, retrying, keepBeforeSessionEnds } = useSaveStep({
    where,
    stepId: step.id,
    visible,
    form,
    keep,
  });
  // The session is about to end (session-warning.tsx): keep and try to save what is typed.
  useEffect(() => {
    const onEnding = () => void keepBeforeSessionEnds();
    window.addEventListener(SESSION_ENDING, onEnding);
    return () => window.removeEventListener(SESSION_ENDING, onEnding);
  }, [keepBeforeSessionEnds]);
  // A summary card whose values do not validate (a rule changed since) opens the fields with the errors.
  const [editing, setEditing] = useState(!summaryCard);
  const formRef = useRef<HTMLFormElement>(null);
  useWindowKeys(Boolean(windowSession), formRef, {
    backHref,
    onSave: () => formRef.current?.requestSubmit(document.getElementById(SAVE_AND_STAY) as HTMLButtonElement | null),
  });
  const pick = step.householdPick;
  const picked = pick ? pickedNotes(pick, pickMembers, current) : {};

  return (
    <form
      ref={formRef}
      method="post"
      noValidate
      onSubmit={form.handleSubmit(onValid, () => {
        clearServerError();
        setEditing(true);
      })}
    >
      <ErrorSummary
        locale={locale}
        messages={firstMessages(form.formState.errors)}
        serverError={serverError}
        submitCount={form.formState.submitCount}
      />
      {summaryCard && !editing ? (
        <PrefilledSummary rows={summaryCard.rows} changeHref={summaryCard.changeHref} />
      ) : (
        visible.map((field) => {
          const e = form.formState.errors[field.name];
          const message = e && typeof e.message === "string" ? messageTextIn(traits, e.message, t) : undefined;
          // Where the value came from, while it is still that value: a household member picked, or the profile.
          const note =
            picked[field.name] ??
            (field.name in notes && !form.getFieldState(field.name).isDirty ? notes[field.name] : undefined);
          return (
            <div key={field.name}>
              {pick && field.name === pick.name && pickMembers.length > 0 && (
                <HouseholdPicker
                  pick={pick}
                  members={pickMembers}
                  form={form}
                  answers={answers}
                  kinds={Object.fromEntries(step.fields.map((f) => [f.name, f.kind]))}
                  locale={locale}
                />
              )}
              <FieldView
                field={field}
                path={field.name}
                locale={locale}
                form={form}
                error={message}
                note={note}
                uploadNames={uploadNames}
              />
            </div>
          );
        })
      )}
      <p className="text-muted mb-4">{t("savedNote")}</p>
      <div className="flex flex-wrap gap-4 items-center">
        <button type="submit" className={buttonClasses.primary} disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("saving") : summaryCard && !editing ? t("summary.confirm") : t("next")}
        </button>
        {backHref && (
          <a href={backHref} className={buttonClasses.secondary}>
            {t("back")}
          </a>
        )}
      </div>
      <p
        role="status"
        className={`mt-3 text-lg font-semibold${retrying ? " border-s-4 border-danger bg-danger-bg p-4 rounded-e-md" : ""}`}
      >
        {retrying ? t("saveRetrying") : saved ? t(windowSession ? "window:keys.saved" : "saveRetried") : ""}
      </p>
      {windowSession && <button id={SAVE_AND_STAY} type="submit" hidden tabIndex={-1} />}
      {windowSession && <ShortcutList />}
    </form>
  );
}
