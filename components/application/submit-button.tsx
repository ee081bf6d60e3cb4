"use client";
import { useFormStatus } from "react-dom";
import { buttonClasses } from "@/components/ui/button-classes";

// Disabled while the submission is on its way (the server is idempotent anyway: a second click changes nothing).
export function SubmitButton({ label, busyLabel }: { label: string; busyLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`${buttonClasses.primary} text-lg`} disabled={pending} aria-disabled={pending}>
      {pending ? busyLabel : label}
    </button>
  );
}
