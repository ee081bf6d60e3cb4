-- Registered hall kiosks: terminal sign-in only from a browser holding an unrevoked device key (hash stored).
CREATE TABLE "TerminalDevice" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    CONSTRAINT "TerminalDevice_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "TerminalDevice_keyHash_key" ON "TerminalDevice"("keyHash");
