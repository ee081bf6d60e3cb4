import type { StepDef } from "@/lib/form-engine/types";
import type { Locale } from "@/lib/i18n/config";

// Where the person is in the journey: "step 2 of 5" and the list of steps, the current one marked for screen readers.
export function StepProgress({
  steps,
  currentId,
  locale,
  label,
  stepOf,
}: {
  steps: StepDef[];
  currentId: string;
  locale: Locale;
  label: string;
  stepOf: string;
}) {
  return (
    <nav aria-label={label} className="mb-6">
      <p className="text-lg font-semibold mb-2">{stepOf}</p>
      <ol className="flex flex-wrap gap-2">
        {steps.map((s, i) => {
          const current = s.id === currentId;
          return (
            <li
              key={s.id}
              aria-current={current ? "step" : undefined}
              className={`px-3 py-1 rounded-md border-2 ${current ? "border-brand-700 bg-brand-700 text-white font-bold" : "border-line text-ink"}`}
            >
              <bdi>{i + 1}</bdi>. {s.title[locale]}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
