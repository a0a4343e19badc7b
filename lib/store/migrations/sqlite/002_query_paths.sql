-- Query paths for large stores (see docs/STORE.md, "How a query runs"):
-- 1. events_order covers what a bbox/background test needs, so a dense view walks it in result order and
--    stops at the limit ('scan' plan);
-- 2. every located event gets a 0.1° grid cell; events_cell lists them per cell with the same covered
--    columns, so a sparse view reads a few contiguous cell ranges instead of one random row per hit ('grid').
-- cell = row * 3600 + col, row = floor((lat + 90) * 10) in 0..1799, col = floor((lon + 180) * 10) in 0..3599
-- (lib/store/rows.ts gridCell computes the same value for new rows).

ALTER TABLE events ADD COLUMN cell INTEGER;
UPDATE events SET cell = min(1799, CAST((lat + 90) * 10 AS INTEGER)) * 3600 + min(3599, CAST((lon + 180) * 10 AS INTEGER))
  WHERE lat IS NOT NULL AND lon IS NOT NULL;

DROP INDEX events_order;
CREATE INDEX events_order ON events (sort_date DESC, id, background, lat, lon);
CREATE INDEX events_cell ON events (cell, sort_date DESC, id, background, lat, lon) WHERE cell IS NOT NULL;

-- events are never updated in place (replaceExtraction deletes and re-inserts): the derived columns stay true
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
  SELECT RAISE(ABORT, 'events rows are immutable: delete and re-insert (replaceExtraction)');
END;
