import type { InputHTMLAttributes, Ref } from "react";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

// A labelled input with its hint and error tied to it (aria-describedby), so screen readers read all three.
// IDs, phone numbers and staff IDs stay left-to-right inside the Uyghur UI: pass dir="ltr".
export function TextField({ id, label, hint, error, className, ref, ...input }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="mb-5">
      <label htmlFor={id} className="block font-semibold text-lg mb-1">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-muted mb-1">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-danger font-semibold mb-1">
          {error}
        </p>
      )}
      <input
        id={id}
        ref={ref}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`block w-full max-w-md min-h-11 px-3 py-2 text-lg border-2 rounded-md bg-white ${error ? "border-danger" : "border-ink"} ${className ?? ""}`}
        {...input}
      />
    </div>
  );
}
