// Runs before every request that reaches our code (pages, server actions, API routes, prefetches; not static files,
// not the upload POST: see `config` below): gives it its request id (x-request-id, on the request our code reads and
// on the response). Pages and actions also get a locale in every URL, the CSP nonce, the chosen language remembered,
// and a session's activity time kept fresh (idle time ends it); while the database is down, pages answer the 503
// page. Authorization itself is checked in pages and actions (lib/auth/require-role.ts), never only here.
import { NextResponse, type NextRequest } from "next/server";
import { decode, encode } from "next-auth/jwt";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { negotiateLocale, splitLocalePath } from "@/lib/i18n/negotiate-locale";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import {
  ACTIVITY_REFRESH_SECONDS,
  hasIdleLimit,
  isIdleExpired,
  remainingSeconds,
  requestIsHttps,
  sessionCookieName,
  secureCookies,
} from "@/lib/auth/session-cookie";
import { env, isDevelopment } from "@/lib/env";
import { signInUrl } from "@/lib/http/paths";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/log/request-id";
import { databaseAnswers } from "@/lib/health/database-probe";
import { log } from "@/lib/log/logger";
import type { Locale } from "@/lib/i18n/config";

const YEAR = 60 * 60 * 24 * 365;

export async function proxy(request: NextRequest) {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER), env().TRUST_PROXY_HOPS);
  const response = await route(request, requestId);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

/** API routes, prefetches and the web manifest only get their id: no locale, no nonce, no session refresh. */
function onlyRequestId(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  return (
    pathname === "/api" ||
    pathname.startsWith("/api/") ||
    pathname.endsWith("/manifest.webmanifest") ||
    request.headers.has("next-router-prefetch") ||
    request.headers.get("purpose") === "prefetch"
  );
}

async function route(request: NextRequest, requestId: string): Promise<NextResponse> {
  if (onlyRequestId(request)) {
    const passOn = new Headers(request.headers);
    passOn.set(REQUEST_ID_HEADER, requestId);
    return NextResponse.next({ request: { headers: passOn } });
  }
  const { pathname, search } = request.nextUrl;
  const found = splitLocalePath(pathname);
  if (!found) {
    const locale = negotiateLocale({
      cookie: request.cookies.get(LOCALE_COOKIE)?.value,
      acceptLanguage: request.headers.get("accept-language"),
    });
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    return NextResponse.redirect(url, 307);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, isDevelopment());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-locale", found.locale);
  requestHeaders.set("x-pathname", pathname);
  requestHeaders.set("x-search", search);

  // The database is down: every page answers the 503 page (in the page's language and text size) instead of
  // failing inside the page. Server actions (POST) go on: the step form hears "not saved, will retry" from its own.
  if ((request.method === "GET" || request.method === "HEAD") && !(await databaseAnswers())) {
    const res = NextResponse.rewrite(new URL(`/${found.locale}/unavailable`, request.url), {
      status: 503,
      request: { headers: requestHeaders },
    });
    res.headers.set("content-security-policy", csp);
    res.headers.set("retry-after", "30");
    res.headers.set("cache-control", "no-store");
    log.warn({ requestId, path: pathname }, "database unreachable: answered the 503 page");
    return res;
  }

  const session = await refreshActivity(request, found.locale);
  if (session.signOutTo) {
    const res = NextResponse.redirect(new URL(session.signOutTo, request.url), 303);
    res.cookies.delete(sessionCookieName());
    res.headers.set("content-security-policy", csp);
    return res;
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  if (request.cookies.get(LOCALE_COOKIE)?.value !== found.locale) {
    response.cookies.set(LOCALE_COOKIE, found.locale, { path: "/", maxAge: YEAR, sameSite: "lax" });
  }
  if (session.refreshed) {
    // A kiosk's cookie is rewritten without an expiry: it dies with the browser, never persisting between people.
    response.cookies.set(sessionCookieName(), session.refreshed, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: secureCookies() || requestIsHttps(request),
      ...(session.kiosk ? {} : { maxAge: session.maxAge }),
    });
  }
  return response;
}

async function refreshActivity(
  request: NextRequest,
  locale: string,
): Promise<{ refreshed?: string; signOutTo?: string; kiosk?: boolean; maxAge?: number }> {
  const raw = request.cookies.get(sessionCookieName())?.value;
  const secret = env().NEXTAUTH_SECRET;
  if (!raw || !secret) return {};
  const token = await decode({ token: raw, secret }).catch(() => null);
  if (!token || !hasIdleLimit(token.role)) return {};
  const now = Date.now();
  // A session ends 12 hours after sign-in however active it is (the session row holds the same limit).
  const remaining = remainingSeconds(token.started, now);
  if (remaining <= 0 || isIdleExpired(token.role, token.lastSeen, now, token.channel)) {
    // Back to this page after signing in again (a step's typed values wait in the tab, draft-rescue.ts).
    const back = request.nextUrl.pathname + request.nextUrl.search;
    if (token.channel === "terminal") return { signOutTo: `/${locale}/terminal?reason=idle` };
    const audience = token.role === "resident" ? "resident" : "staff";
    return { signOutTo: signInUrl(locale as Locale, audience, back, "idle") };
  }
  if (typeof token.lastSeen === "number" && now - token.lastSeen < ACTIVITY_REFRESH_SECONDS * 1000) return {};
  const refreshed = await encode({ token: { ...token, lastSeen: now }, secret, maxAge: remaining });
  return { refreshed, kiosk: token.channel === "terminal", maxAge: remaining };
}

// Everything except static files and the upload POST: Next.js reads the whole body of a request it runs the proxy
// for before our code sees it (and keeps only the first proxyClientMaxBodySize bytes), which would defeat the upload
// route's own byte counter (413 as soon as 10 MB pass). That route gives itself an id (withRequestId). Prefetches and
// API routes pass here too, for their id only (onlyRequestId). lib/log/proxy-request-id.test.ts checks what matches.
export const config = {
  matcher: ["/((?!api/uploads$|_next/static|_next/image|fonts|icons/|favicon.ico|icon.svg|robots.txt).*)"],
};
