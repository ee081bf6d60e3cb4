-- Window consent that proves presence: the signed paper form is scanned into the session.
ALTER TABLE "WindowSession" ADD COLUMN "signedFormKey" TEXT,
ADD COLUMN "signedFormMime" TEXT,
ADD COLUMN "signedFormSha256" TEXT;

-- Consents ticked by a window clerk record the clerk and the session.
ALTER TABLE "Consent" ADD COLUMN "grantedById" TEXT,
ADD COLUMN "windowSessionId" TEXT;
