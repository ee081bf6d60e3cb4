"use server";
// The tracking form posts here (with or without JavaScript). The outcome goes into a signed, httpOnly, short-lived
// cookie that the page render reads, so the ID part never appears in a URL, a log line or the browser history.
import { cookies, headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import { secureCookies } from "@/lib/auth/session-cookie";
import {
  sealTrackOutcome,
  trackApplication,
  TRACK_COOKIE,
  TRACK_COOKIE_SECONDS,
} from "@/lib/applications/read/track-application";

export async function trackAction(formData: FormData): Promise<void> {
  const reference = String(formData.get("reference") ?? "");
  const outcome = await trackApplication({
    reference,
    idTail: String(formData.get("idTail") ?? ""),
    ip: clientIp(await headers()),
  });
  (await cookies()).set(TRACK_COOKIE, sealTrackOutcome(outcome, reference), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: TRACK_COOKIE_SECONDS,
  });
}
