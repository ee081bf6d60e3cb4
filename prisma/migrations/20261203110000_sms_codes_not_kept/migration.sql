-- A one-time code is sent, never kept: the outbox body holds a placeholder, the code waits sealed until delivered.
ALTER TABLE "OutboxMessage" ADD COLUMN "sealedCode" TEXT;

-- Codes already written in clear into bodies (rows made before this migration) are blanked: in a code message
-- (验证码 / 授权码, Uyghur كود) six digits standing alone are the code.
UPDATE "OutboxMessage" SET body = regexp_replace(body, '(^|[^0-9])[0-9]{6}([^0-9]|$)', '\1●●●●●●\2', 'g')
WHERE (body LIKE '%码%' OR body LIKE '%كود%') AND body ~ '(^|[^0-9])[0-9]{6}([^0-9]|$)';

-- The fake phone of development and the browser tests.
CREATE TABLE "DevSmsMessage" (
    "id" BIGSERIAL NOT NULL,
    "to" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DevSmsMessage_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DevSmsMessage_to_createdAt_idx" ON "DevSmsMessage"("to", "createdAt");
