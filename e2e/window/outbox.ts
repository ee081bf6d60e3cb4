// The phone's side of the outbox, for the browser tests: the newest message to a phone, as the test server's fake
// phone received it (DevSmsMessage; the outbox itself keeps no code), and the one-time code in it.
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { planDatabase } from "../../lib/db/database-plan";
import { isReachableByOthers } from "../../lib/db/fs-reachability";
import { expect } from "@playwright/test";

// The test server's database, planned the same way scripts/serve-test.ts plans it (TEST_PG_PORT, DATABASE_URL).
export const testDatabaseUrl =
  process.env.E2E_DATABASE_URL ??
  planDatabase({
    env: process.env,
    projectDir: path.resolve(__dirname, "../.."),
    tmpDir: os.tmpdir(),
    profile: "test",
    isReachableByOthers,
  }).url;

/** Which message: a window consent code or a terminal sign-in code (tests may send both to one phone at once). */
const kinds = {
  consent: /授权码|ھوقۇق بېرىش كودى/,
  terminal: /验证码|كىرىش دەلىللەش كودى/,
  /** Registration, sign-in by code, reset and number change (lib/accounts). */
  account: /验证码|دەلىللەش كودى/,
} as const;

/** Polls the messages to a phone since `after`, newest first, until `pick` finds one; returns it. */
async function pollSmsTo(
  mobile: string,
  after: Date,
  pick: (bodies: string[]) => string | undefined,
  message: string,
): Promise<string> {
  const client = new Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    let body = "";
    await expect
      .poll(
        async () => {
          const r = await client.query<{ body: string }>(
            `SELECT body FROM "DevSmsMessage" WHERE "to" = $1 AND "createdAt" >= $2 ORDER BY id DESC LIMIT 20`,
            [mobile, after.toISOString().replace("Z", "")],
          );
          body = pick(r.rows.map((row) => row.body)) ?? "";
          return body.length > 0;
        },
        { message },
      )
      .toBe(true);
    return body;
  } finally {
    await client.end();
  }
}

export async function latestCodeSentTo(mobile: string, after: Date, kind: keyof typeof kinds): Promise<string> {
  const body = await pollSmsTo(
    mobile,
    after,
    (bodies) => [bodies.find((b) => kinds[kind].test(b))].find((b) => b && /\d{6}/.test(b)),
    `an SMS with a code to ${mobile}`,
  );
  return body.match(/\d{6}/)![0];
}

/** The newest SMS to a phone since `after` (a notice carries no code). */
export function latestSmsTo(mobile: string, after: Date): Promise<string> {
  return pollSmsTo(mobile, after, (bodies) => bodies[0], `an SMS to ${mobile}`);
}

/** One query on the test database, on a connection of its own. */
export async function queryTestDatabase<R extends object>(sql: string, params: unknown[]): Promise<R[]> {
  const client = new Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A resident as the window registers one (verified in person, no password), straight into the test database. */
export async function insertWindowResident(mobile: string, name: string): Promise<void> {
  await queryTestDatabase(
    `INSERT INTO "User" (id, role, mobile, "nameZh", "passwordHash", assurance, "updatedAt")
     VALUES ($1, 'resident', $2, $3, NULL, 'in_person', now())`,
    [`e2e-${mobile}`, mobile, name],
  );
}
