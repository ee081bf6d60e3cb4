// Makes a race certain instead of likely. A third connection locks the row (or the table) first; the competing calls
// then read it (plain reads are not blocked), reach their write and wait there. Once all of them wait, the lock is let go: every
// one of them read the same state before any of them wrote — the moment a compare-and-set exists for.
import pg from "pg";
import { testDatabase } from "./integration/test-database";

export type RowGate = {
  /** Resolves when `n` statements of this database wait for a lock (fails after a few seconds). */
  waitForWaiters(n: number): Promise<void>;
  release(): Promise<void>;
};

export function lockRow(table: string, id: string): Promise<RowGate> {
  return gate(`SELECT 1 FROM "${table}" WHERE id = $1 FOR UPDATE`, [id]);
}

/** For races that insert (no row to lock yet): writes to the table wait, reads do not. */
export function lockTable(table: string): Promise<RowGate> {
  return gate(`LOCK TABLE "${table}" IN SHARE ROW EXCLUSIVE MODE`, []);
}

async function gate(lockSql: string, params: unknown[]): Promise<RowGate> {
  const client = new pg.Client({ connectionString: testDatabase().url });
  await client.connect();
  await client.query("BEGIN");
  await client.query(lockSql, params);
  return {
    async waitForWaiters(n) {
      for (let i = 0; i < 200; i++) {
        // Inside this transaction the statistics views are a snapshot taken at first use: take a fresh one.
        await client.query("SELECT pg_stat_clear_snapshot()");
        const r = await client.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND state = 'active'`,
        );
        if ((r.rows[0] as { n: number }).n >= n) return;
        await new Promise((res) => setTimeout(res, 20));
      }
      throw new Error(`fewer than ${n} statements came to wait for the row lock`);
    },
    async release() {
      await client.query("ROLLBACK");
      await client.end();
    },
  };
}

/** Runs the competing calls against a locked row, lets them go together once all wait, and settles them. */
export async function raceOnRow<T>(
  table: string,
  id: string,
  calls: (() => Promise<T>)[],
): Promise<PromiseSettledResult<T>[]> {
  return race(await lockRow(table, id), calls);
}

/** The same for calls that insert into `table`. */
export async function raceOnTable<T>(table: string, calls: (() => Promise<T>)[]): Promise<PromiseSettledResult<T>[]> {
  return race(await lockTable(table), calls);
}

async function race<T>(g: RowGate, calls: (() => Promise<T>)[]): Promise<PromiseSettledResult<T>[]> {
  const running = Promise.allSettled(calls.map((c) => c()));
  try {
    await g.waitForWaiters(calls.length);
  } finally {
    await g.release();
  }
  return running;
}
