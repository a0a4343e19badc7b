-- Issue 13: the actor filter by role and accent-insensitive search (docs/STORE.md).
-- event_actors.acting: true when the actor carried the event out (lib/store/filter.ts actingActorIds: role `actor`,
-- else the event's speakers, else its mediators) — the `role=actor` filter and role-aware actor counts read it.
-- events.search becomes the folded search text (lib/store/search-text.ts). Both are computed by the store's own
-- TypeScript, so rows stored before this migration are marked derived_version 0 and back-filled right after the
-- migrations run (postgis.ts backfillDerived, under the same advisory lock); new rows are written with version 1.
ALTER TABLE event_actors ADD COLUMN acting boolean NOT NULL DEFAULT false;
CREATE INDEX event_actors_acting ON event_actors (actor_id) WHERE acting;

ALTER TABLE events ADD COLUMN derived_version smallint NOT NULL DEFAULT 0;
ALTER TABLE events ALTER COLUMN derived_version SET DEFAULT 1;
CREATE INDEX events_underived ON events (id) WHERE derived_version < 1;
