import type { ReactNode } from "react";

// A message box. Role "alert" only for errors that appeared after an action; informational notes use "status".
export function Alert({
  tone,
  children,
  live = false,
}: {
  tone: "error" | "info" | "success";
  children: ReactNode;
  live?: boolean;
}) {
  const look = {
    error: "border-danger bg-danger-bg",
    info: "border-brand-700 bg-brand-50",
    success: "border-ok bg-ok-bg",
  }[tone];
  return (
    <div
      role={live ? (tone === "error" ? "alert" : "status") : undefined}
      className={`border-s-4 ${look} p-4 my-4 rounded-e-md`}
    >
      {children}
    </div>
  );
}
