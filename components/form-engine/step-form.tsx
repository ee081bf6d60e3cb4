"use client";
// Renders ANY step of ANY service item: the fields come from the definition, the schema from the same builder the
// server uses. Knows nothing about a particular service. Nothing typed is lost: on a session that expired, the
// values are kept in this browser and restored after signing in again.
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslation } from "react-i18next";
import { buildStepSchema } from "@/lib/form-engine/build-step-schema";
import { fieldVisible } from "@/lib/form-engine/journey";
import { kindOf } from "@/lib/form-engine/field-kinds/field-schema";
import type { Answers, Channel, StepDef } from "@/lib/form-engine/types";
import type { Locale } from "@/lib/i18n/config";
import { saveStepAction } from "@/lib/applications/actions/save-step-action";
import { signInUrl } from "@/lib/http/paths";
import { buttonClasses } from "@/components/ui/button-classes";
import { FieldView } from "./fields/field-view";
import { fieldId } from "./fields/field-props";
import { HouseholdPicker, pickedNotes, type PickMember } from "./household-picker";
import { PrefilledSummary, type SummaryRow } from "./prefilled-summary";
import { rescueKey } from "./draft-rescue";
import { ShortcutList, useWindowKeys } from "@/components/window/window-keys";
import { WindowSessionContext } from "@/components/window/window-session-context";
import { messageText } from "@/lib/form-engine/field-kinds/message-text";

export type { PickMember, SummaryRow };

type Props = {
  locale: Locale;
  slug: string;
  step: StepDef;
  answers: Answers;
  channel: Channel;
  today: string;
  basePath: string; // /zh/services/<slug>/apply
  backHref: string | null;
  uploadNames: Record<string, string>;
  /** Fields whose value came from the profile, with where from ("from your profile · verified…"). */
  notes: Record<string, string>;
  /** Every answer of the step came from the profile: a card to confirm them, and a link to change them. */
  summaryCard?: { rows: SummaryRow[]; changeHref: string };
  /** Household members the step's `householdPick` offers (empty when it has none). */
  pickMembers: PickMember[];
  /** At the window: the consented session the clerk enters this for (keyboard-first: focus, shortcuts). */
  windowSession?: string;
  /** Whose application this is: the key of the copy kept when a save fails (draft-rescue.ts). */
  applicantId: string;
  /** At the window and the kiosk: the masks of the identifiers sent, accepted unchanged by the schema. */
  masks?: string[];
};

type Values = Record<string, unknown>;

function firstMessages(errors: FieldErrors, prefix = ""): Array<{ path: string; message: string }> {
  return Object.entries(errors).flatMap(([k, v]) => {
    if (!v) return [];
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof (v as { message?: unknown }).message === "string")
      return [{ path, message: (v as { message: string }).message }];
    return typeof v === "object" ? firstMessages(v as FieldErrors, path) : [];
  });
}

export function StepForm({
  locale,
  slug,
  step,
  answers,
  channel,
  today,
  basePath,
  backHref,
  uploadNames,
  notes,
  summaryCard,
  pickMembers,
  windowSession,
  applicantId,
  masks,
}: Props) {
  const { t } = useTranslation(["form", "validation", "errors"]);
  const storageKey = rescueKey({ applicantId, windowSession }, slug, step.id);
  const defaults = useMemo(
    () => Object.fromEntries(step.fields.map((f) => [f.name, answers[f.name] ?? kindOf(f).empty(f)])),
    [step, answers],
  );
  const form = useForm<Values>({
    defaultValues: defaults,
    shouldFocusError: false,
    // The schema depends on the values (conditional fields), so it is rebuilt for each validation.
    resolver: ((values: Values, ctx: unknown, opts: unknown) =>
      zodResolver(buildStepSchema(step, { ...answers, ...values }, channel, { today, masks }) as never)(
        values,
        ctx,
        opts as never,
      )) as Resolver<Values>,
  });
  const [serverError, setServerError] = useState<string | null>(null);
  // A summary card whose values do not validate (a rule changed since) opens the fields with the errors.
  const [editing, setEditing] = useState(!summaryCard);
  const summary = useRef<HTMLDivElement>(null);
  const values = useWatch({ control: form.control }) as Values;
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  // "Save" (Alt+S at the window) validates and saves like "next" but stays on the step: it submits through a
  // hidden second submit button, whose value onValid reads from the submit event.
  const [saved, setSaved] = useState(false);
  useWindowKeys(Boolean(windowSession), formRef, {
    backHref,
    onSave: () => formRef.current?.requestSubmit(document.getElementById("save-and-stay") as HTMLButtonElement | null),
  });
  const visible = step.fields.filter((f) => fieldVisible(f, { ...answers, ...values }, channel));
  const messages = firstMessages(form.formState.errors);
  const pick = step.householdPick;
  const picked = pick ? pickedNotes(step, pick, pickMembers, { ...answers, ...values }, { today, masks }) : {};

  // Restore what was typed before a session expired.
  useEffect(() => {
    const saved = sessionStorage.getItem(storageKey);
    if (!saved) return;
    sessionStorage.removeItem(storageKey);
    try {
      form.reset({ ...defaults, ...(JSON.parse(saved) as Values) });
    } catch {
      // ignore a corrupt copy
    }
  }, [storageKey, defaults, form]);

  useEffect(() => {
    if (form.formState.submitCount > 0 && (messages.length || serverError)) summary.current?.focus();
  }, [form.formState.submitCount, messages.length, serverError]);

  async function onValid(data: Values, event?: React.BaseSyntheticEvent) {
    const stayHere = (event?.nativeEvent as SubmitEvent | undefined)?.submitter?.id === "save-and-stay";
    setServerError(null);
    setSaved(false);
    const visibleNames = new Set(visible.map((f) => f.name));
    const payload = Object.fromEntries(Object.entries(data).filter(([k]) => visibleNames.has(k)));
    try {
      const r = await saveStepAction({ slug, stepId: step.id, values: payload, session: windowSession });
      if (r.ok && stayHere) {
        setSaved(true);
        return;
      }
      if (r.ok) {
        router.push(r.nextStepId ? `${basePath}/${r.nextStepId}` : `${basePath}/review`);
        return;
      }
      if (r.sessionExpired) {
        sessionStorage.setItem(storageKey, JSON.stringify(data));
        router.push(signInUrl(locale, windowSession ? "staff" : "resident", `${basePath}/${step.id}`));
        return;
      }
      if (r.errors) for (const [path, message] of Object.entries(r.errors)) form.setError(path as never, { message });
      if (r.errorKey) setServerError(r.errorKey);
    } catch {
      sessionStorage.setItem(storageKey, JSON.stringify(data));
      setServerError("errors:upload.failed");
    }
  }

  const showSummary = form.formState.submitCount > 0 && (messages.length > 0 || serverError);
  return (
    <WindowSessionContext.Provider value={windowSession}>
      <form
        ref={formRef}
        method="post"
        noValidate
        onSubmit={form.handleSubmit(onValid, () => {
          setServerError(null);
          setEditing(true);
        })}
      >
        {showSummary && (
          <div
            ref={summary}
            tabIndex={-1}
            role="alert"
            className="border-s-4 border-danger bg-danger-bg p-4 my-4 rounded-e-md"
          >
            <h2 className="font-bold text-xl mb-2">{t("errorSummary")}</h2>
            <ul className="list-disc ps-6 text-lg">
              {serverError && <li>{t(serverError)}</li>}
              {messages.map((m) => (
                <li key={m.path}>
                  <a href={`#${fieldId(m.path)}`}>{messageText(m.message, locale, t)}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {summaryCard && !editing ? (
          <PrefilledSummary rows={summaryCard.rows} changeHref={summaryCard.changeHref} />
        ) : (
          visible.map((field) => {
            const e = form.formState.errors[field.name];
            const message = e && typeof e.message === "string" ? messageText(e.message, locale, t) : undefined;
            // Where the value came from, while it is still that value: a household member picked, or the profile.
            const note =
              picked[field.name] ??
              (field.name in notes && !form.getFieldState(field.name).isDirty ? notes[field.name] : undefined);
            return (
              <div key={field.name}>
                {pick && field.name === pick.name && pickMembers.length > 0 && (
                  <HouseholdPicker
                    step={step}
                    pick={pick}
                    members={pickMembers}
                    form={form}
                    answers={answers}
                    ctx={{ today, masks }}
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
                  slug={slug}
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
        <p role="status" className="mt-3 text-lg font-semibold">
          {saved ? t("window:keys.saved") : ""}
        </p>
        {windowSession && <button id="save-and-stay" type="submit" hidden tabIndex={-1} />}
        {windowSession && <ShortcutList />}
      </form>
    </WindowSessionContext.Provider>
  );
}
