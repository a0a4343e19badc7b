-- The actor registry (docs/STORE.md, "Actor registry"): one row per actor id that a stored event names, curated
-- (data/actors.json) or open-world ("state:military-forces-of-armenia"), with the first name and kind seen for it.
-- Written with the events (putArticle, replaceExtraction, seedOnce); event counts come from event_actors.
CREATE TABLE actors (
  id   text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL
);

-- events stored before this migration: their actors, first seen by (article, seq, position) (an actor without
-- name/kind: its words, 'external')
INSERT INTO actors (id, name, kind)
  SELECT DISTINCT ON (a.value->>'id') a.value->>'id', coalesce(a.value->>'name', a.value->>'text'), coalesce(a.value->>'kind', 'external')
  FROM events e, jsonb_array_elements(e.json::jsonb->'actors') WITH ORDINALITY AS a(value, n)
  ORDER BY a.value->>'id', e.article_id, e.seq, a.n;
