// Prisma CLI configuration: runs migrations through the WebAssembly schema engine over the `pg` driver, so nothing
// native is downloaded (STACK.md "Prisma offline recipe").
import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI looks for native engine files before it starts; point it at an empty placeholder (a real value wins).
const placeholder = path.join(__dirname, "prisma", ".engine-placeholder");
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= placeholder;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= placeholder;
process.env.PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING ??= "1";
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  // PORTAL_MIGRATIONS_DIR: a restore replays only the migrations its backup was made under (lib/backup/).
  migrations: { path: process.env.PORTAL_MIGRATIONS_DIR || path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const { createMigrationAdapter } = await import("./lib/db/migration-adapter");
    // Migrations run as the role that owns the tables; the portal's own role (DATABASE_URL) may not (README).
    return createMigrationAdapter(process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL || "");
  },
});
