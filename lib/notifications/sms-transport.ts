// How an SMS leaves the portal. Every message is first a row in the outbox (OutboxMessage, written in the same
// transaction as the change it tells of); the transport delivers it. Without a gateway, delivery is a log line with
// the number masked and never the body (bodies hold one-time codes); in development the outbox is read at /dev/sms.
// A real gateway (the region's government SMS platform) implements SmsTransport and is chosen in smsTransport().
import { maskMobile } from "@/lib/format/mask";

export interface SmsTransport {
  send(to: string, body: string): Promise<void>;
}

export const logTransport: SmsTransport = {
  async send(to, body) {
    console.log(`[sms] to ${maskMobile(to)} (${body.length} characters)`);
  },
};

/** The transport in use. Replace with a gateway adapter when one is configured. */
export function smsTransport(): SmsTransport {
  return logTransport;
}
