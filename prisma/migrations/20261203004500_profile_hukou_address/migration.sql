-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "hukouAddress" TEXT;
