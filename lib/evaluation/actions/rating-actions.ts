"use server";
// Transport for the window rating: the clerk pairs a screen (workspace) and asks for a rating (session page); the
// resident submits the form on the screen. Plain form posts that redirect with an outcome code; the rules are in
// pair-rating-screen.ts, ask-for-rating.ts and rate-window-visit.ts.
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { pairRatingScreen } from "../pair-rating-screen";
import { askForRating } from "../ask-for-rating";
import { rateWindowVisit } from "../rate-window-visit";
import { screenToken } from "../screen/screen-cookie";

export const pairScreenAction = defineAction({
  name: "evaluation/pair-screen",
  audience: "clerk",
  input: z.object({ code: z.string().max(40).default("") }),
  back: (locale) => `/${locale}/clerk`,
  async run({ code }, { clerk, locale, ip }) {
    const r = await pairRatingScreen(clerk, code, await ip());
    redirect(`/${locale}/clerk?screen=${r.ok ? "paired" : r.reason}#screen-h`);
  },
});

export const askRatingAction = defineAction({
  name: "evaluation/ask-rating",
  audience: "clerk",
  input: z.object({ session: z.string() }),
  back: (locale) => `/${locale}/clerk`,
  async run({ session }, { clerk, locale, ip }) {
    const r = await askForRating(clerk, session, await ip());
    redirect(`/${locale}/clerk/sessions/${session}?rating=${r.ok ? "asked" : r.reason}#rating-h`);
  },
});

export const rateVisitAction = defineAction({
  name: "evaluation/rate-visit",
  audience: "public",
  input: z.object({
    visit: z.string().max(40),
    score: z.string().max(2).optional(),
    reasons: z.array(z.string().max(40)).max(20).default([]),
    comment: z.string().max(2000).optional(),
  }),
  async run({ visit, score, reasons, comment }, { locale }) {
    const r = await rateWindowVisit(await screenToken(), visit, { score, reasons, comment });
    redirect(`/${locale}/rating-screen${r.ok ? "" : `?error=${r.reason}`}`);
  },
});
