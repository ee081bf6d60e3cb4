import { describe, expect, it } from "vitest";
import { planDatabase, type PlanInput } from "./database-plan";

const base: PlanInput = {
  env: {},
  projectDir: "/srv/portal",
  tmpDir: "/tmp",
  profile: "dev",
  isReachableByOthers: () => true,
};

describe("planDatabase", () => {
  it("uses DATABASE_URL when it is set, and starts nothing embedded", () => {
    const plan = planDatabase({ ...base, env: { DATABASE_URL: "postgresql://u:p@db.internal:5432/portal" } });
    expect(plan).toEqual({
      kind: "external",
      url: "postgresql://u:p@db.internal:5432/portal",
      migrationUrl: "postgresql://u:p@db.internal:5432/portal",
    });
  });
  it("runs migrations as the owner role of MIGRATION_DATABASE_URL when it is set", () => {
    const env = {
      DATABASE_URL: "postgresql://app:p@db.internal:5432/portal",
      MIGRATION_DATABASE_URL: "postgresql://owner:q@db.internal:5432/portal",
    };
    expect(planDatabase({ ...base, env })).toMatchObject({
      url: env.DATABASE_URL,
      migrationUrl: env.MIGRATION_DATABASE_URL,
    });
  });
  it("treats an empty DATABASE_URL as unset", () => {
    expect(planDatabase({ ...base, env: { DATABASE_URL: "  " } }).kind).toBe("embedded");
  });
  it("starts the embedded server with data under the project by default", () => {
    const plan = planDatabase(base);
    expect(plan).toMatchObject({
      kind: "embedded",
      dataDir: "/srv/portal/.data/postgres-dev",
      port: 54321,
      database: "portal",
    });
    // The portal connects as its own role; the migrations as the owner.
    if (plan.kind === "embedded") {
      expect(plan.url).toBe(`postgresql://portal_app:portal-local-app@127.0.0.1:54321/portal`);
      expect(plan.migrationUrl).toBe(`postgresql://postgres:portal-local@127.0.0.1:54321/portal`);
    }
  });
  it("gives the tests their own data directory, port and database", () => {
    const dev = planDatabase(base);
    const test = planDatabase({ ...base, profile: "test" });
    expect(
      test.kind === "embedded" && dev.kind === "embedded" && test.dataDir !== dev.dataDir && test.port !== dev.port,
    ).toBe(true);
    expect(test).toMatchObject({ database: "portal_test", port: 54329 });
  });
  it("honours a port override and ignores a malformed one", () => {
    expect(planDatabase({ ...base, env: { EMBEDDED_PG_PORT: "6000" } })).toMatchObject({ port: 6000 });
    expect(planDatabase({ ...base, env: { EMBEDDED_PG_PORT: "60a" } })).toMatchObject({ port: 54321 });
  });
  it("moves the data to the temp folder when the postgres user cannot reach the project, and says so", () => {
    const plan = planDatabase({ ...base, projectDir: "/root/portal", isReachableByOthers: () => false });
    expect(plan.kind).toBe("embedded");
    if (plan.kind !== "embedded") return;
    expect(plan.dataDir.startsWith("/tmp/yining-portal-")).toBe(true);
    expect(plan.note).toMatch(/not reachable/);
  });
  it("never gives two checkouts the same fallback directory, even ones that differ only higher up the path", () => {
    // Two worktrees of the same name in different folders, same length: their paths share every trailing byte
    // except the differing folder, so a name derived from the end of the path would collide.
    const dirs = [
      "/root/portal",
      "/root/portal-2",
      "/root/a/yining-portal",
      "/root/b/yining-portal",
      "/home/alice/src/portal",
      "/home/bobby/src/portal",
    ];
    const fallbacks = dirs.map((projectDir) => {
      const plan = planDatabase({ ...base, projectDir, isReachableByOthers: () => false });
      return plan.kind === "embedded" ? plan.dataDir : plan.kind;
    });
    expect(fallbacks.every((d) => d.startsWith("/tmp/yining-portal-"))).toBe(true);
    expect(new Set(fallbacks).size).toBe(dirs.length);
  });
});
