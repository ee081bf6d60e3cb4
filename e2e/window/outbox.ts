// The SMS gateway's side of the outbox, for the browser tests: the newest message to a phone, read from the test
// server's database (the same row a real gateway would send), and the one-time code in it.
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { planDatabase } from "../../lib/db/database-plan";
import { isReachableByOthers } from "../../lib/db/fs-reachability";
import { expect } from "@playwright/test";

// The test server's database, planned the same way scripts/serve-test.ts plans it (TEST_PG_PORT, DATABASE_URL).
const url =
  process.env.E2E_DATABASE_URL ??
  planDatabase({
    env: process.env,
    projectDir: path.resolve(__dirname, "../.."),
    tmpDir: os.tmpdir(),
    profile: "test",
    isReachableByOthers,
  }).url;

/** Which message: a window consent code or a terminal sign-in code (tests may send both to one phone at once). */
const kinds = { consent: /授权码|ھوقۇق بېرىش كودى/, terminal: /验证码|كىرىش دەلىللەش كودى/ } as const;

export async function latestCodeSentTo(mobile: string, after: Date, kind: keyof typeof kinds): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    let body = "";
    await expect
      .poll(
        async () => {
          const r = await client.query<{ body: string }>(
            `SELECT body FROM "OutboxMessage" WHERE "to" = $1 AND "createdAt" >= $2 ORDER BY id DESC LIMIT 20`,
            [mobile, after.toISOString().replace("Z", "")],
          );
          body = r.rows.map((row) => row.body).find((b) => kinds[kind].test(b)) ?? "";
          return /\d{6}/.test(body);
        },
        { message: `an SMS with a code to ${mobile}` },
      )
      .toBe(true);
    return body.match(/\d{6}/)![0];
  } finally {
    await client.end();
  }
}
