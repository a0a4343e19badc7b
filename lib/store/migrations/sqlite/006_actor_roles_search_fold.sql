-- Issue 13: the actor filter by role and accent-insensitive search (docs/STORE.md).
-- event_actors.acting: 1 when the actor carried the event out (lib/store/filter.ts actingActorIds: role `actor`, else
-- the event's speakers, else its mediators) — the `role=actor` filter and role-aware actor counts read it.
-- events.search becomes the folded search text (lib/store/search-text.ts: case, diacritics, apostrophes and
-- punctuation folded; place display name added). Both are computed by the store's own code, registered on the
-- connection before migrating (sqlite.ts registerStoreFunctions: store_acting, store_search_text), so old rows get
-- exactly what new rows get.
ALTER TABLE event_actors ADD COLUMN acting INTEGER NOT NULL DEFAULT 0;

UPDATE event_actors SET acting = store_acting((SELECT json FROM events e WHERE e.rid = event_actors.event_rid), actor_id);

CREATE INDEX event_actors_acting ON event_actors (actor_id, acting);

-- rows are immutable (002); this one-off back-fill lifts the guard and puts it back
DROP TRIGGER events_no_update;

UPDATE events SET search = store_search_text(json, coalesce((SELECT title FROM articles a WHERE a.id = events.article_id), ''));

CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
  SELECT RAISE(ABORT, 'events rows are immutable: delete and re-insert (replaceExtraction)');
END;

-- the trigram index follows the new text
INSERT INTO events_fts (events_fts) VALUES ('rebuild');
