-- Service evaluation (好差评), rectification cases, and the decision columns the dashboard reads (issue 20).

ALTER TABLE "Application" ADD COLUMN "decidedAt" TIMESTAMP(3),
  ADD COLUMN "decidedOn" TEXT,
  ADD COLUMN "decisionWorkingDays" INTEGER,
  ADD COLUMN "supplementRequests" INTEGER NOT NULL DEFAULT 0;

-- Existing applications: the first decision event, and how many supplements were asked.
UPDATE "Application" a SET "decidedAt" = d.at,
  "decidedOn" = to_char(d.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')
FROM (SELECT "applicationId", min(at) AS at FROM "ApplicationEvent"
      WHERE "toStatus" IN ('approved', 'refused', 'not_accepted') GROUP BY "applicationId") d
WHERE a.id = d."applicationId";
UPDATE "Application" a SET "supplementRequests" = s.n
FROM (SELECT "applicationId", count(*)::int AS n FROM "ApplicationEvent"
      WHERE "toStatus" = 'supplement_requested' GROUP BY "applicationId") s
WHERE a.id = s."applicationId";

CREATE TYPE "EvaluationChannel" AS ENUM ('online', 'window', 'terminal', 'sms');
CREATE TYPE "RectificationStatus" AS ENUM ('open', 'responded', 'confirmed', 'disputed', 'withdrawn');

CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "applicationId" TEXT,
    "windowSessionId" TEXT,
    "channel" "EvaluationChannel" NOT NULL,
    "departmentId" TEXT NOT NULL,
    "serviceCode" TEXT,
    "clerkId" TEXT,
    "score" INTEGER NOT NULL,
    "reasons" TEXT[],
    "comment" TEXT,
    "changeableUntil" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Evaluation_score_range" CHECK ("score" BETWEEN 1 AND 5)
);
CREATE UNIQUE INDEX "Evaluation_windowSessionId_key" ON "Evaluation"("windowSessionId");
CREATE UNIQUE INDEX "Evaluation_applicationId_channel_key" ON "Evaluation"("applicationId", "channel");
CREATE INDEX "Evaluation_departmentId_createdAt_idx" ON "Evaluation"("departmentId", "createdAt");
CREATE INDEX "Evaluation_createdAt_idx" ON "Evaluation"("createdAt");
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_applicationId_fkey" FOREIGN KEY ("applicationId")
  REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "RectificationCase" (
    "id" TEXT NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "applicationId" TEXT,
    "status" "RectificationStatus" NOT NULL DEFAULT 'open',
    "openedOn" TEXT NOT NULL,
    "dueBy" TEXT NOT NULL,
    "response" TEXT,
    "respondedAt" TIMESTAMP(3),
    "respondedById" TEXT,
    "responseWorkingDays" INTEGER,
    "verdictAt" TIMESTAMP(3),
    "escalatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RectificationCase_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RectificationCase_evaluationId_key" ON "RectificationCase"("evaluationId");
CREATE INDEX "RectificationCase_departmentId_status_dueBy_idx" ON "RectificationCase"("departmentId", "status", "dueBy");
CREATE INDEX "RectificationCase_status_dueBy_idx" ON "RectificationCase"("status", "dueBy");
CREATE INDEX "RectificationCase_residentId_createdAt_idx" ON "RectificationCase"("residentId", "createdAt");
ALTER TABLE "RectificationCase" ADD CONSTRAINT "RectificationCase_evaluationId_fkey" FOREIGN KEY ("evaluationId")
  REFERENCES "Evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The app role writes both (as in 20261203160400: said here so the grant does not depend on who runs it).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_app') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON "Evaluation", "RectificationCase" TO portal_app;
  END IF;
END $$;
