import type { ReactNode } from "react";
import type { Urgency } from "@/lib/applications/transition/deadlines";

// "Paused" is drawn, not typed: ⏸ (U+23F8) is in neither the Uyghur font nor most Chinese system fonts, and showed as
// an empty box on Uyghur pages.
const pauseMark = (
  <svg viewBox="0 0 10 10" width="0.8em" height="0.8em" fill="currentColor" aria-hidden="true" focusable="false">
    <rect x="1.5" y="1" width="2.5" height="8" />
    <rect x="6" y="1" width="2.5" height="8" />
  </svg>
);

// Urgency in words, with a mark and a border as well as a colour (never colour alone, WCAG 1.4.1).
const look: Record<Urgency, { mark: ReactNode; className: string }> = {
  overdue: { mark: "‼", className: "border-danger bg-white text-danger font-bold" },
  dueSoon: { mark: "!", className: "border-ink border-dashed bg-white text-ink font-bold" },
  onTime: { mark: "", className: "border-transparent text-ink" },
  paused: { mark: pauseMark, className: "border-line bg-white text-muted" },
};

export function UrgencyLabel({ urgency, label }: { urgency: Urgency; label: string }) {
  const { mark, className } = look[urgency];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap border-2 rounded-md px-2 py-0.5 ${className}`}>
      {mark && <span aria-hidden="true">{mark}</span>}
      {label}
    </span>
  );
}

/** The whole row stands out when it needs attention first. */
export const rowHighlight: Record<Urgency, string> = {
  overdue: "bg-danger-bg border-s-8 border-danger",
  dueSoon: "bg-brand-50 border-s-8 border-brand-700",
  onTime: "border-s-8 border-transparent",
  paused: "border-s-8 border-transparent",
};
