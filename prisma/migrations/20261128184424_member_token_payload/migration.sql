-- AlterTable
ALTER TABLE "MemberToken" ADD COLUMN     "payload" JSONB;

-- CreateIndex
CREATE INDEX "MemberToken_memberId_idx" ON "MemberToken"("memberId");
