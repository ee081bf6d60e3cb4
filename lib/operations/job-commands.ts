// pg-boss's own commands (retry, delete) run inside a Prisma transaction, so that the change to a job and the audit
// row that records it commit together. pg-boss takes a `db` option with executeSql for this; the instance is never
// started (no pool, no polling): it only supplies the SQL.
import "server-only";
import PgBoss from "pg-boss";
import type { Prisma } from "@/lib/db/generated/client";
import { JOB_SCHEMA } from "@/lib/jobs/job-queue";

let commands: PgBoss | undefined;

export function jobCommands(): PgBoss {
  commands ??= new PgBoss({ connectionString: "postgres://unused", schema: JOB_SCHEMA, migrate: false });
  return commands;
}

export function inTransaction(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      // bounded: pg-boss's own retry/delete statements on the ids it is given, answering one count row
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
    }),
  };
}
