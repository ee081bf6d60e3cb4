"use server";
// Transport for rating at the hall terminal after a task (the receipt of an application made there): a plain form
// post from the kiosk's signed-in resident; the rules are in rate-application.ts (channel "terminal").
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { rateApplication } from "../rate-application";

export const rateAtTerminalAction = defineAction({
  name: "evaluation/rate-at-terminal",
  audience: "resident",
  input: z.object({
    application: z.string().max(40),
    score: z.string().max(2).optional(),
    reasons: z.array(z.string().max(40)).max(20).default([]),
    comment: z.string().max(2000).optional(),
  }),
  refused: (code, { locale, input }) =>
    redirect(`/${locale}/applications/${input?.application ?? ""}/receipt?rating=${code.split(".").pop()}#rating-h`),
  async run({ application, score, reasons, comment }, { user, locale }) {
    // Only a kiosk session rates in the terminal channel; anyone else is sent to the ordinary receipt.
    if (user.channel !== "terminal") redirect(`/${locale}/applications/${application}/receipt`);
    await rateApplication({ kind: "resident", residentId: user.id, channel: "terminal" }, application, {
      score,
      reasons,
      comment,
    });
    redirect(`/${locale}/applications/${application}/receipt?rating=done#rating-h`);
  },
});
