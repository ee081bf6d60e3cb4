"use client";
// The error summary at the top of a step (GOV.UK pattern): every problem in words, each linked to its field, focused
// after a failed submit so a screen reader announces it.
import { useEffect, useRef } from "react";
import type { FieldErrors } from "react-hook-form";
import { useTranslation } from "@/components/i18n/use-translation";
import { messageTextIn } from "@/lib/form-engine/field-kinds/traits";
import { useKindTraits } from "./kind-traits";
import type { Locale } from "@/lib/i18n/config";
import { fieldId } from "./fields/field-props";

/** The first message of every field with an error, nested paths ("household.0.name") included. */
export function firstMessages(errors: FieldErrors, prefix = ""): Array<{ path: string; message: string }> {
  return Object.entries(errors).flatMap(([k, v]) => {
    if (!v) return [];
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof (v as { message?: unknown }).message === "string")
      return [{ path, message: (v as { message: string }).message }];
    return typeof v === "object" ? firstMessages(v as FieldErrors, path) : [];
  });
}

export function ErrorSummary({
  messages,
  serverError,
  submitCount,
}: {
  locale: Locale;
  messages: Array<{ path: string; message: string }>;
  serverError: string | null;
  submitCount: number;
}) {
  const { t } = useTranslation(["form", "validation", "errors"]);
  const traits = useKindTraits();
  const box = useRef<HTMLDivElement>(null);
  const show = submitCount > 0 && (messages.length > 0 || serverError !== null);
  useEffect(() => {
    if (show) box.current?.focus();
  }, [show, submitCount, messages.length, serverError]);
  if (!show) return null;
  return (
    <div ref={box} tabIndex={-1} role="alert" className="border-s-4 border-danger bg-danger-bg p-4 my-4 rounded-e-md">
      <h2 className="font-bold text-xl mb-2">{t("errorSummary")}</h2>
      <ul className="list-disc ps-6 text-lg">
        {serverError && <li>{t(serverError)}</li>}
        {messages.map((m) => (
          <li key={m.path}>
            <a href={`#${fieldId(m.path)}`}>{messageTextIn(traits, m.message, t)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
