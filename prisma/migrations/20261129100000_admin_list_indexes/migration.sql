-- The dashboard's article list at archive scale: each order it offers is a range of one index
-- (so a page, even a deep one, reads only the index), and "Search headlines" (ILIKE '%…%')
-- uses a trigram index instead of reading every headline.

-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Article_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Article_updatedAt_id_idx" ON "Article"("updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_headline_id_idx" ON "Article"("headline", "id");

-- CreateIndex
CREATE INDEX "Article_headline_idx" ON "Article" USING GIN ("headline" gin_trgm_ops);
