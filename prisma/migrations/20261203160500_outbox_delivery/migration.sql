-- Outbox delivery outside the transaction (issue 19): a lease instead of a row lock held while the gateway answers,
-- a backoff between tries, what a message is about, and how a failed one was settled by an administrator.
ALTER TABLE "OutboxMessage"
  ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'notice',
  ADD COLUMN "applicationId" TEXT,
  ADD COLUMN "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN "claimToken" TEXT,
  ADD COLUMN "claimedUntil" TIMESTAMP(3),
  ADD COLUMN "resolvedAt" TIMESTAMP(3),
  ADD COLUMN "resolvedById" TEXT,
  ADD COLUMN "resolution" TEXT;

-- Rows written before: a code message is a code message (it has a sealed code or had one).
UPDATE "OutboxMessage" SET "kind" = 'code' WHERE body LIKE '%●●●●●●%';

CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

CREATE TABLE "DevPhoneFault" (
    "to" TEXT NOT NULL,
    "failuresLeft" INTEGER NOT NULL,
    CONSTRAINT "DevPhoneFault_pkey" PRIMARY KEY ("to")
);
