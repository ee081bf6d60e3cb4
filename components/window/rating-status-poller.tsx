"use client";
// The clerk's "rated" without a reload: while a rating is asked, ask a tiny route every few seconds whether the
// resident has rated (never the score), and say so in a polite live region. The session page itself is not
// reloaded (reading the resident's profile again would be logged again for nothing).
import { useEffect, useState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";

const EVERY_MS = 4000;

export function RatingStatusPoller({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation("window");
  const [rated, setRated] = useState(false);
  useEffect(() => {
    if (rated) return;
    const timer = setInterval(async () => {
      try {
        const res = await fetch(`/api/window-sessions/${encodeURIComponent(sessionId)}/rating`, { cache: "no-store" });
        if (res.ok && ((await res.json()) as { rated?: boolean }).rated) setRated(true);
      } catch {
        // The next tick tries again.
      }
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [rated, sessionId]);
  return (
    <p role="status" className="text-lg font-semibold">
      {rated ? t("window:rating.session.rated") : t("window:rating.session.asked")}
    </p>
  );
}
