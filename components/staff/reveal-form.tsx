"use client";
import { useActionState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { revealAction, type RevealState } from "@/lib/profile/actions/reveal-action";
import { buttonClasses } from "@/components/ui/button-classes";

// Revealing a full ID number, phone or bank card needs a reason; the value is shown here, never put in the URL.
export function RevealForm({ sessionId, fields }: { sessionId: string; fields: { name: string; label: string }[] }) {
  const { t } = useTranslation(["staff", "errors"]);
  const [state, action, pending] = useActionState<RevealState, FormData>(revealAction, {});
  return (
    <form action={action} className="border-2 border-line rounded-lg p-4 mt-6">
      <h3 className="text-xl font-bold mb-3">{t("reveal.title")}</h3>
      <input type="hidden" name="session" value={sessionId} />
      <label htmlFor="reveal-field" className="block font-semibold">
        {t("reveal.field")}
      </label>
      <select
        id="reveal-field"
        name="field"
        className="min-h-11 px-2 text-lg border-2 border-ink rounded-md bg-white mb-3"
      >
        {fields.map((f) => (
          <option key={f.name} value={f.name}>
            {f.label}
          </option>
        ))}
      </select>
      <label htmlFor="reveal-reason" className="block font-semibold">
        {t("reveal.reason")}
      </label>
      <p id="reveal-reason-hint" className="text-muted">
        {t("reveal.reasonHint")}
      </p>
      <input
        id="reveal-reason"
        name="reason"
        aria-describedby="reveal-reason-hint"
        className="block w-full max-w-xl min-h-11 px-3 text-lg border-2 border-ink rounded-md mb-3"
      />
      <button type="submit" className={buttonClasses.secondary} disabled={pending}>
        {t("reveal.submit")}
      </button>
      <div role="status" className="mt-3 text-lg">
        {state.value && (
          <p>
            {t("reveal.result")}:{" "}
            <bdi dir="ltr" className="font-bold">
              {state.value}
            </bdi>
          </p>
        )}
        {state.error && <p className="text-danger font-semibold">{t(state.error)}</p>}
      </div>
    </form>
  );
}
