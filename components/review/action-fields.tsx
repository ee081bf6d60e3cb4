"use client";
// The inputs an action may need, each labelled with the texts the end-to-end tests look for
// (workbench:action.reason, legalBasis, materials, delivery, trackingNumber, note), with its error tied to it.
import { useState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { deliveryMethods, reasonCodes } from "@/lib/applications/transition/transition-payloads";
import { describedBy, FieldShell, inputClass } from "@/components/form-engine/field-shell";

type FieldProps = { id: string; error?: string };
const choiceRow = "flex items-center gap-3 min-h-11 py-1 text-lg cursor-pointer";
const box = "size-6 shrink-0 accent-brand-700 cursor-pointer";

export function ReasonField({ id, error }: FieldProps) {
  const { t } = useTranslation(["workbench", "tracking"]);
  return (
    <FieldShell id={id} label={t("workbench:action.reason")} error={error}>
      <select
        id={id}
        name="reason"
        defaultValue=""
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        className={inputClass(error)}
      >
        <option value="">{t("workbench:action.choose")}</option>
        {reasonCodes.map((c) => (
          <option key={c} value={c}>
            {t(`tracking:reason.${c}`)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** The legal basis is an index into the service item's own list (shown in the resident's language later). */
export function LegalBasisField({ id, error, options }: FieldProps & { options: readonly string[] }) {
  const { t } = useTranslation("workbench");
  return (
    <FieldShell id={id} label={t("action.legalBasis")} error={error}>
      <select
        id={id}
        name="legalBasis"
        defaultValue=""
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        className={inputClass(error)}
      >
        <option value="">{t("action.choose")}</option>
        {options.map((o, i) => (
          <option key={i} value={i}>
            {o}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** 一次性告知: every material of the item is offered at once, so the reviewer lists all that is missing. */
export function MaterialsField({
  id,
  error,
  materials,
}: FieldProps & { materials: readonly { id: string; title: string }[] }) {
  const { t } = useTranslation("workbench");
  return (
    <FieldShell id={id} label={t("action.materials")} error={error} group>
      {materials.map((m, i) => (
        <label key={m.id} className={choiceRow}>
          <input id={i === 0 ? id : undefined} type="checkbox" name="materials" value={m.id} className={box} />
          {m.title}
        </label>
      ))}
    </FieldShell>
  );
}

/** How the result reaches the resident; a postal delivery needs its tracking number, asked for only then. */
export function DeliveryFields({ id, errors }: { id: string; errors: Record<string, string | undefined> }) {
  const { t } = useTranslation(["workbench", "tracking"]);
  const [delivery, setDelivery] = useState("");
  const trackingId = `${id}-tracking`;
  const hint = t("workbench:action.trackingHint");
  return (
    <>
      <FieldShell id={id} label={t("workbench:action.delivery")} error={errors.delivery} group>
        {deliveryMethods.map((m, i) => (
          <label key={m} className={choiceRow}>
            <input
              id={i === 0 ? id : undefined}
              type="radio"
              name="delivery"
              value={m}
              className={box}
              onChange={() => setDelivery(m)}
            />
            {t(`tracking:delivery.${m}`)}
          </label>
        ))}
      </FieldShell>
      {(delivery === "post" || errors.trackingNumber) && (
        <FieldShell
          id={trackingId}
          label={t("workbench:action.trackingNumber")}
          hint={hint}
          error={errors.trackingNumber}
        >
          <input
            id={trackingId}
            name="trackingNumber"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            aria-required="true"
            aria-invalid={errors.trackingNumber ? true : undefined}
            aria-describedby={describedBy(trackingId, hint, errors.trackingNumber)}
            className={inputClass(errors.trackingNumber)}
          />
        </FieldShell>
      )}
    </>
  );
}

export function NoteField({ id, error }: FieldProps) {
  const { t } = useTranslation("workbench");
  return (
    <FieldShell id={id} label={t("action.note")} error={error}>
      <textarea
        id={id}
        name="note"
        rows={3}
        maxLength={500}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        className={inputClass(error)}
      />
    </FieldShell>
  );
}
