-- Candidates of cross-article resolution found by place AND day (issue 15 ingest throughput, docs/PERFORMANCE.md).
-- The resolution driver asks, for every new report, the stored reports in a box of maxRadiusKm + slack around it
-- within a span of days. events_rtree has no time: the box returned every report ever stored near that place (in
-- bench/regroup-ingest.bench.ts ≈ 230 rows per query for ≈ 10 in the days). events_resolution_rtree holds only
-- the rows a candidate can be (located, dated, not background: lib/store/sqlite-resolution.ts tests the same),
-- with the day number of sort_date (days since 1970-01-01, lib/resolve/window.ts dayNumber) as a third dimension.
-- Rows are immutable in these columns (events_no_update), so insert and delete triggers keep it in step.
-- Also dropped: two indexes of 007 no query reads — events_grp (getEvent joins on the primary's id) and
-- events_report_key (overrides name reports by article: lib/store/sqlite-resolution.ts looks keys up through
-- events_article) — each one more B-tree entry per inserted row and per rewritten group.

CREATE VIRTUAL TABLE events_resolution_rtree USING rtree (rid, min_lon, max_lon, min_lat, max_lat, min_day, max_day);

INSERT INTO events_resolution_rtree (rid, min_lon, max_lon, min_lat, max_lat, min_day, max_day)
  SELECT rid, lon, lon, lat, lat, julianday(sort_date) - 2440587.5, julianday(sort_date) - 2440587.5 FROM events
  WHERE lat IS NOT NULL AND lon IS NOT NULL AND background = 0 AND julianday(sort_date) IS NOT NULL;

CREATE TRIGGER events_ai_resolution AFTER INSERT ON events
  WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL AND new.background = 0 AND julianday(new.sort_date) IS NOT NULL BEGIN
  INSERT INTO events_resolution_rtree (rid, min_lon, max_lon, min_lat, max_lat, min_day, max_day)
    VALUES (new.rid, new.lon, new.lon, new.lat, new.lat, julianday(new.sort_date) - 2440587.5, julianday(new.sort_date) - 2440587.5);
END;

CREATE TRIGGER events_ad_resolution AFTER DELETE ON events
  WHEN old.lat IS NOT NULL AND old.lon IS NOT NULL AND old.background = 0 AND julianday(old.sort_date) IS NOT NULL BEGIN
  DELETE FROM events_resolution_rtree WHERE rid = old.rid;
END;

DROP INDEX events_grp;
DROP INDEX events_report_key;

ALTER TABLE events ADD COLUMN group_search TEXT;
-- events_au_search re-indexes each changed row's FTS entry on its own text
UPDATE events SET group_search = search, search = store_search_text(json, (SELECT a.title FROM articles a WHERE a.id = events.article_id))
  WHERE is_primary = 1 AND report_count > 1;
