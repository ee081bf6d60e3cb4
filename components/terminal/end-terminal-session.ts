"use client";

// Ends a kiosk session and leaves nothing behind for the next person: this tab's storage (form copies kept for a
// session expiry), the sign-in cookie, and the page itself (replaced, so Back does not bring it back).
// next-auth's client is loaded only when a kiosk session ends: the idle guard and the finish button are in the root
// layout's module graph, and a static import would put next-auth/react into every page's first load.
export async function endTerminalSession(locale: string, reason: "idle" | "finished", signedIn: boolean) {
  try {
    sessionStorage.clear();
    localStorage.clear();
  } catch {
    // storage may be disabled; nothing to clear then
  }
  if (signedIn) await import("next-auth/react").then(({ signOut }) => signOut({ redirect: false })).catch(() => {});
  window.location.replace(`/${locale}/terminal?reason=${reason}`);
}
