-- Life-event bundles (issue 21, 高效办成一件事): a bundle's submission creates one application per member item, linked
-- to one ApplicationBundle that carries the resident's reference and receipt.

CREATE TABLE "ApplicationBundle" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "bundleSlug" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "draftId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApplicationBundle_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ApplicationBundle_reference_key" ON "ApplicationBundle"("reference");
CREATE UNIQUE INDEX "ApplicationBundle_draftId_key" ON "ApplicationBundle"("draftId");
CREATE INDEX "ApplicationBundle_applicantId_submittedAt_idx" ON "ApplicationBundle"("applicantId", "submittedAt");

ALTER TABLE "Application" ADD COLUMN "bundleId" TEXT;
ALTER TABLE "Application" ADD COLUMN "bundleMember" TEXT;
CREATE INDEX "Application_bundleId_idx" ON "Application"("bundleId");
ALTER TABLE "Application" ADD CONSTRAINT "Application_bundleId_fkey" FOREIGN KEY ("bundleId") REFERENCES "ApplicationBundle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal_app') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON "ApplicationBundle" TO portal_app;
  END IF;
END $$;

-- One draft per person and item, as before, for drafts of their own: a bundle's member is created as a draft and
-- submitted in the same transaction (and an undone member is a draft of its bundle), so it does not take the slot
-- of a draft the resident may already have of that item.
DROP INDEX "Application_one_draft_per_service";
CREATE UNIQUE INDEX "Application_one_draft_per_service" ON "Application" ("applicantId", "serviceCode")
  WHERE "status" = 'draft' AND "bundleId" IS NULL;
