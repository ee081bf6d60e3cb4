-- Resident accounts: assurance levels, optional passwords, sessions as rows, one-time codes for phones.
CREATE TYPE "Assurance" AS ENUM ('phone', 'registry', 'in_person');

ALTER TABLE "User" ADD COLUMN "assurance" "Assurance" NOT NULL DEFAULT 'phone';
ALTER TABLE "User" ALTER COLUMN "passwordHash" DROP NOT NULL;
-- Residents who already have an ID number on their profile were verified when it was recorded.
UPDATE "User" u SET "assurance" = 'registry'
  FROM "Profile" p WHERE p."userId" = u."id" AND p."idNumber" IS NOT NULL AND u."role" = 'resident';

CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "device" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "UserSession_userId_endedAt_idx" ON "UserSession"("userId", "endedAt");
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "OneTimeCode" RENAME COLUMN "userId" TO "subject";
ALTER INDEX "OneTimeCode_userId_purpose_createdAt_idx" RENAME TO "OneTimeCode_subject_purpose_createdAt_idx";
