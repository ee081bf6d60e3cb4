"use client";
import { useEffect } from "react";

// Moves focus to one element when the page loads, for keyboard-first pages (the window workspace, the terminal):
// the next key the person presses goes where the work is. Used only where that is expected, never on content pages.
export function FocusOnLoad({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}
