-- CreateEnum
CREATE TYPE "ConsentMethod" AS ENUM ('sms_code', 'signature');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "windowNo" TEXT;

-- CreateTable
CREATE TABLE "WindowSession" (
    "id" TEXT NOT NULL,
    "clerkId" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "windowNo" TEXT NOT NULL,
    "consentMethod" "ConsentMethod",
    "consentedAt" TIMESTAMP(3),
    "signatureRef" TEXT,
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WindowSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WindowSession_clerkId_createdAt_idx" ON "WindowSession"("clerkId", "createdAt");

-- CreateIndex
CREATE INDEX "WindowSession_residentId_createdAt_idx" ON "WindowSession"("residentId", "createdAt");

-- CreateIndex
CREATE INDEX "OneTimeCode_userId_purpose_createdAt_idx" ON "OneTimeCode"("userId", "purpose", "createdAt");

