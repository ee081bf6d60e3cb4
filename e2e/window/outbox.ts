// The SMS gateway's side of the outbox, for the browser tests: the newest message to a phone, read from the test
// server's database (the same row a real gateway would send), and the one-time code in it.
import { Client } from "pg";
import { expect } from "@playwright/test";

const url = process.env.E2E_DATABASE_URL ?? "postgresql://postgres:portal-local@127.0.0.1:54329/portal_test";

/** Which message: a window consent code or a terminal sign-in code (tests may send both to one phone at once). */
const kinds = { consent: /授权码|ھوقۇق بېرىش كودى/, terminal: /验证码|كىرىش دەلىللەش كودى/ } as const;

export async function latestCodeSentTo(mobile: string, after: Date, kind: keyof typeof kinds): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    let body = "";
    await expect.poll(async () => {
      const r = await client.query<{ body: string }>(`SELECT body FROM "OutboxMessage" WHERE "to" = $1 AND "createdAt" >= $2 ORDER BY id DESC LIMIT 20`, [mobile, after.toISOString().replace("Z", "")]);
      body = r.rows.map((row) => row.body).find((b) => kinds[kind].test(b)) ?? "";
      return /\d{6}/.test(body);
    }, { message: `an SMS with a code to ${mobile}` }).toBe(true);
    return body.match(/\d{6}/)![0];
  } finally {
    await client.end();
  }
}
