-- A search's matches by the GIN index alone, newest first (lib/data/search.ts, the bitmap path).
-- The planner prices testing a tsvector as one cheap operator, not a read of several kilobytes
-- from TOAST, so left to itself it walks the date index or scans the table for queries a bitmap
-- answers in a few milliseconds. Its settings here are the function's own (a function with SET
-- clauses is never inlined), so a search takes one statement, where setting them for a
-- transaction took four round trips.
CREATE FUNCTION search_published_matches(query tsquery, max_rows integer)
RETURNS TABLE (id text, "publishedAt" timestamp(3), "searchVector" tsvector)
LANGUAGE sql STABLE
SET enable_seqscan = off
SET enable_indexscan = off
AS $$
  SELECT a.id, a."publishedAt", a."searchVector" FROM "Article" a
   WHERE a.status = 'PUBLISHED' AND a."searchVector" @@ query
   ORDER BY a."publishedAt" DESC, a.id DESC
   LIMIT max_rows
$$;
