"use client";
import { useEffect, useState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { buttonClasses } from "@/components/ui/button-classes";

type State = "idle" | "speaking" | "noVoice" | "unsupported";

const speechLang = { zh: "zh", ug: "ug" } as const;

/** Voices for a language; the list may arrive a moment after the page loads ("voiceschanged"). */
function voicesFor(lang: string): Promise<SpeechSynthesisVoice[]> {
  const pick = () => speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().replace("_", "-").startsWith(lang));
  const now = pick();
  if (now.length || speechSynthesis.getVoices().length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(pick());
    speechSynthesis.addEventListener("voiceschanged", done, { once: true });
    setTimeout(done, 1200);
  });
}

// "Read this page" for people who find reading hard: the browser's own speech synthesis, in the page's language.
// Where the browser has no voice for that language (often Uyghur), it says so instead of failing silently.
export function ReadAloud({ targetId = "main" }: { targetId?: string }) {
  const { t, i18n } = useTranslation("a11y");
  const [state, setState] = useState<State>("idle");
  const lang = i18n.language === "ug" ? speechLang.ug : speechLang.zh;
  useEffect(
    () => () => {
      if (typeof window !== "undefined" && "speechSynthesis" in window) speechSynthesis.cancel();
    },
    [],
  );

  async function toggle() {
    if (!("speechSynthesis" in window)) return setState("unsupported");
    if (state === "speaking") {
      speechSynthesis.cancel();
      return setState("idle");
    }
    const voices = await voicesFor(lang);
    if (!voices.length) return setState("noVoice");
    const text = document.getElementById(targetId)?.innerText ?? "";
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voices[0]!;
    utterance.lang = voices[0]!.lang;
    utterance.onend = () => setState("idle");
    utterance.onerror = () => setState("idle");
    speechSynthesis.speak(utterance);
    setState("speaking");
  }

  return (
    <div className="my-4 print:hidden">
      <button
        type="button"
        className={buttonClasses.secondary}
        aria-pressed={state === "speaking"}
        onClick={() => void toggle()}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 fill-current rtl:-scale-x-100">
          <path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
        </svg>{" "}
        {state === "speaking" ? t("readAloud.stop") : t("readAloud.start")}
      </button>
      <p role="status" className="mt-2 text-lg">
        {state === "noVoice" ? t("readAloud.noVoice") : state === "unsupported" ? t("readAloud.unsupported") : ""}
      </p>
    </div>
  );
}
