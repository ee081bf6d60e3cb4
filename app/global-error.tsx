"use client";
// Last resort when the locale layout itself fails: no providers are available, so it reads the texts directly
// and shows both languages, with the number to quote (the error's digest, logged with the request id:
// lib/log/request-error.ts).
import zh from "@/locales/zh/errors.json";
import ug from "@/locales/ug/errors.json";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const number = error.digest ? (
    <bdi dir="ltr" style={{ fontFamily: "monospace", fontWeight: 700 }}>
      {error.digest}
    </bdi>
  ) : null;
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", lineHeight: 1.6 }}>
        <main>
          <h1>{zh.error.title}</h1>
          <p>{zh.error.body}</p>
          {number && (
            <p>
              {zh.error.quote}
              <br />
              {zh.error.referenceLabel}
              {number}
            </p>
          )}
          <section lang="ug" dir="rtl">
            <h2>{ug.error.title}</h2>
            <p>{ug.error.body}</p>
            {number && (
              <p>
                {ug.error.quote}
                <br />
                {ug.error.referenceLabel}
                {number}
              </p>
            )}
          </section>
          <button
            type="button"
            onClick={reset}
            style={{ minHeight: "2.75rem", padding: "0 1.25rem", fontSize: "1rem" }}
          >
            {zh.error.retry} / <span lang="ug">{ug.error.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
