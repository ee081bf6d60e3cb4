"use client";
import { buttonClasses } from "@/components/ui/button-classes";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={buttonClasses.primary} onClick={() => window.print()}>
      {label}
    </button>
  );
}
