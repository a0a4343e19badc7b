-- ACLED coding as columns (issue 11), the same model as migrations/sqlite/003_acled_columns.sql: every event
-- carries acled {eventType, subEventType}; the eventTypes and subEventTypes filters read these two columns.
-- Rows written by pipeline version 1 have no `acled` in their json: they get the coding version 1 exported for
-- their display class (data/export/acled-types.json as of that version, frozen here like any migration;
-- displacement → Strategic developments / Other), so every stored row reads as a valid ConflictEvent at once. The
-- start-up seeding step (lib/pipeline/seed.ts) then reprocesses every article whose pipeline_version differs.

ALTER TABLE events ADD COLUMN acled_event_type text;
ALTER TABLE events ADD COLUMN acled_sub_event_type text;

UPDATE events SET json = (json::jsonb || jsonb_build_object('acled', jsonb_build_object(
    'eventType', CASE type
      WHEN 'airstrike' THEN 'Explosions/Remote violence'
      WHEN 'shelling' THEN 'Explosions/Remote violence'
      WHEN 'clash' THEN 'Battles'
      ELSE 'Strategic developments' END,
    'subEventType', CASE type
      WHEN 'airstrike' THEN 'Air/drone strike'
      WHEN 'shelling' THEN 'Shelling/artillery/missile attack'
      WHEN 'clash' THEN 'Armed clash'
      WHEN 'base' THEN 'Headquarters or base established'
      WHEN 'truce' THEN 'Agreement'
      WHEN 'talks' THEN 'Agreement'
      WHEN 'deployment' THEN 'Change to group/activity'
      ELSE 'Other' END)))::text
  WHERE (json::jsonb -> 'acled') IS NULL;

UPDATE events SET acled_event_type = json::jsonb -> 'acled' ->> 'eventType',
                  acled_sub_event_type = json::jsonb -> 'acled' ->> 'subEventType';

CREATE INDEX events_acled ON events (acled_event_type, acled_sub_event_type, sort_date DESC);
