-- Tag, author and section pages straight from one index range. Each byline and tag row carries a copy
-- of its article's status and publication date, so "a tag's published pieces, newest first,
-- a page at a time" (and its count) is an index scan on (tagId, published, publishedAt DESC,
-- articleId DESC) instead of a walk through every published article probing the join table.
--
-- The copies are kept by PostgreSQL, in the same transaction as the write, whoever writes:
-- - a new or changed byline or tag row copies them from its article (locking that row FOR
--   SHARE, so it waits for a publish in flight and reads its result);
-- - a change of an article's status or publishedAt is copied to all of its rows.
-- The app never writes these columns; schema.prisma declares them for reading only.

-- AlterTable
ALTER TABLE "ArticleAuthor" ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ArticleTag" ADD COLUMN     "published" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- Backfill
UPDATE "ArticleAuthor" l SET "published" = (a.status = 'PUBLISHED'), "publishedAt" = a."publishedAt" FROM "Article" a WHERE a.id = l."articleId";
UPDATE "ArticleTag" l SET "published" = (a.status = 'PUBLISHED'), "publishedAt" = a."publishedAt" FROM "Article" a WHERE a.id = l."articleId";

-- DropIndex (the new indexes lead with the same column)
DROP INDEX "ArticleAuthor_authorId_idx";

-- DropIndex
DROP INDEX "ArticleTag_tagId_idx";

-- DropIndex (listings order by publishedAt then id: with id in the index a page is a plain range)
DROP INDEX "Article_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Article_sectionId_status_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Article_status_publishedAt_id_idx" ON "Article"("status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Article_sectionId_status_publishedAt_id_idx" ON "Article"("sectionId", "status", "publishedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ArticleAuthor_authorId_published_publishedAt_articleId_idx" ON "ArticleAuthor"("authorId", "published", "publishedAt" DESC, "articleId" DESC);

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_published_publishedAt_articleId_idx" ON "ArticleTag"("tagId", "published", "publishedAt" DESC, "articleId" DESC);

-- A byline or tag row, inserted or updated in any way, takes its article's status and date.
CREATE FUNCTION "article_link_copy_listing"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT a.status = 'PUBLISHED', a."publishedAt" INTO NEW."published", NEW."publishedAt"
    FROM "Article" a WHERE a.id = NEW."articleId" FOR SHARE;
  -- No such article: the foreign key refuses the row, with its own message.
  IF NOT FOUND THEN NEW."published" := false; END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "ArticleAuthor_copy_listing" BEFORE INSERT OR UPDATE ON "ArticleAuthor"
  FOR EACH ROW EXECUTE FUNCTION "article_link_copy_listing"();

CREATE TRIGGER "ArticleTag_copy_listing" BEFORE INSERT OR UPDATE ON "ArticleTag"
  FOR EACH ROW EXECUTE FUNCTION "article_link_copy_listing"();

-- Publishing, unpublishing, a scheduled piece going live, a changed date: every row follows.
CREATE FUNCTION "article_push_listing"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticleAuthor" SET "published" = (NEW.status = 'PUBLISHED'), "publishedAt" = NEW."publishedAt" WHERE "articleId" = NEW.id;
  UPDATE "ArticleTag" SET "published" = (NEW.status = 'PUBLISHED'), "publishedAt" = NEW."publishedAt" WHERE "articleId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Article_push_listing" AFTER UPDATE OF status, "publishedAt" ON "Article"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt")
  EXECUTE FUNCTION "article_push_listing"();
