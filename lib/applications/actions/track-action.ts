"use server";
// The tracking form posts here (with or without JavaScript). The outcome goes into a signed, httpOnly, short-lived
// cookie that the page render reads, so the ID part never appears in a URL, a log line or the browser history.
import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { secureCookies } from "@/lib/auth/session-cookie";
import {
  sealTrackOutcome,
  trackApplication,
  TRACK_COOKIE,
  TRACK_COOKIE_SECONDS,
} from "@/lib/applications/read/track-application";

export const trackAction = defineAction({
  name: "track",
  audience: "public",
  input: z.object({ reference: z.string().default(""), idTail: z.string().default("") }),
  async run({ reference, idTail }, { ip }) {
    const outcome = await trackApplication({ reference, idTail, ip: await ip() });
    (await cookies()).set(TRACK_COOKIE, sealTrackOutcome(outcome, reference), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: secureCookies(),
      maxAge: TRACK_COOKIE_SECONDS,
    });
  },
});
