-- The gazetteer overlay (docs/STORE.md, "Place overlay"): places analysts added because the bundled gazetteer lacks
-- them (POST /api/places). lib/gazetteer/overlay.ts reads them into the geoparser's gazetteer; who, when and the
-- source are kept with each row. Ids are "ov:<slug>-<n>"; alt is a JSON array of alternate names.
CREATE TABLE place_overlay (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  alt        TEXT NOT NULL DEFAULT '[]',
  kind       TEXT NOT NULL,
  country    TEXT,
  admin1     TEXT,
  lat        REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon        REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
  radius_km  REAL NOT NULL CHECK (radius_km >= 0),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  source     TEXT NOT NULL,
  note       TEXT
) WITHOUT ROWID;

CREATE INDEX place_overlay_created ON place_overlay (created_at, id);
