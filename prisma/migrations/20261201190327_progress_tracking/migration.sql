-- CreateEnum
CREATE TYPE "PartStatus" AS ENUM ('pending', 'approved', 'refused');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'failed');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ApplicationStatus" ADD VALUE 'accepted';
ALTER TYPE "ApplicationStatus" ADD VALUE 'not_accepted';
ALTER TYPE "ApplicationStatus" ADD VALUE 'under_review';
ALTER TYPE "ApplicationStatus" ADD VALUE 'supplement_requested';
ALTER TYPE "ApplicationStatus" ADD VALUE 'approved';
ALTER TYPE "ApplicationStatus" ADD VALUE 'refused';
ALTER TYPE "ApplicationStatus" ADD VALUE 'result_issued';
ALTER TYPE "ApplicationStatus" ADD VALUE 'closed';
ALTER TYPE "ApplicationStatus" ADD VALUE 'withdrawn';

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "acceptBy" TEXT,
ADD COLUMN     "pausedOn" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ApplicationEvent" ADD COLUMN     "departmentId" TEXT;

-- CreateTable
CREATE TABLE "ApplicationPart" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "status" "PartStatus" NOT NULL DEFAULT 'pending',
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,

    CONSTRAINT "ApplicationPart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "applicationId" TEXT,
    "type" TEXT NOT NULL,
    "payload" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" BIGSERIAL NOT NULL,
    "channel" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "body" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RateBucket_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ApplicationPart_departmentId_status_idx" ON "ApplicationPart"("departmentId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationPart_applicationId_departmentId_key" ON "ApplicationPart"("applicationId", "departmentId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Application_status_promisedBy_idx" ON "Application"("status", "promisedBy");

-- AddForeignKey
ALTER TABLE "ApplicationPart" ADD CONSTRAINT "ApplicationPart_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationPart" ADD CONSTRAINT "ApplicationPart_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

