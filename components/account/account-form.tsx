"use client";
// The shell of every account form (sign-in, registration, reset, password, number): a plain <form> posting to its
// server action, so it works before (or without) JavaScript; with JavaScript, useActionState keeps the page and
// moves focus to the error summary. Errors come back as translation keys, with the non-secret values typed.
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import type { Locale } from "@/lib/i18n/config";
import type { AccountFormState } from "@/lib/accounts/actions/form-state";

export type FieldProps = { id: string; name: string; error?: string; defaultValue?: string };

type Props = {
  action: (previous: AccountFormState, form: FormData) => Promise<AccountFormState>;
  locale: Locale;
  /** Prefix of the field ids (two forms on one page must not share ids). */
  idPrefix: string;
  hidden?: Record<string, string>;
  children: (ctx: { state: AccountFormState; pending: boolean; field: (name: string) => FieldProps }) => ReactNode;
};

export function AccountForm({ action, locale, idPrefix, hidden = {}, children }: Props) {
  const { t } = useTranslation(["account", "validation", "auth"]);
  const [state, formAction, pending] = useActionState(action, {});
  const summary = useRef<HTMLDivElement>(null);
  const errors = Object.entries(state.errors ?? {});
  const hasProblem = !!state.error || errors.length > 0;
  useEffect(() => {
    if (hasProblem) summary.current?.focus();
  }, [state, hasProblem]);
  const field = (name: string): FieldProps => ({
    id: `${idPrefix}-${name}`,
    name,
    error: state.errors?.[name] ? t(state.errors[name]) : undefined,
    defaultValue: state.values?.[name],
  });
  return (
    <form action={formAction} noValidate aria-describedby={hasProblem ? `${idPrefix}-problem` : undefined}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {hasProblem && (
        <div
          ref={summary}
          tabIndex={-1}
          id={`${idPrefix}-problem`}
          role="alert"
          className="border-s-4 border-danger bg-danger-bg p-4 my-4 rounded-e-md"
        >
          {state.error ? (
            <p className="font-semibold text-lg">{t(state.error.key, state.error.values)}</p>
          ) : (
            <>
              <p className="font-semibold text-lg mb-2">{t("validation:errorSummary")}</p>
              <ul className="list-disc ps-6">
                {errors.map(([f, key]) => (
                  <li key={f}>
                    <a href={`#${idPrefix}-${f}`}>{t(key)}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {state.notice && !hasProblem && (
        <div role="status" className="border-s-4 border-ok bg-ok-bg p-4 my-4 rounded-e-md text-lg">
          {t(state.notice.key, state.notice.values)}
        </div>
      )}
      {children({ state, pending, field })}
    </form>
  );
}
