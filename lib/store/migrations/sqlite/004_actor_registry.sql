-- The actor registry (docs/STORE.md, "Actor registry"): one row per actor id that a stored event names, curated
-- (data/actors.json) or open-world ("state:military-forces-of-armenia"), with the first name and kind seen for it.
-- Written with the events (putArticle, replaceExtraction, seedOnce); event counts come from event_actors.
CREATE TABLE actors (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL
) WITHOUT ROWID;

-- events stored before this migration: their actors, in storage order (an actor without name/kind: its words, 'external')
INSERT OR IGNORE INTO actors (id, name, kind)
  SELECT json_extract(a.value, '$.id'),
         coalesce(json_extract(a.value, '$.name'), json_extract(a.value, '$.text')),
         coalesce(json_extract(a.value, '$.kind'), 'external')
  FROM events e, json_each(e.json, '$.actors') a
  ORDER BY e.rid, a.key;
