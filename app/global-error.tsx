"use client";
// Last resort when the locale layout itself fails: no providers are available, so it reads the texts directly
// and shows both languages.
import zh from "@/locales/zh/errors.json";
import ug from "@/locales/ug/errors.json";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", lineHeight: 1.6 }}>
        <main>
          <h1>{zh.error.title}</h1>
          <p>{zh.error.body}</p>
          <section lang="ug" dir="rtl">
            <h2>{ug.error.title}</h2>
            <p>{ug.error.body}</p>
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
