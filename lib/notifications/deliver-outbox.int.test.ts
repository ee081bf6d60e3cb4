// Sending the SMS outbox: each message is tried until it is sent or has failed five times, and no message is ever
// sent twice — not by two deliveries running at once, not by a retry after a slow gateway.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverOutbox } from "./deliver-outbox";
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

  it("outbox delivery that keeps failing ends as failed after its retries", async () => {
    const [id] = await pending(1, "22");
    let tries = 0;
    const broken: SmsTransport = {
      async send() {
        tries++;
        throw new Error("gateway says no");
      },
    };
    for (let i = 1; i <= 4; i++) {
      await deliverOutbox(broken);
      expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: "pending",
        attempts: i,
      });
    }
    await deliverOutbox(broken);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "failed",
      attempts: 5,
      lastError: "gateway says no",
    });
    await deliverOutbox(broken);
    expect(tries).toBe(5);
  });

  it("two deliveries running at once never send one message twice", async () => {
    await db.outboxMessage.updateMany({ where: { status: "pending" }, data: { status: "failed" } });
    await pending(6, "33");
    const { transport, sent } = recording(() => sleep(50));
    const counts = await Promise.all([deliverOutbox(transport), deliverOutbox(transport), deliverOutbox(transport)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
    expect(sent.sort()).toEqual(["33 #0", "33 #1", "33 #2", "33 #3", "33 #4", "33 #5"]);
  });

  // KNOWN BUG (reported): the gateway is called inside the database transaction that marks the messages sent, and a
  // Prisma interactive transaction is cut off after 5 seconds. With a slow gateway (1.1 s a message here; 20 messages
  // of 300 ms would do the same) the transaction is rolled back after the messages went out: they stay pending with
  // no attempt counted and are sent again by the next delivery, and again, for ever.
  it.fails(
    "a slow gateway does not make delivered messages go out twice",
    async () => {
      await db.outboxMessage.updateMany({ where: { status: "pending" }, data: { status: "failed" } });
      await pending(5, "44");
      const slow = recording(() => sleep(1100));
      await deliverOutbox(slow.transport).catch(() => 0);
      const fast = recording();
      await deliverOutbox(fast.transport);
      const all = [...slow.sent, ...fast.sent].sort();
      expect(all).toEqual([...new Set(all)]);
    },
    20_000,
  );
});
