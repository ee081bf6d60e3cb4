-- A change of who someone is to the portal (role, department, disabled) signs them out everywhere, whatever wrote
-- the change: the admin workspace, a script, or an operator at the SQL prompt. The session rows are the one place a
-- signed-in cookie is checked against (lib/auth/sessions/user-sessions.ts), so ending them revokes every token.
CREATE OR REPLACE FUNCTION end_sessions_on_authority_change() RETURNS trigger AS $$
BEGIN
  IF NEW."role" IS DISTINCT FROM OLD."role"
     OR NEW."departmentId" IS DISTINCT FROM OLD."departmentId"
     OR (NEW."disabledAt" IS NOT NULL AND OLD."disabledAt" IS NULL) THEN
    UPDATE "UserSession" SET "endedAt" = now() WHERE "userId" = NEW."id" AND "endedAt" IS NULL;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER user_authority_change_ends_sessions
  AFTER UPDATE OF "role", "departmentId", "disabledAt" ON "User"
  FOR EACH ROW EXECUTE FUNCTION end_sessions_on_authority_change();

-- Staff second factor (TOTP). See schema.prisma for what each column is for.
CREATE TABLE "StaffSecondFactor" (
    "userId" TEXT NOT NULL,
    "secret" TEXT,
    "pendingSecret" TEXT,
    "enrolledAt" TIMESTAMP(3),
    "enrolledById" TEXT,
    "lastStep" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    CONSTRAINT "StaffSecondFactor_pkey" PRIMARY KEY ("userId")
);
ALTER TABLE "StaffSecondFactor" ADD CONSTRAINT "StaffSecondFactor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
