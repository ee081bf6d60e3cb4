-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "applicantIdTail" TEXT,
ADD COLUMN     "applicantName" TEXT;

-- Applications submitted before these columns existed: the same values, from the applicant step's answers.
UPDATE "Application"
SET "applicantName" = "answers"->>'applicantName',
    "applicantIdTail" = upper(right("answers"->>'applicantIdNumber', 6))
WHERE "status" <> 'draft';
