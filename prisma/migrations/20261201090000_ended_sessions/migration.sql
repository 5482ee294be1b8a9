-- Staff sessions ended by signing out: a copy of the session cookie is refused from then on.
CREATE TABLE "EndedSession" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EndedSession_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "EndedSession_expiresAt_idx" ON "EndedSession"("expiresAt");
