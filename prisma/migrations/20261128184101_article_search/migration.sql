-- Full-text search over published articles: a weighted tsvector kept up to date by
-- PostgreSQL itself (a stored generated column), so no write path can forget it.
-- Weights: headline A, standfirst B, body C, English stemming.
-- The expression is written exactly as PostgreSQL prints it back, so that the
-- dbgenerated() default in schema.prisma matches and `prisma migrate dev` sees no drift.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (((setweight(to_tsvector('english'::regconfig, headline), 'A'::"char") || setweight(to_tsvector('english'::regconfig, standfirst), 'B'::"char")) || setweight(to_tsvector('english'::regconfig, "bodyText"), 'C'::"char"))) STORED;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
