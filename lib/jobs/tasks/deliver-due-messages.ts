// Job task: the outbox's safety net. Messages are first tried by the process that committed them (deliverOutboxSoon);
// this sweep sends what is due again after a failed try (outbox-backoff.ts) and what a process left behind when it
// died. It runs for most of a minute, sweeping every OUTBOX_SWEEP_SECONDS, so a retry goes out within seconds of
// being due although pg-boss's cron ticks once a minute. Safe to run on several workers at once: delivery claims
// rows (deliver-outbox.ts), so no message is sent twice.
import "server-only";
import { deliverOutboxBatch, type DeliveryReport } from "@/lib/notifications/deliver-outbox";
import type { SmsTransport } from "@/lib/notifications/sms-transport";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function deliverDueMessages(opts: {
  /** Stop sweeping after this moment (a run ends before the next cron tick starts the next one). */
  until: Date;
  sweepMs: number;
  transport?: SmsTransport;
  /** The worker is stopping: finish the batch in hand and return (a shutdown need not wait out the minute). */
  stopping?: () => boolean;
}): Promise<DeliveryReport> {
  const total: DeliveryReport = { sent: 0, failedTry: 0, gaveUp: 0 };
  for (;;) {
    const r = await deliverOutboxBatch(opts.transport, new Date());
    total.sent += r.sent;
    total.failedTry += r.failedTry;
    total.gaveUp += r.gaveUp;
    if (opts.stopping?.()) return total;
    if (r.claimed > 0) continue; // a full or partial batch: look again at once
    if (Date.now() + opts.sweepMs >= opts.until.getTime()) return total;
    await sleep(opts.sweepMs);
  }
}
