-- Conflict Atlas event store, SQLite schema v1.
-- articles own their mentions and events (ON DELETE CASCADE); triggers keep the R*Tree and FTS5 index in step.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE articles (
  id               TEXT PRIMARY KEY,
  hash             TEXT NOT NULL UNIQUE,         -- sha256(title NUL body): same content = same article
  title            TEXT NOT NULL,
  published        TEXT,                         -- YYYY-MM-DD
  source           TEXT,
  url              TEXT,
  body             TEXT NOT NULL,
  paragraphs       TEXT NOT NULL,                -- json Span[]
  boilerplate      TEXT NOT NULL,                -- json Boilerplate[]
  pipeline_version TEXT NOT NULL,
  mention_count    INTEGER NOT NULL,             -- written in the same transaction as the rows: crash checks compare
  event_count      INTEGER NOT NULL,
  created_at       TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published DESC, id);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  place_id   TEXT,
  json       TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

CREATE TABLE events (
  rid        INTEGER PRIMARY KEY,                -- rowid; the R*Tree and FTS rows use it
  id         TEXT NOT NULL UNIQUE,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  type       TEXT NOT NULL,
  date       TEXT,                               -- date.value
  sort_date  TEXT NOT NULL,                      -- date.value or '' so undated sort last in DESC order
  background INTEGER NOT NULL,
  lat        REAL,
  lon        REAL,
  precision  TEXT,
  place_id   TEXT,
  radius_km  REAL,
  search     TEXT NOT NULL,                      -- lower-case quote, article title and place name (filter q)
  json       TEXT NOT NULL
);
CREATE INDEX events_article ON events (article_id, seq);
CREATE INDEX events_order ON events (sort_date DESC, id);
CREATE INDEX events_type ON events (type, sort_date DESC);
CREATE INDEX events_place ON events (place_id);

CREATE TABLE event_actors (
  actor_id   TEXT NOT NULL,
  event_rid  INTEGER NOT NULL REFERENCES events (rid) ON DELETE CASCADE,
  background INTEGER NOT NULL,
  PRIMARY KEY (actor_id, event_rid)
) WITHOUT ROWID;
CREATE INDEX event_actors_event ON event_actors (event_rid);

CREATE VIRTUAL TABLE events_rtree USING rtree (rid, min_lon, max_lon, min_lat, max_lat);

CREATE VIRTUAL TABLE events_fts USING fts5 (search, content = 'events', content_rowid = 'rid', tokenize = 'trigram');

CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
  INSERT INTO events_rtree (rid, min_lon, max_lon, min_lat, max_lat)
    SELECT new.rid, new.lon, new.lon, new.lat, new.lat WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
  INSERT INTO events_fts (rowid, search) VALUES (new.rid, new.search);
END;

CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
  DELETE FROM events_rtree WHERE rid = old.rid;
  INSERT INTO events_fts (events_fts, rowid, search) VALUES ('delete', old.rid, old.search);
END;
