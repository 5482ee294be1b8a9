-- Search finds "Britain’s" when a reader types "Britain's", and the other way round: curly
-- quotes and apostrophes (and primes) count as their straight forms in the search vector, as
-- they do in queries (lib/search-text.ts, foldQuotes). Left alone, PostgreSQL's parser keeps a
-- curly apostrophe inside the word under some locales (the embedded database's among them) and
-- splits on it under others, so "tenants’ union" and "tenants' union" matched different pieces.
-- As in article_search, the expression is written as PostgreSQL prints it back, to match the
-- dbgenerated() default in schema.prisma. Dropping the column drops its GIN index too.

-- AlterTable
ALTER TABLE "Article" DROP COLUMN "searchVector";
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (((setweight(to_tsvector('english'::regconfig, translate(headline, '‘’‚‛′“”„‟″'::text, '''''''''''"""""'::text)), 'A'::"char") || setweight(to_tsvector('english'::regconfig, translate(standfirst, '‘’‚‛′“”„‟″'::text, '''''''''''"""""'::text)), 'B'::"char")) || setweight(to_tsvector('english'::regconfig, translate("bodyText", '‘’‚‛′“”„‟″'::text, '''''''''''"""""'::text)), 'C'::"char"))) STORED;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
