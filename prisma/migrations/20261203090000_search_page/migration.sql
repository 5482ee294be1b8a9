-- A search in two statements, where it took four (lib/data/search.ts): a new query's time was
-- mostly round trips and the work between them, not the database's.

-- How many published articles PostgreSQL expects a query to match (its planner's estimate, from
-- the GIN statistics: counting them would cost what ranking them does), how many articles there
-- are, and how many nodes the query has (none: only stop words or symbols). An EXPLAIN inside a
-- function needs it VOLATILE; it reads nothing but the statistics.
CREATE FUNCTION search_estimate(query tsquery, OUT nodes integer, OUT estimate float8, OUT archive float8)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  plan json;
BEGIN
  nodes := numnode(query);
  archive := (SELECT reltuples FROM pg_class WHERE oid = '"Article"'::regclass);
  IF nodes > 0 THEN
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM "Article" WHERE status = ''PUBLISHED'' AND "searchVector" @@ %L::tsquery', query) INTO plan;
    estimate := (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
  END IF;
END
$$;

-- One page of a search, as JSON: {"found": n, "ranked": m, "hits": [...]}.
-- Candidates: the newest max_candidates + 1 matches (a row past max_candidates only says there
-- are more), by walking the newest walk_limit published articles when walk_limit > 0 and that
-- finds enough, else from the GIN index (search_published_matches). The caller picks walk_limit
-- from search_estimate (lib/search-text.ts, candidatePlan). Ranked best first by ts_rank_cd,
-- newest first among equals; `ranked` is how many of them are shown at most.
-- Hits: the ranked candidates from page_offset, page_size of them, each with its slug, date,
-- section and byline, and ts_headline's highlights of its headline, standfirst and a window of
-- its body around the first place a query lexeme starts a word (lexemes holding regular
-- expression characters are left out), on the texts as the search vector reads them (quotes
-- folded by translate(curly, straight)); raw* are the texts as stored, for unfolding.
CREATE FUNCTION search_page(query tsquery, walk_limit integer, max_candidates integer, page_offset integer, page_size integer,
  highlight_options text, fragment_options text, curly text, straight text, excerpt_lead integer, excerpt_window integer)
RETURNS json
LANGUAGE plpgsql STABLE AS $$
DECLARE
  ranked_ids text[];
  found integer;
  page_ids text[];
  hits json;
BEGIN
  IF walk_limit > 0 THEN
    SELECT array_agg(m.id ORDER BY m.rank DESC, m.n) FILTER (WHERE m.n <= max_candidates), count(*)
      INTO ranked_ids, found
      FROM (SELECT r.id, row_number() OVER (ORDER BY r."publishedAt" DESC, r.id DESC) AS n, ts_rank_cd(r."searchVector", query, 32) AS rank
              FROM (SELECT recent.id, recent."publishedAt", recent."searchVector"
                      FROM (SELECT a.id, a."publishedAt", a."searchVector" FROM "Article" a
                             WHERE a.status = 'PUBLISHED' ORDER BY a."publishedAt" DESC, a.id DESC LIMIT walk_limit) recent
                     WHERE recent."searchVector" @@ query
                     ORDER BY recent."publishedAt" DESC, recent.id DESC
                     LIMIT max_candidates + 1) r) m;
  END IF;
  -- Fewer than max_candidates + 1 within the walk: the estimate was wrong, take the bitmap.
  IF found IS NULL OR found <= max_candidates THEN
    SELECT array_agg(m.id ORDER BY m.rank DESC, m.n) FILTER (WHERE m.n <= max_candidates), count(*)
      INTO ranked_ids, found
      FROM (SELECT r.id, row_number() OVER (ORDER BY r."publishedAt" DESC, r.id DESC) AS n, ts_rank_cd(r."searchVector", query, 32) AS rank
              FROM search_published_matches(query, max_candidates + 1) r) m;
  END IF;
  page_ids := ranked_ids[page_offset + 1 : page_offset + page_size];
  IF cardinality(page_ids) > 0 THEN
    WITH lexemes AS (
          SELECT coalesce(array_agg(replace(m[1], '''''', '''')), '{}') AS list
            FROM regexp_matches(query::text, '''((?:[^'']|'''')+)''', 'g') AS m),
        -- Materialised so each body is read from TOAST once.
        located AS MATERIALIZED (
          SELECT a.id, a.slug, a."publishedAt", a."sectionId", a.headline, a.standfirst, a."bodyText" AS body,
                 (SELECT min(p) FROM unnest(lexemes.list) AS l, regexp_instr(a."bodyText", '(^|[^[:alnum:]])' || l, 1, 1, 0, 'i') AS p
                   WHERE p > 0 AND translate(l, '.^$*+?()[]{}|\', '') = l) AS at
            FROM "Article" a, lexemes
           WHERE a.id = ANY(page_ids)),
        windowed AS (
          SELECT id, slug, "publishedAt", "sectionId", headline, standfirst,
                 CASE WHEN at IS NULL OR at <= excerpt_lead THEN left(body, excerpt_window)
                      -- Cut mid-text: drop the partial word at the start.
                      ELSE regexp_replace(substr(body, at - excerpt_lead, excerpt_window), '^\S*\s+', '') END AS body
            FROM located)
    SELECT json_agg(json_build_object(
             'id', w.id, 'slug', w.slug, 'publishedAt', w."publishedAt",
             'section', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('id', s.id, 'name', s.name, 'slug', s.slug) END,
             'authors', (SELECT coalesce(json_agg(json_build_object('id', au.id, 'name', au.name, 'slug', au.slug) ORDER BY aa.position), '[]')
                           FROM "ArticleAuthor" aa JOIN "Author" au ON au.id = aa."authorId" WHERE aa."articleId" = w.id),
             'rawHeadline', w.headline, 'rawStandfirst', w.standfirst, 'rawBody', w.body,
             'headline', ts_headline('english', translate(w.headline, curly, straight), query, highlight_options),
             'standfirst', ts_headline('english', translate(w.standfirst, curly, straight), query, highlight_options),
             'excerpt', ts_headline('english', translate(w.body, curly, straight), query, fragment_options))
             ORDER BY array_position(page_ids, w.id))
      INTO hits
      FROM windowed w LEFT JOIN "Section" s ON s.id = w."sectionId";
  END IF;
  RETURN json_build_object('found', found, 'ranked', coalesce(cardinality(ranked_ids), 0), 'hits', coalesce(hits, '[]'));
END
$$;
