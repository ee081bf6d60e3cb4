// The running test file's database as the migrations' owner role (what an operator or the archive script holds),
// for tests that must do what the portal's own role cannot: tamper with audit rows, archive them.
import pg from "pg";
import { testDatabase } from "./test-database";

export async function ownerQuery(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: testDatabase().ownerUrl });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}
