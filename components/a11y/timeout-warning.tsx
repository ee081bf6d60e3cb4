"use client";
import { useEffect, useRef } from "react";
import { buttonClasses } from "@/components/ui/button-classes";

// The warning before a time limit: fixed at the bottom of the screen (it covers nothing the person is reading),
// with focus on its one button so Enter or a touch extends the time.
export function TimeoutWarning({
  title,
  text,
  action,
  onAction,
}: {
  title: string;
  text: string;
  action: string;
  onAction: () => void;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, []);
  return (
    <div
      role="alertdialog"
      aria-labelledby="timeout-title"
      aria-describedby="timeout-text"
      className="fixed inset-x-0 bottom-0 z-50 border-t-4 border-danger bg-white p-6 shadow-2xl print:hidden"
    >
      <div className="mx-auto max-w-5xl">
        <h2 id="timeout-title" className="text-3xl font-bold mb-2">
          {title}
        </h2>
        <p id="timeout-text" className="text-xl mb-4">
          {text}
        </p>
        <button ref={button} type="button" className={buttonClasses.primary} onClick={onAction}>
          {action}
        </button>
      </div>
    </div>
  );
}
