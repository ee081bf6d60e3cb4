// The application's Prisma client (Rust-free, over the pg driver). One per server process; the dev server's hot
// reload would otherwise open a new pool on every edit, so it is kept on globalThis there.
// Created on first use, not at import: `next build` imports route modules without a database.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "@/lib/env";

function create() {
  const url = databaseUrl();
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10 }),
    // A burst (50 residents submitting at once, bench/submission.ts) queues for the 10 connections: a transaction
    // waits up to 10 s for one instead of Prisma's 2 s, after which a resident's submit failed with "Unable to start
    // a transaction in the given time" although the server was only busy, not broken.
    transactionOptions: { maxWait: 10_000 },
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= create();
  return globalForPrisma.prisma;
}

export const db = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const real = client();
    const value = Reflect.get(real, prop);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
