"use client";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { buttonClasses } from "@/components/ui/button-classes";

// Shown when a page fails. Says so plainly, gives the reference the help desk can look up in the server log,
// and offers a retry that re-renders without a full reload (form state elsewhere on the page is kept).
export function ErrorView({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useTranslation("errors");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <div role="alert">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold mb-4">
        {t("error.title")}
      </h1>
      <p className="text-lg mb-4 max-w-2xl">{t("error.body")}</p>
      {error.digest && (
        <p className="text-muted mb-6">
          {t("error.referenceLabel")}
          <bdi dir="ltr">{error.digest}</bdi>
        </p>
      )}
      <button type="button" onClick={reset} className={buttonClasses.primary}>
        {t("error.retry")}
      </button>
    </div>
  );
}
