-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('resident', 'clerk', 'reviewer', 'admin');

-- CreateEnum
CREATE TYPE "TextSize" AS ENUM ('standard', 'large');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('zh', 'ug');

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameUg" TEXT NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "mobile" TEXT,
    "staffId" TEXT,
    "passwordHash" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameUg" TEXT,
    "departmentId" TEXT,
    "textSize" "TextSize",
    "locale" "Locale",
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "identifier" TEXT NOT NULL,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "lastFailedAt" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("identifier")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "subjectType" TEXT,
    "subjectId" TEXT,
    "onBehalfOf" TEXT,
    "ip" TEXT,
    "payload" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_mobile_key" ON "User"("mobile");

-- CreateIndex
CREATE UNIQUE INDEX "User_staffId_key" ON "User"("staffId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_subjectType_subjectId_at_idx" ON "AuditLog"("subjectType", "subjectId", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A user is either a resident (signs in with a mobile number) or staff (signs in with a staff ID), never both.
ALTER TABLE "User" ADD CONSTRAINT "User_login_kind_check" CHECK (
  ("role" = 'resident' AND "mobile" IS NOT NULL AND "staffId" IS NULL) OR
  ("role" <> 'resident' AND "staffId" IS NOT NULL AND "mobile" IS NULL)
);

-- The audit log is append-only: no row may be changed or removed, whatever the application does.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP;
END;
$$;
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
