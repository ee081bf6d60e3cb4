"use client";
// Counts the seconds since the person last touched, clicked, typed or scrolled; `left` is set (the seconds to go)
// once fewer than `warnSeconds` remain, and `onExpire` runs once when none remain. Shared by the kiosk's idle
// timeout and the staff session warning (WCAG 2.2.1: warn before a time limit and let it be extended at once).
import { useCallback, useEffect, useRef, useState } from "react";

const ACTIVITY = ["pointerdown", "keydown", "input", "wheel", "touchstart"] as const;

export function useIdleCountdown(opts: {
  idleSeconds: number;
  warnSeconds: number;
  onExpire: () => void;
  onActive?: () => void;
}) {
  const { idleSeconds, warnSeconds, onExpire, onActive } = opts;
  const last = useRef(0);
  const expired = useRef(false);
  const [left, setLeft] = useState<number | null>(null);

  useEffect(() => {
    const touch = () => {
      last.current = Date.now();
      onActive?.();
    };
    last.current = Date.now();
    for (const e of ACTIVITY) window.addEventListener(e, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const remaining = Math.ceil(idleSeconds - (Date.now() - last.current) / 1000);
      if (remaining <= 0 && !expired.current) {
        expired.current = true;
        onExpire();
      }
      setLeft(remaining <= warnSeconds ? Math.max(0, remaining) : null);
    }, 1000);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, touch, { capture: true });
      window.clearInterval(timer);
    };
  }, [idleSeconds, warnSeconds, onExpire, onActive]);

  const reset = useCallback(() => {
    last.current = Date.now();
    setLeft(null);
  }, []);
  return { left, reset };
}
