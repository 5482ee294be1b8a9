-- AlterTable
ALTER TABLE "MemberToken" ADD COLUMN     "supersededAt" TIMESTAMP(3);
