// Sending the SMS outbox: each message is tried until it is sent or has failed five times, and no message is ever
// sent twice — not by two deliveries running at once, not by a retry after a slow gateway.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverOutbox, deliverOutboxSoon, deliveriesSettled } from "./deliver-outbox";
import type { SmsTransport } from "./sms-transport";

async function pending(n: number, tag: string) {
  const ids: bigint[] = [];
  for (let i = 0; i < n; i++) {
    const row = await db.outboxMessage.create({
      data: {
        channel: "sms",
        to: `1380000${tag}${String(i).padStart(2, "0")}`.slice(0, 11),
        locale: "zh",
        body: `${tag} #${i}`,
      },
    });
    ids.push(row.id);
  }
  return ids;
}

/** A transport that records what it was asked to send. */
function recording(behaviour: (body: string) => Promise<void> = async () => {}) {
  const sent: string[] = [];
  const transport: SmsTransport = {
    async send(_to, body) {
      await behaviour(body);
      sent.push(body);
    },
  };
  return { transport, sent };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe("deliverOutbox", () => {
  it("sends pending messages once and marks them sent", async () => {
    const [id] = await pending(1, "11");
    const { transport, sent } = recording();
    expect(await deliverOutbox(transport)).toBe(1);
    expect(await deliverOutbox(transport)).toBe(0);
    expect(sent).toEqual(["11 #0"]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "sent",
      attempts: 1,
      sentAt: expect.any(Date),
    });
  });

  it("outbox delivery that keeps failing is retried after each wait, then ends as failed", async () => {
    const [id] = await pending(1, "22");
    let tries = 0;
    const broken: SmsTransport = {
      async send() {
        tries++;
        throw new Error("gateway says no");
      },
    };
    let now = new Date();
    for (let i = 1; i <= 4; i++) {
      await deliverOutbox(broken, now);
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: "pending", attempts: i, claimToken: null });
      // Not tried again before its wait is over.
      await deliverOutbox(broken, new Date(row.nextAttemptAt.getTime() - 1000));
      expect(tries).toBe(i);
      expect(row.nextAttemptAt.getTime() - now.getTime()).toBe([30, 120, 600, 1800][i - 1]! * 1000);
      now = row.nextAttemptAt;
    }
    await deliverOutbox(broken, now);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "failed",
      attempts: 5,
      lastError: "gateway says no",
    });
    await deliverOutbox(broken, new Date(now.getTime() + 86_400_000));
    expect(tries).toBe(5);
  });

  it("a delivery that died holding messages leaves them to the next one after the lease", async () => {
    await db.outboxMessage.updateMany({ where: { status: "pending" }, data: { status: "failed" } });
    const [id] = await pending(1, "55");
    const now = new Date();
    await db.outboxMessage.update({
      where: { id },
      data: { claimToken: "dead-process", claimedUntil: new Date(now.getTime() + 60_000) },
    });
    const { transport, sent } = recording();
    expect(await deliverOutbox(transport, now)).toBe(0);
    expect(await deliverOutbox(transport, new Date(now.getTime() + 61_000))).toBe(1);
    expect(sent).toEqual(["55 #0"]);
  });

  it("a process about to close its pool can wait for the deliveries it started after a commit", async () => {
    await db.outboxMessage.updateMany({ where: { status: "pending" }, data: { status: "failed" } });
    const [id] = await pending(1, "66");
    const { transport, sent } = recording(() => sleep(300));
    deliverOutboxSoon(transport);
    await deliveriesSettled();
    expect(sent).toEqual(["66 #0"]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "sent",
      claimToken: null,
    });
  });

  it("two deliveries running at once never send one message twice", async () => {
    await db.outboxMessage.updateMany({ where: { status: "pending" }, data: { status: "failed" } });
    await pending(6, "33");
    const { transport, sent } = recording(() => sleep(50));
    const counts = await Promise.all([deliverOutbox(transport), deliverOutbox(transport), deliverOutbox(transport)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
    expect(sent.sort()).toEqual(["33 #0", "33 #1", "33 #2", "33 #3", "33 #4", "33 #5"]);
  });

  // Was a known bug: the gateway was called inside the transaction that marked the messages sent, which Prisma cuts
  // off after 5 seconds; the rollback left delivered messages pending, to be sent again and again.
  it("a slow gateway does not make delivered messages go out twice", async () => {
    await db.outboxMessage.updateMany({ where: { status: "pending" }, data: { status: "failed" } });
    await pending(5, "44");
    const slow = recording(() => sleep(1100));
    await deliverOutbox(slow.transport).catch(() => 0);
    const fast = recording();
    await deliverOutbox(fast.transport);
    const all = [...slow.sent, ...fast.sent].sort();
    expect(all).toEqual([...new Set(all)]);
  }, 20_000);
});
