// How an SMS leaves the portal. Every message is first a row in the outbox (OutboxMessage, written in the same
// transaction as the change it tells of); the transport delivers it. Two transports:
// - the gateway (SMS_GATEWAY_URL): the region's SMS platform, reached by an HTTP POST of {to, body};
// - the fake phone (development and the browser tests): the message lands in DevSmsMessage, read by /dev/sms and by
//   the tests, which is what a phone would have shown. A production portal without a gateway refuses to start.
// Neither ever writes a body to the server log: bodies hold one-time codes.
import "server-only";
import { db } from "@/lib/db/client";
import { smsSetting } from "@/lib/env";
import { maskMobile } from "@/lib/format/mask";
import { log } from "@/lib/log/logger";
import type { Locale } from "@/lib/i18n/config";

export interface SmsTransport {
  send(to: string, body: string, locale: Locale): Promise<void>;
}

/** How long the gateway may take to accept one message before the try counts as failed. */
export const GATEWAY_TIMEOUT_MS = 10_000;

export const fakePhoneTransport: SmsTransport = {
  async send(to, body, locale) {
    // A fault a test set for this number (DevPhoneFault): the phone is "out of coverage" for that many messages.
    const faulted = await db.$executeRaw`
      UPDATE "DevPhoneFault" SET "failuresLeft" = "failuresLeft" - 1 WHERE "to" = ${to} AND "failuresLeft" > 0`;
    if (faulted) throw new Error("fake phone: out of coverage");
    await db.devSmsMessage.create({ data: { to, body, locale } });
    log.info({ recipient: maskMobile(to), characters: body.length }, "sms sent to the fake phone (/dev/sms)");
  },
};

export function gatewayTransport(url: string): SmsTransport {
  return {
    async send(to, body) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ to, body }),
        signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
      });
      // Only the status: an error text could echo the body back into the outbox's lastError or the log.
      if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
    },
  };
}

/** The transport in use, from the settings (lib/env.ts, smsSetting). */
export function smsTransport(): SmsTransport {
  const setting = smsSetting();
  if (!setting) throw new Error("no SMS transport: set SMS_GATEWAY_URL");
  return setting.kind === "gateway" ? gatewayTransport(setting.url) : fakePhoneTransport;
}

/** The inbound side: a message a resident's phone sent to the portal's number, as either inbound transport hands it
 * over (the gateway's webhook, app/api/sms/inbound/route.ts, or the fake phone's reply form on /dev/sms). Both go
 * to lib/evaluation/receive-sms-reply.ts. */
export type InboundSms = { from: string; text: string; receivedAt: Date };

/** A mobile number as gateways write it (+86, spaces, dashes) in the form our rows keep: 11 digits. */
export function normalizeInboundNumber(raw: string): string | null {
  const digits = raw.replace(/[\s()-]/g, "").replace(/^(\+86|0086|86)(?=1\d{10}$)/, "");
  return /^1\d{10}$/.test(digits) ? digits : null;
}
