"use client";
import type { FormEvent } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import type { EventType } from "@/lib/applications/transition/status-machine";
import { buttonClasses } from "@/components/ui/button-classes";
import { DeliveryFields, LegalBasisField, MaterialsField, NoteField, ReasonField } from "./action-fields";

export type ActionChoices = { materials: { id: string; title: string }[]; legalBasis: string[] };

type Props = {
  applicationId: string;
  event: EventType;
  choices: ActionChoices;
  /** Field errors of this form's last submission (keys are input names, values translation keys). */
  fieldErrors: Record<string, string>;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  action: (formData: FormData) => void;
};

// One action of the state machine with exactly the inputs it needs. The error summary links to each field.
export function ActionForm({ applicationId, event, choices, fieldErrors, pending, onSubmit, action }: Props) {
  const { t } = useTranslation(["workbench", "errors", "validation"]);
  const id = (name: string) => `${event}-${name}`;
  const err = (name: string) => (fieldErrors[name] ? t(fieldErrors[name]) : undefined);
  const entries = Object.entries(fieldErrors);
  const headingId = `${event}-heading`;
  return (
    <section aria-labelledby={headingId} className="border-2 border-line rounded-lg p-4 mb-4">
      <h3 id={headingId} className="text-xl font-bold mb-3">
        {t(`action.${event}`)}
      </h3>
      {entries.length > 0 && (
        <div className="border-s-4 border-danger bg-danger-bg p-4 mb-4 rounded-e-md">
          <p className="font-bold text-lg mb-2">{t("errors.summary")}</p>
          <ul className="list-disc ps-6">
            {entries.map(([name, key]) => (
              <li key={name}>
                <a href={`#${id(name === "trackingNumber" ? "delivery-tracking" : name)}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Without JavaScript the form posts to the action; with it, onSubmit keeps the typed inputs on an error. */}
      <form action={action} onSubmit={onSubmit} noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="event" value={event} />
        {(event === "refuse_intake" || event === "refuse") && <ReasonField id={id("reason")} error={err("reason")} />}
        {event === "refuse" && (
          <LegalBasisField id={id("legalBasis")} error={err("legalBasis")} options={choices.legalBasis} />
        )}
        {event === "request_supplement" && (
          <MaterialsField id={id("materials")} error={err("materials")} materials={choices.materials} />
        )}
        {event === "issue_result" && (
          <DeliveryFields
            id={id("delivery")}
            errors={{ delivery: err("delivery"), trackingNumber: err("trackingNumber") }}
          />
        )}
        <NoteField id={id("note")} error={err("note")} />
        <button
          type="submit"
          disabled={pending}
          className={event.startsWith("refuse") ? buttonClasses.secondary : buttonClasses.primary}
        >
          {t(`action.${event}`)}
        </button>
      </form>
    </section>
  );
}
