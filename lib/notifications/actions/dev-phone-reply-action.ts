"use server";
// The fake phone's inbound side (development and the browser tests): a developer or a test answers a message on
// /dev/sms as the phone would, and the reply goes where the gateway's webhook sends a real one
// (receive-sms-reply.ts). Refused outside development, like the page.
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { isDevelopment } from "@/lib/env";
import { receiveSmsReply } from "@/lib/evaluation/receive-sms-reply";

export const devPhoneReplyAction = defineAction({
  name: "dev/sms-reply",
  audience: "public",
  input: z.object({ from: z.string().regex(/^1\d{10}$/), text: z.string().max(200).default("") }),
  async run({ from, text }, { locale }) {
    if (!isDevelopment()) notFound();
    const r = await receiveSmsReply({ from, text, receivedAt: new Date() });
    redirect(`/${locale}/dev/sms?to=${from}&reply=${r.outcome === "rated" ? "rated" : "ignored"}`);
  },
});
