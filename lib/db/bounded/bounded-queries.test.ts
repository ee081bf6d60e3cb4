// House rule: every list query has a limit. This walks every product source file under lib/ (not tests, not the
// generated client, not test support) and fails on a findMany without its own `take`, or a raw SELECT without LIMIT
// (see find-unbounded.ts for what counts). A list that is small by nature still gets an explicit, generous cap
// constant, with a comment saying why it is safe.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findUnbounded, unboundedSelect } from "./find-unbounded";

const ROOT = path.resolve(__dirname, "../../..");
const SKIP_DIRS = new Set(["lib/db/generated", "lib/test-support", "node_modules"]);

function productFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return SKIP_DIRS.has(rel) ? [] : productFiles(rel);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [rel] : [];
  });
}

describe("list queries in lib/ are bounded", () => {
  it("every findMany has a take and every raw SELECT a LIMIT", () => {
    const files = productFiles("lib");
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((f) =>
      findUnbounded(f, fs.readFileSync(path.join(ROOT, f), "utf8")).map((u) => `${f}:${u.line} ${u.kind}: ${u.text}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe("findUnbounded", () => {
  const src = (body: string) => `async function f(db: any, tx: any, args: any) {\n${body}\n}`;

  it("finds findMany without its own take, however it is written", () => {
    const found = findUnbounded(
      "x.ts",
      src(`
      await db.user.findMany({ where: { id: 1 } });
      await tx.auditLog.findMany(
        { select: { id: true, items: { take: 5 } } }, // take in a nested select bounds the relation only
      );
      await db.user.findMany();
      await db.user.findMany(args);
      await db.user.findMany({ ...args });
      // db.user.findMany({}) in a comment is not a call
      const s = "db.user.findMany({})";
    `),
    );
    expect(found.map((u) => [u.line, u.kind])).toEqual([
      [3, "findMany"],
      [4, "findMany"],
      [7, "findMany"],
      [8, "findMany"],
      [9, "findMany"],
    ]);
  });

  it("accepts a take however it is given", () => {
    const found = findUnbounded(
      "x.ts",
      src(`
      const take = 10;
      await db.user.findMany({ where: {}, take: 20 });
      await db.user.findMany({ take });
      await db.user.findMany({ "take": take + 1, orderBy: { id: "asc" } });
      const batch = { where: {}, take: 5 } as const;
      await db.user.findMany(batch);
    `),
    );
    expect(found).toEqual([]);
    const unbounded = findUnbounded("y.ts", src(`const q = { where: {} };\nawait db.user.findMany(q);`));
    expect(unbounded.map((u) => u.kind)).toEqual(["findMany"]);
  });

  it("finds raw SELECTs from a table without LIMIT, written at the call", () => {
    const found = findUnbounded(
      "x.ts",
      src(`
      await db.$queryRaw\`SELECT id FROM "User" WHERE role = \${"x"}\`;
      await tx.$queryRaw\`
        SELECT 1 FROM "Application" WHERE id = \${"a"} FOR UPDATE\`;
      await db.$queryRawUnsafe('SELECT * FROM "User"');
      await db.$queryRawUnsafe(args);
      await db.$queryRaw\`SELECT 1\`;
      await db.$queryRaw\`SELECT id FROM "User" ORDER BY id LIMIT \${5}\`;
      await db.$queryRaw\`INSERT INTO "T" (a) VALUES (1) RETURNING a\`;
      await db.$executeRaw\`SELECT pg_advisory_xact_lock(1)\`;
    `),
    );
    expect(found.map((u) => [u.line, u.kind])).toEqual([
      [3, "queryRaw"],
      [4, "queryRaw"],
      [6, "queryRaw"],
      [7, "queryRaw"],
    ]);
  });

  it("reads SQL comments and CTEs", () => {
    expect(unboundedSelect('WITH x AS (SELECT 1) SELECT * FROM "T"')).toBe(true);
    expect(unboundedSelect('SELECT * FROM "T" -- LIMIT 5')).toBe(true);
    expect(unboundedSelect('SELECT * FROM "T" LIMIT 1 FOR UPDATE')).toBe(false);
    expect(unboundedSelect('UPDATE "T" SET a = 1 FROM "U" RETURNING a')).toBe(false);
  });

  it("lets a call whose SQL is not ours pass only with a written reason on the line above", () => {
    const found = findUnbounded(
      "x.ts",
      src(`
      // bounded: a library's own statement, one count row
      await tx.$queryRawUnsafe(text, ...values);
      // bounded:
      await tx.$queryRawUnsafe(text, ...values);
      await tx.$queryRawUnsafe(text, ...values);
    `),
    );
    expect(found.map((u) => u.line)).toEqual([6, 7]);
  });
});
