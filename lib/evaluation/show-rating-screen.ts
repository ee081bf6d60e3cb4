// Use case: what the resident-facing rating screen shows now, for the device holding this token. An unknown token
// (or none) is told so: only startRatingScreen (called by the screen's own route, which can set its cookie) makes a
// device. Unpaired, or paired longer than a working day ago, it shows a fresh pairing code; paired, the clerk's
// name and window, and the rating form while a visit is asked about. The screen reads nobody's data: the resident
// being rated is not named on it (the clerk's name and window are public at the window anyway).
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import {
  askLive,
  hashScreenToken,
  newPairCode,
  newScreenToken,
  PAIR_CODE_MS,
  pairingLive,
  THANKS_MS,
} from "./screen/rating-screen-rules";

export type RatingScreenState =
  | { kind: "unknown" }
  | { kind: "code"; code: string; until: Date }
  | {
      kind: "paired";
      windowNo: string;
      clerk: { zh: string; ug: string; staffId: string };
      /** The window session the form is for, while asked. */
      askedSessionId: string | null;
      /** A rating was given a moment ago (the screen says thank you). */
      thanks: boolean;
    };

/** A short fingerprint of the state: the screen's poller reloads the page only when it changes. */
export function stateVersion(s: RatingScreenState): string {
  if (s.kind === "unknown") return "unknown";
  if (s.kind === "code") return `code:${s.code}`;
  return `paired:${s.windowNo}:${s.askedSessionId ?? "-"}:${s.thanks ? "thanks" : "-"}`;
}

type Row = Prisma.RatingScreenGetPayload<object>;

async function withFreshCode(row: Row, now: Date): Promise<RatingScreenState> {
  if (row.pairCode && row.pairCodeUntil && row.pairCodeUntil > now && !row.clerkId)
    return { kind: "code", code: row.pairCode, until: row.pairCodeUntil };
  // A code expired elsewhere keeps its unique slot until reused: free the expired ones first (a hall has tens of
  // screens, not thousands), then try a few random codes against the unique index.
  await db.ratingScreen.updateMany({
    where: { pairCodeUntil: { lt: now }, pairCode: { not: null } },
    data: { pairCode: null, pairCodeUntil: null },
  });
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newPairCode();
    const until = new Date(now.getTime() + PAIR_CODE_MS);
    try {
      await db.ratingScreen.update({
        where: { id: row.id },
        // A lapsed pairing is cleared with the new code: the screen is nobody's until paired again.
        data: {
          pairCode: code,
          pairCodeUntil: until,
          clerkId: null,
          windowNo: null,
          pairedAt: null,
          askedSessionId: null,
        },
      });
      return { kind: "code", code, until };
    } catch (e) {
      if ((e as { code?: string }).code !== "P2002") throw e;
    }
  }
  throw new Error("no free pairing code");
}

export async function showRatingScreen(token: string | null | undefined, now = new Date()): Promise<RatingScreenState> {
  if (!token || token.length > 100) return { kind: "unknown" };
  const row = await db.ratingScreen.findUnique({ where: { tokenHash: hashScreenToken(token) } });
  if (!row) return { kind: "unknown" };
  if (!pairingLive(row, now)) return withFreshCode(row, now);
  const clerk = await db.user.findUnique({
    where: { id: row.clerkId! },
    select: { nameZh: true, nameUg: true, staffId: true, role: true },
  });
  if (!clerk || clerk.role !== "clerk") return withFreshCode(row, now);
  return {
    kind: "paired",
    windowNo: row.windowNo ?? "",
    clerk: { zh: clerk.nameZh, ug: clerk.nameUg ?? clerk.nameZh, staffId: clerk.staffId ?? "" },
    askedSessionId: askLive(row, now) ? row.askedSessionId : null,
    thanks: !!row.ratedAt && now.getTime() - row.ratedAt.getTime() < THANKS_MS,
  };
}

/** A browser opening the rating screen for the first time (or with a cookie we do not know): a new device with a
 * pairing code. Answers the token for the caller to keep in the screen's httpOnly cookie. Devices never paired
 * are forgotten after a day. */
export async function startRatingScreen(now = new Date()): Promise<{ token: string; state: RatingScreenState }> {
  await db.ratingScreen.deleteMany({
    where: { clerkId: null, createdAt: { lt: new Date(now.getTime() - 86_400_000) } },
  });
  const token = newScreenToken();
  const row = await db.ratingScreen.create({ data: { tokenHash: hashScreenToken(token), createdAt: now } });
  return { token, state: await withFreshCode(row, now) };
}
