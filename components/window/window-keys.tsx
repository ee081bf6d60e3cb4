"use client";
// Keyboard-first entry at the window: focus starts on the first field of each step, and three shortcuts that are
// the same on every step (Alt+N next, Alt+B back, Alt+S save) are listed on screen. Alt+letter is used because it
// types nothing in a field and the browser leaves it to the page (no menu bar in the hall's Chromium).
import { useEffect, type RefObject } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/components/i18n/use-translation";

const FOCUSABLE =
  "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button[type=submit]";

export function useWindowKeys(
  enabled: boolean,
  formRef: RefObject<HTMLFormElement | null>,
  opts: { backHref: string | null; onSave: () => void },
) {
  const router = useRouter();
  const { backHref, onSave } = opts;
  useEffect(() => {
    if (!enabled) return;
    const form = formRef.current;
    // The first field; in a radio group the chosen option, as the browser would on Tab.
    const first = form?.querySelector<HTMLElement>(FOCUSABLE);
    const checked =
      first instanceof HTMLInputElement && first.type === "radio"
        ? form?.querySelector<HTMLInputElement>(`input[name="${CSS.escape(first.name)}"]:checked`)
        : null;
    (checked ?? first)?.focus();
  }, [enabled, formRef]);
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.code === "KeyN") formRef.current?.requestSubmit();
      else if (e.code === "KeyB" && backHref) router.push(backHref);
      else if (e.code === "KeyS") onSave();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled, formRef, backHref, onSave, router]);
}

export function ShortcutList() {
  const { t } = useTranslation("window");
  const keys = [
    ["Alt+N", "keys.next"],
    ["Alt+B", "keys.back"],
    ["Alt+S", "keys.save"],
  ] as const;
  return (
    <section aria-labelledby="window-keys" className="mt-6 border-t-2 border-line pt-3">
      <h2 id="window-keys" className="text-lg font-semibold">
        {t("keys.title")}
      </h2>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-lg">
        {keys.map(([k, label]) => (
          <div key={k} className="flex gap-2">
            <dt>
              <kbd dir="ltr" className="font-mono border-2 border-line rounded px-1">
                {k}
              </kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
