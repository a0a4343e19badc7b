-- Conflict Atlas event store, PostGIS schema v1 (same model as the SQLite schema).
-- Points are geography(Point,4326) with two GiST indexes: on geography (place-radius, ST_DWithin on the
-- sphere) and on its geometry cast (lon/lat rectangles for bbox). q uses a pg_trgm GIN index (substring
-- semantics); articles also get a tsvector GIN index for full-text search of titles and bodies.

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE meta (
  key   text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE articles (
  id               text PRIMARY KEY,
  hash             text NOT NULL UNIQUE,
  title            text NOT NULL,
  published        text,
  source           text,
  url              text,
  body             text NOT NULL,
  paragraphs       text NOT NULL,
  boilerplate      text NOT NULL,
  pipeline_version text NOT NULL,
  mention_count    integer NOT NULL,
  event_count      integer NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  tsv              tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED
);
CREATE INDEX articles_published ON articles (published DESC NULLS LAST, id);
CREATE INDEX articles_tsv ON articles USING gin (tsv);

CREATE TABLE mentions (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq        integer NOT NULL,
  start      integer NOT NULL,
  "end"      integer NOT NULL,
  place_id   text,
  json       text NOT NULL,
  PRIMARY KEY (article_id, seq)
);

CREATE TABLE events (
  id         text PRIMARY KEY,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  seq        integer NOT NULL,
  type       text NOT NULL,
  date       text,
  sort_date  text NOT NULL,
  background boolean NOT NULL,
  lat        double precision,
  lon        double precision,
  precision  text,
  place_id   text,
  radius_km  double precision,
  search     text NOT NULL,
  json       text NOT NULL,
  geog       geography(Point, 4326) GENERATED ALWAYS AS (
               CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END
             ) STORED
);
CREATE INDEX events_article ON events (article_id, seq);
CREATE INDEX events_order ON events (sort_date DESC, id COLLATE "C");
CREATE INDEX events_type ON events (type, sort_date DESC);
CREATE INDEX events_place ON events (place_id);
CREATE INDEX events_geog ON events USING gist (geog);
CREATE INDEX events_geom ON events USING gist ((geog::geometry));
CREATE INDEX events_search ON events USING gin (search gin_trgm_ops);

CREATE TABLE event_actors (
  actor_id   text NOT NULL,
  event_id   text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  background boolean NOT NULL,
  PRIMARY KEY (actor_id, event_id)
);
CREATE INDEX event_actors_event ON event_actors (event_id);
