// The application's Prisma client (Rust-free, over the pg driver). One per server process; the dev server's hot
// reload would otherwise open a new pool on every edit, so it is kept on globalThis there.
// Created on first use, not at import: `next build` imports route modules without a database.
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { databaseUrl } from "@/lib/env";

function create() {
  const url = databaseUrl();
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
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
