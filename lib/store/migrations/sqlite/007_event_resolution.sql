-- Cross-article event resolution (issue 15, docs/STORE.md "Resolution"): every events row stays one article's report;
-- lib/resolve assigns it to a component (reports linked by evidence or an analyst's merge) and a group (one
-- happening) whose primary row carries the resolved event. Event queries read primary rows only (is_primary = 1),
-- serving coalesce(resolved, json); getEvent of any report id follows grp to its primary.
--   component     component id (NULL only inside the write that inserted the row, before resolution runs)
--   grp           the resolved event's id: its primary report's event id
--   is_primary    1 on the row that names and draws its group
--   report_count  on primaries: reports in the group
--   resolved      on primaries of groups of more than one report: the resolved event JSON; NULL: serve json
--   report_key    `${article_id}@${quote.start}` (lib/resolve/types.ts reportKey): overrides name reports by it
-- event_actors.counted: 1 on the rows of primary events (the actor filter and counts read only these); a primary
-- also gets rows (own = 0) for the actors only its group's other reports name. events.search of a primary covers
-- every report of its group (lib/store/filter.ts groupSearchText), so `q` finds the event by any report's words.
-- Existing rows become lone reports (component = grp = id); start-up re-resolves them (lib/pipeline/seed.ts,
-- meta 'resolution_version').

ALTER TABLE events ADD COLUMN component TEXT;
ALTER TABLE events ADD COLUMN grp TEXT;
ALTER TABLE events ADD COLUMN is_primary INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN report_count INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN resolved TEXT;
ALTER TABLE events ADD COLUMN report_key TEXT;

-- rows were immutable (002); the back-fill lifts the guard, which comes back narrower below
DROP TRIGGER events_no_update;

UPDATE events SET component = id, grp = id, report_key = article_id || '@' || json_extract(json, '$.quote.start');

CREATE INDEX events_component ON events (component);
CREATE INDEX events_grp ON events (grp);
CREATE INDEX events_report_key ON events (report_key);

-- what a report says stays immutable (replaceExtraction deletes and re-inserts); resolution updates only its own
-- columns and the search text
CREATE TRIGGER events_no_update BEFORE UPDATE OF id, article_id, seq, type, acled_event_type, acled_sub_event_type, date, sort_date,
  background, lat, lon, precision, place_id, radius_km, json, cell ON events BEGIN
  SELECT RAISE(ABORT, 'events report columns are immutable: delete and re-insert (replaceExtraction)');
END;

-- the trigram index follows the search text of a primary whose group changes
CREATE TRIGGER events_au_search AFTER UPDATE OF search ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, search) VALUES ('delete', old.rid, old.search);
  INSERT INTO events_fts (rowid, search) VALUES (new.rid, new.search);
END;

-- the covering indexes of the 'scan' and 'grid' plans list served rows only
DROP INDEX events_order;
CREATE INDEX events_order ON events (sort_date DESC, id, background, lat, lon) WHERE is_primary = 1;
DROP INDEX events_cell;
CREATE INDEX events_cell ON events (cell, sort_date DESC, id, background, lat, lon) WHERE cell IS NOT NULL AND is_primary = 1;

ALTER TABLE event_actors ADD COLUMN counted INTEGER NOT NULL DEFAULT 1;
ALTER TABLE event_actors ADD COLUMN own INTEGER NOT NULL DEFAULT 1;
DROP INDEX event_actors_acting;
CREATE INDEX event_actors_acting ON event_actors (actor_id, acting) WHERE counted = 1;

-- analysts' decisions (lib/schemas/resolution.ts Override), oldest first by seq; keys/others are JSON arrays of report keys
CREATE TABLE resolution_overrides (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  id         TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  keys       TEXT NOT NULL,
  others     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  note       TEXT
);

-- "the overrides naming key k": one row per key an override names (in keys or others)
CREATE TABLE resolution_override_keys (
  key         TEXT NOT NULL,
  override_id TEXT NOT NULL REFERENCES resolution_overrides (id) ON DELETE CASCADE,
  PRIMARY KEY (key, override_id)
) WITHOUT ROWID;
