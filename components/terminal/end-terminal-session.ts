"use client";
import { signOut } from "next-auth/react";

// Ends a kiosk session and leaves nothing behind for the next person: this tab's storage (form copies kept for a
// session expiry), the sign-in cookie, and the page itself (replaced, so Back does not bring it back).
export async function endTerminalSession(locale: string, reason: "idle" | "finished", signedIn: boolean) {
  try {
    sessionStorage.clear();
    localStorage.clear();
  } catch {
    // storage may be disabled; nothing to clear then
  }
  if (signedIn) await signOut({ redirect: false }).catch(() => {});
  window.location.replace(`/${locale}/terminal?reason=${reason}`);
}
