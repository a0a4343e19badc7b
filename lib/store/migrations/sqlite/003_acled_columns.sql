-- ACLED coding as columns (issue 11): every event carries acled {eventType, subEventType}; the eventTypes and
-- subEventTypes filters read these two columns (lib/store/rows.ts writes them for new rows).
-- Rows written by pipeline version 1 have no `acled` in their json: they get the coding version 1 exported for
-- their display class (data/export/acled-types.json as of that version, frozen here like any migration; a
-- displacement, which ACLED has no type for, becomes Strategic developments / Other), so every stored row reads
-- as a valid ConflictEvent at once. The start-up seeding step (lib/pipeline/seed.ts) then reprocesses every
-- article whose pipeline_version differs, replacing these approximations with the reader's own coding.

ALTER TABLE events ADD COLUMN acled_event_type TEXT;
ALTER TABLE events ADD COLUMN acled_sub_event_type TEXT;

-- rows are immutable (002); this one-off back-fill lifts the guard and puts it back
DROP TRIGGER events_no_update;

UPDATE events SET json = json_set(json, '$.acled', json_object(
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
      ELSE 'Other' END))
  WHERE json_type(json, '$.acled') IS NULL;

UPDATE events SET acled_event_type = json_extract(json, '$.acled.eventType'),
                  acled_sub_event_type = json_extract(json, '$.acled.subEventType');

CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN
  SELECT RAISE(ABORT, 'events rows are immutable: delete and re-insert (replaceExtraction)');
END;

-- one index serves both filters: eventTypes on its first column, subEventTypes (which imply their event type) on both
CREATE INDEX events_acled ON events (acled_event_type, acled_sub_event_type, sort_date DESC);
