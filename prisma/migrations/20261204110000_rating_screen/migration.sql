-- The resident-facing rating screen at a window (issue 20): a browser (a small tablet facing the resident) known by
-- the SHA-256 of a device token in its httpOnly cookie, showing a short pairing code until a clerk types it in, then
-- that clerk's name and window, and a rating form for the window session the clerk asked about.

CREATE TABLE "RatingScreen" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "pairCode" TEXT,
    "pairCodeUntil" TIMESTAMP(3),
    "clerkId" TEXT,
    "windowNo" TEXT,
    "pairedAt" TIMESTAMP(3),
    "askedSessionId" TEXT,
    "askedAt" TIMESTAMP(3),
    "ratedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "RatingScreen_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RatingScreen_tokenHash_key" ON "RatingScreen"("tokenHash");
CREATE UNIQUE INDEX "RatingScreen_pairCode_key" ON "RatingScreen"("pairCode");
CREATE UNIQUE INDEX "RatingScreen_clerkId_key" ON "RatingScreen"("clerkId");
CREATE INDEX "RatingScreen_createdAt_idx" ON "RatingScreen"("createdAt");

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_app') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON "RatingScreen" TO portal_app;
  END IF;
END $$;

-- A reply to the result SMS is matched by the number it came from (lib/evaluation/receive-sms-reply.ts).
CREATE INDEX "OutboxMessage_to_createdAt_idx" ON "OutboxMessage"("to", "createdAt");
