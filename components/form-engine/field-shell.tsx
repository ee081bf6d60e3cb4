import type { ReactNode } from "react";

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optionalText?: string;
  /** Where a prefilled value came from ("from your profile · verified…"), read out with the field. */
  note?: string;
  /** Radio, checkbox and compound fields are a fieldset whose legend is the label. */
  group?: boolean;
  children: ReactNode;
};

// Label, hint and error of one field, in the GOV.UK order; the input refers to hint and error by id.
export function FieldShell({ id, label, hint, error, optionalText, note, group, children }: Props) {
  const head = (
    <>
      {label}
      {optionalText && <span className="font-normal text-muted"> {optionalText}</span>}
    </>
  );
  const body = (
    <>
      {note && (
        <p id={`${id}-note`} className="text-ok font-semibold mb-1">
          <span aria-hidden="true">✓ </span>
          {note}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-muted mb-2">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-danger font-semibold mb-2">
          {error}
        </p>
      )}
      {children}
    </>
  );
  return (
    <div className={`mb-6 ${error ? "border-s-4 border-danger ps-4" : ""}`}>
      {group ? (
        <fieldset aria-describedby={describedBy(id, hint, error, note)}>
          <legend className="font-semibold text-lg mb-1">{head}</legend>
          {body}
        </fieldset>
      ) : (
        <>
          <label htmlFor={id} className="block font-semibold text-lg mb-1">
            {head}
          </label>
          {body}
        </>
      )}
    </div>
  );
}

export function describedBy(id: string, hint?: string, error?: string, note?: string) {
  return (
    [note ? `${id}-note` : null, hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined
  );
}

export const inputClass = (error?: string) =>
  `block w-full max-w-xl min-h-11 px-3 py-2 text-lg border-2 rounded-md bg-white ${error ? "border-danger" : "border-ink"}`;
