// The text size of the page being rendered: a hall kiosk is always large, a window's rating screen large by
// default; otherwise the cookie (this device's choice), then the signed-in user's saved setting. One place, so the document and any view that lays itself out
// differently in senior mode (the catalogue) agree.
import "server-only";
import { cookies } from "next/headers";
import type { Locale } from "@/lib/i18n/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { unlessDatabaseDown } from "@/lib/db/unavailable";
import { getRequestContext } from "@/lib/http/request-context";
import { resolveTextSize, TEXT_SIZE_COOKIE, type TTextSize } from "./text-size";

export async function currentTextSize(locale: Locale): Promise<{ textSize: TTextSize; kiosk: boolean }> {
  // The database down (the 503 page): this device's cookie still decides.
  const [user, jar, ctx] = await Promise.all([
    unlessDatabaseDown(getCurrentUser(), null),
    cookies(),
    getRequestContext(),
  ]);
  const kiosk = user?.channel === "terminal" || ctx.pathname === `/${locale}/terminal`;
  const chosen = jar.get(TEXT_SIZE_COOKIE)?.value;
  // The rating screen facing the resident at a window is large until the device chooses otherwise.
  if (!kiosk && !chosen && ctx.pathname === `/${locale}/rating-screen`) return { kiosk, textSize: "large" };
  return { kiosk, textSize: kiosk ? "large" : resolveTextSize(chosen, user?.textSize) };
}
