-- Scheduled work on applications (lib/jobs/tasks/): the portal itself acts, as the actor "system", when nobody else
-- does: it fires the lead department's pledge_overdue on a 容缺 material past its due date, and its event and audit
-- rows say it was the system (actorRole 'system', actorId 'system').
ALTER TYPE "Role" ADD VALUE IF NOT EXISTS 'system';

-- The reminder to the resident two working days before a pledged material is due: one row per application and due
-- date, inserted in the same transaction as the inbox row and the SMS, so a task run twice (or by two workers at
-- once) reminds once.
CREATE TABLE "PledgeReminder" (
    "applicationId" TEXT NOT NULL,
    "dueBy" TEXT NOT NULL,
    "materials" TEXT[] NOT NULL,
    "remindedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PledgeReminder_pkey" PRIMARY KEY ("applicationId", "dueBy")
);
ALTER TABLE "PledgeReminder" ADD CONSTRAINT "PledgeReminder_applicationId_fkey"
  FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A deadline near (within DUE_SOON_DAYS working days) or passed, raised once per application, kind and deadline:
-- the responsible department's reviewers see it on their workbench while it still applies.
CREATE TABLE "DeadlineWarning" (
    "id" BIGSERIAL NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeadlineWarning_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DeadlineWarning_kind_check" CHECK ("kind" IN ('near', 'passed'))
);
CREATE UNIQUE INDEX "DeadlineWarning_applicationId_kind_deadline_key"
  ON "DeadlineWarning"("applicationId", "kind", "deadline");
CREATE INDEX "DeadlineWarning_createdAt_idx" ON "DeadlineWarning"("createdAt");
ALTER TABLE "DeadlineWarning" ADD CONSTRAINT "DeadlineWarning_applicationId_fkey"
  FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The app role writes both (the default privileges of 20261203120000 cover tables the owner creates; said again
-- here so the grant does not depend on who runs the migration).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_app') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON "PledgeReminder", "DeadlineWarning" TO portal_app;
    GRANT USAGE, SELECT ON SEQUENCE "DeadlineWarning_id_seq" TO portal_app;
  END IF;
END $$;
