// Integration tests' side of the fake phone: the code a number received, as the phone shows it. The outbox keeps no
// code (lib/notifications/queue-code-sms.ts), so a test reads it where a person would: on the phone, after delivery.
import { db } from "@/lib/db/client";
import { deliverOutbox } from "@/lib/notifications/deliver-outbox";
import { fakePhoneTransport } from "@/lib/notifications/sms-transport";

/** The newest message the phone received, once every message queued to it was delivered. */
export async function lastSmsOnPhone(mobile: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    // The use case's own delivery (deliverOutboxSoon) may hold the rows: deliver what is free, then look.
    await deliverOutbox(fakePhoneTransport);
    const waiting = await db.outboxMessage.count({ where: { to: mobile, status: "pending" } });
    const m = await db.devSmsMessage.findFirst({ where: { to: mobile }, orderBy: { id: "desc" } });
    if (m && waiting === 0) return m.body;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no SMS reached ${mobile}`);
}

export async function codeOnPhone(mobile: string): Promise<string> {
  const body = await lastSmsOnPhone(mobile);
  const code = /\d{6}/.exec(body)?.[0];
  if (!code) throw new Error(`no code in "${body}"`);
  return code;
}
