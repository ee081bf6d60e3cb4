// The rating screen's device token in its httpOnly cookie: read by the screen's page, route and form action, set
// only by the route (startRatingScreen answers a new token there).
import "server-only";
import { cookies, headers } from "next/headers";
import { requestIsHttps, secureCookies } from "@/lib/auth/session-cookie";
import { RATING_SCREEN_COOKIE, RATING_SCREEN_COOKIE_SECONDS } from "./rating-screen-rules";

export async function screenToken(): Promise<string | undefined> {
  return (await cookies()).get(RATING_SCREEN_COOKIE)?.value;
}

export async function keepScreenToken(token: string): Promise<void> {
  (await cookies()).set(RATING_SCREEN_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: secureCookies() || requestIsHttps({ headers: await headers() }),
    path: "/",
    maxAge: RATING_SCREEN_COOKIE_SECONDS,
  });
}
