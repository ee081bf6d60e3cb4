-- ID numbers, bank cards and disability certificate numbers are sealed at rest (AES-256-GCM in the existing columns)
-- with a keyed hash beside each for exact lookup; one ID number per person is now enforced on the hash.
-- Rows written in clear before this migration are sealed by `npm run keys:rotate` (scripts/reseal-data.ts), which
-- every local start runs; until then their hash columns are empty (Profile) or hold a placeholder (HouseholdMember).
DROP INDEX "Profile_idNumber_key";
ALTER TABLE "Profile" ADD COLUMN "idNumberHash" TEXT,
    ADD COLUMN "bankCardHash" TEXT,
    ADD COLUMN "disabilityCertNumberHash" TEXT;
CREATE UNIQUE INDEX "Profile_idNumberHash_key" ON "Profile"("idNumberHash");
CREATE INDEX "Profile_bankCardHash_idx" ON "Profile"("bankCardHash");
CREATE INDEX "Profile_disabilityCertNumberHash_idx" ON "Profile"("disabilityCertNumberHash");

DROP INDEX "HouseholdMember_ownerId_idNumber_key";
-- A placeholder that keeps (owner, member) unique until the row is sealed; the reseal step replaces it.
ALTER TABLE "HouseholdMember" ADD COLUMN "idNumberHash" TEXT;
UPDATE "HouseholdMember" SET "idNumberHash" = 'clear:' || "idNumber";
ALTER TABLE "HouseholdMember" ALTER COLUMN "idNumberHash" SET NOT NULL;
CREATE UNIQUE INDEX "HouseholdMember_ownerId_idNumberHash_key" ON "HouseholdMember"("ownerId", "idNumberHash");
