// The HTML document for one locale: <html lang dir data-text-size> are decided on the server, so the first paint
// is already right-to-left for Uyghur and already large in senior mode (no flash, no JavaScript needed).
// The Uyghur web font (scripts/font-faces.ts); Chinese uses the device's own font (app/globals.css).
import "./fonts/font-faces.css";
import "@/app/globals.css";
import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { htmlLang, textDirection, type Locale } from "@/lib/i18n/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { unlessDatabaseDown } from "@/lib/db/unavailable";
import { getRequestContext } from "@/lib/http/request-context";
import { currentTextSize } from "@/lib/preferences/current-text-size";
import { ClientStrings, type Pick } from "@/components/i18n/client-strings";
import { WINDOW_LAYOUT_COOKIE, windowLayoutOf } from "@/lib/preferences/window-layout";
import { SiteHeader } from "./site-header";
import { SiteFooter } from "./site-footer";
import { TerminalIdleGuard } from "@/components/terminal/terminal-idle-guard";
import { STAFF_IDLE_MINUTES, RESIDENT_IDLE_MINUTES, TERMINAL_IDLE_SECONDS } from "@/lib/auth/session-cookie";
import { SessionWarning } from "@/components/a11y/session-warning";
import { PageReadyMarker } from "./page-ready-marker";
import { UyghurFontPreload } from "./fonts/preload-uyghur-font";

export async function RootDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [user, jar, ctx, { textSize, kiosk }] = await Promise.all([
    // With the database down (the 503 page), the document is drawn for nobody signed in.
    unlessDatabaseDown(getCurrentUser(), null),
    cookies(),
    getRequestContext(),
    currentTextSize(locale),
  ]);
  // A hall kiosk (its sign-in page, or a resident signed in there) is always in large text and times out when idle.
  // A clerk's workstation may use the compact layout (never together with senior mode).
  const compact =
    user?.role === "clerk" &&
    textSize === "standard" &&
    windowLayoutOf(jar.get(WINDOW_LAYOUT_COOKIE)?.value) === "compact";
  // Texts for the client components every page may show, picked on the server (no i18next in the browser): the
  // error boundary's, and the idle warnings' only where they can appear.
  const strings: Pick[] = ["errors:error"];
  if (kiosk) strings.push("window:terminal.idle", "window:terminal.finish");
  if (user) strings.push("a11y:sessionWarning");
  return (
    <html
      lang={htmlLang[locale]}
      dir={textDirection[locale]}
      data-text-size={textSize}
      data-channel={kiosk ? "terminal" : undefined}
      data-density={compact ? "compact" : undefined}
    >
      <body className="min-h-screen flex flex-col">
        <UyghurFontPreload locale={locale} />
        <ClientStrings locale={locale} pick={strings}>
          <SiteHeader
            locale={locale}
            pathname={ctx.pathname}
            search={ctx.search}
            textSize={textSize}
            user={user}
            kiosk={kiosk}
          />
          <main id="main" tabIndex={-1} className="flex-1 w-full mx-auto max-w-5xl px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter locale={locale} />
          {kiosk && <TerminalIdleGuard locale={locale} signedIn={Boolean(user)} idleSeconds={TERMINAL_IDLE_SECONDS} />}
          {user && user.role !== "resident" && (
            <SessionWarning locale={locale} audience="staff" idleSeconds={STAFF_IDLE_MINUTES * 60} />
          )}
          {user && user.role === "resident" && user.channel !== "terminal" && !kiosk && (
            <SessionWarning locale={locale} audience="resident" idleSeconds={RESIDENT_IDLE_MINUTES * 60} />
          )}
          <PageReadyMarker />
        </ClientStrings>
      </body>
    </html>
  );
}
