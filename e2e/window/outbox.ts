// The SMS gateway's side of the outbox, for the browser tests: the newest message to a phone, read from the test
// server's database (the same row a real gateway would send), and the one-time code in it.
import { Client } from "pg";
import { expect } from "@playwright/test";

const url = process.env.E2E_DATABASE_URL ?? "postgresql://postgres:portal-local@127.0.0.1:54329/portal_test";

export async function latestCodeSentTo(mobile: string, after: Date): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    let body = "";
    await expect.poll(async () => {
      const r = await client.query<{ body: string }>(`SELECT body FROM "OutboxMessage" WHERE "to" = $1 AND "createdAt" >= $2 ORDER BY id DESC LIMIT 1`, [mobile, after.toISOString().replace("Z", "")]);
      body = r.rows[0]?.body ?? "";
      return /\d{6}/.test(body);
    }, { message: `an SMS with a code to ${mobile}` }).toBe(true);
    return body.match(/\d{6}/)![0];
  } finally {
    await client.end();
  }
}
