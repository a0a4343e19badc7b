/**
 * lib/pipeline addPlace / storeGazetteer on the default backend (SQLite, a temp file): an analyst's place is kept
 * across a restart, the write path geocodes with it from then on, and only articles that mention it are read again.
 * The village names are invented; the sentences are mine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addPlace, ingestArticle, storeGazetteer } from '@/lib/pipeline';
import { getGazetteer } from '@/lib/gazetteer';
import { SqliteStore } from '@/lib/store/sqlite';
import { StoreConflictError, StoreNotFoundError } from '@/lib/store';

const dirs: string[] = [];
const tempFile = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-places-'));
  dirs.push(d);
  return path.join(d, 'atlas.db');
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const SHELLING = {
  title: 'Shelling near Idlib',
  text: 'Government forces shelled Qasr Dulbani village in Idlib province on Monday, killing two civilians, activists said.',
  published: '2026-05-04',
};

describe('addPlace on SQLite', () => {
  it('stores the place, moves the event, and the next process geocodes with it', async () => {
    const file = tempFile();
    const s1 = await SqliteStore.open(file);
    expect(await storeGazetteer(s1)).toBe(getGazetteer());
    const { id } = await ingestArticle(s1, SHELLING);
    const other = await ingestArticle(s1, { title: 'Market strike', text: 'An air strike hit a market in Homs on Monday, killing five people, medics said.', published: '2026-05-04' });
    expect((await s1.getArticle(id))!.events[0]!.place).toMatchObject({ id: 'unk:ne1:SY-ID:qasr-dulbani', inGazetteer: false, parent: { id: 'ne1:SY-ID' } });
    const before = await s1.getArticle(other.id);

    const r = await addPlace(s1, { name: 'Qasr Dulbani', lat: 35.71, lon: 36.52, kind: 'village', source: 'field notes' }, 'analyst-7');
    expect(r.place).toMatchObject({ id: 'ov:qasr-dulbani-1', createdBy: 'analyst-7', source: 'field notes', country: 'SY', radiusKm: 2 });
    expect(r.reprocessed).toEqual([id]);
    expect((await s1.getArticle(id))!.events[0]!.place).toMatchObject({ id: 'ov:qasr-dulbani-1', lat: 35.71, lon: 36.52 });
    expect(await s1.getArticle(other.id)).toEqual(before);
    await s1.close();

    const s2 = await SqliteStore.open(file);
    expect((await storeGazetteer(s2)).lookup('Qasr Dulbani')[0]?.id).toBe('ov:qasr-dulbani-1');
    const next = await ingestArticle(s2, { title: 'Clashes', text: 'Rebels clashed with army units in Qasr Dulbani on Tuesday, killing four fighters.', published: '2026-05-05' });
    expect((await s2.getArticle(next.id))!.events[0]!.place!.id).toBe('ov:qasr-dulbani-1');
    await expect(addPlace(s2, { name: 'qasr dulbani', lat: 35.7101, lon: 36.5201, kind: 'village' })).rejects.toBeInstanceOf(StoreConflictError);
    await expect(addPlace(s2, { name: 'Kafr Other', lat: 35.7, lon: 36.5, kind: 'village', mention: { articleId: 'nope', start: 0, end: 1 } })).rejects.toBeInstanceOf(StoreNotFoundError);
    expect(await s2.listOverlayPlaces()).toHaveLength(1);
    await s2.close();
  });
});
