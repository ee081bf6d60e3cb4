// How an SMS leaves the portal. The default transport only writes to the server log (with the number masked):
// a real gateway (the region's government SMS platform) implements the same interface and is chosen here.
import { maskMobile } from "@/lib/format/mask";

export interface SmsTransport {
  send(to: string, body: string): Promise<void>;
}

export const logTransport: SmsTransport = {
  async send(to, body) {
    console.log(`[sms] to ${maskMobile(to)}: ${body}`);
  },
};

/** The transport in use. Replace with a gateway adapter when one is configured. */
export function smsTransport(): SmsTransport {
  return logTransport;
}
