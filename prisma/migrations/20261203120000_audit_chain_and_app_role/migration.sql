-- Audit log, issue 18: a hash chain, an archive, and a database role for the portal that cannot undo either.
-- The role that runs the migrations owns every table (MIGRATION_DATABASE_URL); the portal connects as a member of
-- "portal_app" (DATABASE_URL), which may write the ordinary tables but only append to and read the audit log.

-- Hash chain: each row stores the hash of the row before it and its own (lib/audit/audit-chain.ts computes both).
-- Rows written before this migration keep NULL in both and are reported by audit:verify as "before the chain".
ALTER TABLE "AuditLog" ADD COLUMN "prevHash" TEXT, ADD COLUMN "hash" TEXT;
-- No two rows may follow the same row: a fork of the chain is impossible, not just detectable.
CREATE UNIQUE INDEX "AuditLog_prevHash_key" ON "AuditLog"("prevHash");
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- Rows past the retention period move here (npm run audit:archive), never deleted: same columns, same chain.
CREATE TABLE "AuditLogArchive" (
    "id" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "subjectType" TEXT,
    "subjectId" TEXT,
    "onBehalfOf" TEXT,
    "ip" TEXT,
    "payload" JSONB,
    "prevHash" TEXT,
    "hash" TEXT,
    "archivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLogArchive_pkey" PRIMARY KEY ("id")
);

-- Every append goes through here, whoever inserts: it takes the chain lock (the writer already holds it; taking it
-- again is free), gives the row its id only now (so ids follow chain order even for an insert that waited), and
-- refuses a row that does not name the current head as its predecessor.
CREATE FUNCTION audit_log_chain_append() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head TEXT;
BEGIN
  PERFORM pg_advisory_xact_lock(72041180011);
  IF NEW."hash" IS NULL OR NEW."prevHash" IS NULL THEN
    RAISE EXCEPTION 'AuditLog rows must carry prevHash and hash (write them with lib/audit/record-audit.ts)';
  END IF;
  NEW."id" := nextval(pg_get_serial_sequence('"AuditLog"', 'id'));
  SELECT "hash" INTO head FROM "AuditLog" WHERE "hash" IS NOT NULL ORDER BY "id" DESC LIMIT 1;
  IF head IS NULL THEN
    SELECT "hash" INTO head FROM "AuditLogArchive" WHERE "hash" IS NOT NULL ORDER BY "id" DESC LIMIT 1;
  END IF;
  IF NEW."prevHash" <> coalesce(head, repeat('0', 64)) THEN
    RAISE EXCEPTION 'AuditLog chain: prevHash % is not the head of the chain', NEW."prevHash";
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "AuditLog_chain_append" BEFORE INSERT ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_chain_append();

-- Still append-only, with one exception: the archive step (run by the owner, lib/audit/archive-audit-log.ts) may
-- remove a row that it has copied, unchanged, into the archive in the same transaction. The portal's role has no
-- DELETE right at all, so the setting alone opens nothing for it.
CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('audit.archiving', true) = 'on' AND EXISTS (
    SELECT 1 FROM "AuditLogArchive" a
    WHERE a."id" = OLD."id" AND a."at" = OLD."at" AND a."action" = OLD."action"
      AND a."hash" IS NOT DISTINCT FROM OLD."hash"
  ) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP;
END;
$$;

-- The archive itself never changes once written.
CREATE FUNCTION audit_archive_is_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLogArchive is permanent (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER "AuditLogArchive_permanent" BEFORE UPDATE OR DELETE ON "AuditLogArchive"
  FOR EACH ROW EXECUTE FUNCTION audit_archive_is_permanent();
CREATE TRIGGER "AuditLogArchive_no_truncate" BEFORE TRUNCATE ON "AuditLogArchive"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_archive_is_permanent();

-- The portal's role. Created here when missing (development, tests); in production the database administrator
-- creates it beforehand and grants it to the login role in DATABASE_URL (README "Database roles").
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_app') THEN
    CREATE ROLE portal_app NOLOGIN;
  END IF;
END;
$$;
GRANT USAGE ON SCHEMA public TO portal_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO portal_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO portal_app;
-- Tables and sequences later migrations create (as this same owner) get the same everyday rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO portal_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO portal_app;
-- Except: the audit log is append and read only, the archive read only, and the migration history none of its business.
REVOKE ALL ON "AuditLog" FROM portal_app;
GRANT SELECT, INSERT ON "AuditLog" TO portal_app;
REVOKE ALL ON "AuditLogArchive" FROM portal_app;
GRANT SELECT ON "AuditLogArchive" TO portal_app;
REVOKE ALL ON "_prisma_migrations" FROM portal_app;
