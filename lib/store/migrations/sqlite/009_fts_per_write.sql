-- The trigram FTS rows of new reports are written once per write transaction, not by the insert trigger (issue 15
-- ingest throughput, docs/PERFORMANCE.md "Issue 15: ingest with cross-article resolution (stores)").
-- FTS5 flushes its pending terms to a new segment at every statement savepoint that follows a write to it: with
-- the row trigger, every later INSERT of the write (the next report, its actor rows, the next article's mentions)
-- flushed the previous report's terms — one tiny segment per report, merged again and again. lib/store/sqlite.ts
-- now lists the rowids it inserts and indexes them in ONE statement before the transaction commits (and before
-- any delete of the same transaction), so the index holds exactly the stored rows at every commit, as before.
-- Whoever inserts events rows outside the store must index them the same way (bench/synthetic.ts, bench/raw-writer.ts).
-- The delete trigger is unchanged: a deleted row's terms leave the index with it.

DROP TRIGGER events_ai;

CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
  INSERT INTO events_rtree (rid, min_lon, max_lon, min_lat, max_lat)
    SELECT new.rid, new.lon, new.lon, new.lat, new.lat WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
END;
