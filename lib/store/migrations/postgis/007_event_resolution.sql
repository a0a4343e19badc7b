-- Issue 15: cross-article event resolution (lib/resolve; docs/STORE.md), the same model as
-- migrations/sqlite/007_event_resolution.sql. Every stored per-article event stays a row (a *report*); resolution
-- assigns it a component and a group (grp = the resolved event's id = its primary report's id). Event queries read
-- primary rows only and serve `resolved` (the merged event of a group of > 1 report) or else `json`.
-- report_key = `${article_id}@${quote.start}` (lib/resolve/types.ts reportKey): analysts' overrides name reports by it.
-- Rows stored before this migration are each their own event (component = grp = id); the start-up step
-- (lib/pipeline/seed.ts) resolves them all because meta 'resolution_version' is missing.

ALTER TABLE events ADD COLUMN report_key text;
ALTER TABLE events ADD COLUMN component text;
ALTER TABLE events ADD COLUMN grp text;
ALTER TABLE events ADD COLUMN is_primary boolean NOT NULL DEFAULT true;
ALTER TABLE events ADD COLUMN report_count integer NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN resolved text;

UPDATE events SET report_key = article_id || '@' || ((json::jsonb) -> 'quote' ->> 'start'), component = id, grp = id;

CREATE INDEX events_component ON events (component);
CREATE INDEX events_report_key ON events (report_key);

-- the grid plan (postgis-query.ts) reads primaries only: its per-cell index carries is_primary for an index-only test
-- (a full index, not a partial one, so bulk loads can still CLUSTER on it)
DROP INDEX events_cell;
CREATE INDEX events_cell ON events (cell, sort_date DESC, id COLLATE "C") INCLUDE (background, is_primary, lat, lon);

-- counted: the row counts for its event (rows of primary events: the served event's actors, see postgis-resolution.ts);
-- own: the actor is named by the row's own report (false: named only by another report of its group)
ALTER TABLE event_actors ADD COLUMN counted boolean NOT NULL DEFAULT true;
ALTER TABLE event_actors ADD COLUMN own boolean NOT NULL DEFAULT true;
DROP INDEX event_actors_acting;
CREATE INDEX event_actors_acting ON event_actors (actor_id) WHERE acting AND counted;
CREATE INDEX event_actors_counted ON event_actors (actor_id) WHERE counted;

-- analysts' decisions (lib/schemas/resolution.ts Override): keys/others are JSON arrays of report keys; seq orders them
CREATE TABLE resolution_overrides (
  seq        bigserial NOT NULL UNIQUE,
  id         text PRIMARY KEY,
  kind       text NOT NULL CHECK (kind IN ('merge', 'split')),
  keys       text NOT NULL,
  others     text NOT NULL,
  created_at text NOT NULL,
  note       text
);

-- "overrides naming key k" (in keys or others)
CREATE TABLE resolution_override_keys (
  override_id text NOT NULL REFERENCES resolution_overrides (id) ON DELETE CASCADE,
  key         text NOT NULL,
  PRIMARY KEY (key, override_id)
);
