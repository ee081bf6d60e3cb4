"use client";
// The rating screen's only script: every few seconds it asks a tiny route what the screen should show (a version
// string) and reloads the server-rendered page when that changed (paired, asked, thanked, a new code). No texts, no
// state beyond the version; a failed poll is simply tried again at the next tick.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

const EVERY_MS = 3000;

export function RatingScreenPoller({ version }: { version: string }) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch("/api/rating-screen", { cache: "no-store" });
        const body = (await res.json()) as { version?: string };
        if (!stopped && body.version && body.version !== version) router.refresh();
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    };
    void tick();
    const timer = setInterval(tick, EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [router, version]);
  return null;
}
