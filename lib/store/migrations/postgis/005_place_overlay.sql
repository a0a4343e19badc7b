-- The gazetteer overlay (docs/STORE.md, "Place overlay"): places analysts added because the bundled gazetteer lacks
-- them (POST /api/places). lib/gazetteer/overlay.ts reads them into the geoparser's gazetteer; who, when and the
-- source are kept with each row. Ids are "ov:<slug>-<n>"; alt is a JSON array of alternate names.
CREATE TABLE place_overlay (
  id         text PRIMARY KEY,
  name       text NOT NULL,
  alt        text NOT NULL DEFAULT '[]',
  kind       text NOT NULL,
  country    text,
  admin1     text,
  lat        float8 NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon        float8 NOT NULL CHECK (lon BETWEEN -180 AND 180),
  radius_km  float8 NOT NULL CHECK (radius_km >= 0),
  created_by text NOT NULL,
  created_at text NOT NULL,
  source     text NOT NULL,
  note       text,
  geom       geometry(Point, 4326) GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED
);

CREATE INDEX place_overlay_created ON place_overlay (created_at, id COLLATE "C");
