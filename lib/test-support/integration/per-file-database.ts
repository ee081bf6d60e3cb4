// Vitest setupFiles entry of the integration tests: runs before each test file's own imports. Gives the file its own
// database (a copy of the migrated template), its own upload folder and the secrets the use cases read, then
// removes them after the file's last test.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, vi } from "vitest";
import { createTestDatabase, dropTestDatabase } from "./test-database";

// Files share a worker (isolate: false in the config): drop every module the previous file evaluated, so lib/
// singletons (the database client, blob storage, caches) start fresh; node_modules stay loaded.
vi.resetModules();
await createTestDatabase();

const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-it-uploads-"));
process.env.UPLOAD_DIR = uploadDir;
// One-time codes and the tracking cookie are keyed with it; any fixed value will do for tests.
process.env.NEXTAUTH_SECRET = "integration-test-secret";
// ID numbers, bank cards and certificate numbers are sealed at rest (lib/security/field-crypto.ts): fixed test keys.
process.env.DATA_KEYS = `it1:${Buffer.alloc(32, 7).toString("base64")}`;
process.env.DATA_HMAC_KEY = Buffer.alloc(32, 9).toString("base64");

afterAll(async () => {
  await dropTestDatabase();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});
