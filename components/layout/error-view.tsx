"use client";
import { useEffect, useRef } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { buttonClasses } from "@/components/ui/button-classes";

// Shown when a page fails. Says so plainly, gives the number a resident can quote to the help desk (Next.js's digest
// of the error, which the server logged on the error's line together with the request id: lib/log/request-error.ts),
// and offers a retry that re-renders without a full reload (form state elsewhere on the page is kept).
// An error that happened only in the browser has no digest and nothing in the server log: no number then.
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
        <div className="mb-6 max-w-2xl">
          <p className="text-lg mb-1">{t("error.quote")}</p>
          <p className="text-lg">
            {t("error.referenceLabel")}
            <bdi dir="ltr" className="font-mono font-bold text-xl" data-testid="error-reference">
              {error.digest}
            </bdi>
          </p>
        </div>
      )}
      <button type="button" onClick={reset} className={buttonClasses.primary}>
        {t("error.retry")}
      </button>
    </div>
  );
}
