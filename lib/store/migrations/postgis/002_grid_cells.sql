-- Grid plan for map viewports (lib/store/postgis-query.ts, docs/STORE.md "How a PostGIS query runs").
-- Every located event gets a 0.25° grid cell; events_cell lists each cell's events in result order
-- (sort_date DESC, id in code-unit order) and carries background, lat and lon, so a viewport with a limit
-- becomes one ordered index-only scan per covered cell, merged (Merge Append) and stopped at the limit;
-- events.json is read only for the rows returned.
-- cell = row * 1440 + col, row = floor((lat + 90) * 4) in 0..719, col = floor((lon + 180) * 4) in 0..1439
-- (postgis-query.ts PG_GRID computes the same cells for a box). Adding the generated column rewrites the table.

ALTER TABLE events ADD COLUMN cell integer GENERATED ALWAYS AS (
  CASE WHEN lat IS NOT NULL AND lon IS NOT NULL
    THEN least(719, floor((lat + 90) * 4)::integer) * 1440 + least(1439, floor((lon + 180) * 4)::integer)
  END
) STORED;

CREATE INDEX events_cell ON events (cell, sort_date DESC, id COLLATE "C") INCLUDE (background, lat, lon);
