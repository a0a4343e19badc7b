/**
 * lib/pipeline re-posts (repost.ts, ingest.ts storeArticle) on the default backend (SQLite, a temp file) and in
 * memory: stored content posted again with other published/source/url is a StoreConflictError naming stored and
 * posted values, or with {update: true} replaces them and reads the article again. The sentences are invented.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleFromText } from '@/lib/corpus';
import { ingestArticle, metadataChanges, PIPELINE_VERSION, processArticle, repostConflict } from '@/lib/pipeline';
import { MemoryStore, StoreConflictError, type EventStore } from '@/lib/store';
import { SqliteStore } from '@/lib/store/sqlite';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const sqlite = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-repost-'));
  dirs.push(d);
  return SqliteStore.open(path.join(d, 'atlas.db'));
};

const REPORT = {
  title: 'Shelling hits market',
  text: 'Artillery shelled the central market of Kharkiv on Monday, killing three people, the governor said.',
  published: '2026-02-11',
  source: 'Wire One',
  url: 'https://example.org/kharkiv',
};

describe('metadataChanges / repostConflict', () => {
  const stored = articleFromText(REPORT);
  it('lists the differing fields in a fixed order, a left-out value as null', () => {
    expect(metadataChanges(stored, articleFromText(REPORT))).toEqual([]);
    expect(metadataChanges(stored, articleFromText({ ...REPORT, url: null, published: '2026-02-12' }))).toEqual([
      { field: 'published', stored: '2026-02-11', posted: '2026-02-12' },
      { field: 'url', stored: 'https://example.org/kharkiv', posted: null },
    ]);
  });
  it('the conflict names each field with both values and the way out', () => {
    const err = repostConflict('x-1', [{ field: 'source', stored: 'A', posted: 'B' }]);
    expect(err).toBeInstanceOf(StoreConflictError);
    expect(err.message).toBe('article "x-1" is already stored with other source: re-send with ?update=1 to replace the stored values and read the article again');
    expect(err.issues).toEqual([{ path: 'source', message: 'stored "A", posted "B"' }]);
  });
});

describe.each([
  ['sqlite', sqlite],
  ['memory', async () => new MemoryStore()],
] as [string, () => Promise<EventStore>][])('ingestArticle re-posts (%s)', (_label, open) => {
  it('other metadata: a conflict, nothing changes; with update: replaced and read again', async () => {
    const store = await open();
    const first = await ingestArticle(store, REPORT);
    expect(first.created).toBe(true);
    const before = await store.getArticle(first.id);

    const moved = { ...REPORT, published: '2026-02-20', source: 'Wire Two' };
    await expect(ingestArticle(store, moved)).rejects.toMatchObject({
      name: 'StoreConflictError',
      issues: [
        { path: 'published', message: 'stored "2026-02-11", posted "2026-02-20"' },
        { path: 'source', message: 'stored "Wire One", posted "Wire Two"' },
      ],
    });
    expect(await store.getArticle(first.id)).toEqual(before);

    await store.replaceExtraction(first.id, [], [], 'older');
    const updated = await ingestArticle(store, moved, { update: true });
    const expected = processArticle(articleFromText(moved));
    expect(updated).toEqual({ id: first.id, created: false, updated: true, events: expected.events.length, mentions: expected.mentions.length });
    const after = await store.getArticle(first.id);
    expect(after?.article).toEqual({ ...before!.article, published: '2026-02-20', source: 'Wire Two' });
    expect(after?.pipelineVersion).toBe(PIPELINE_VERSION);
    expect(after?.events.map((e) => e.date.value)).toEqual(expected.events.map((e) => e.date.value));
    expect(expected.events.map((e) => e.date.value)).toContain('2026-02-16'); // "Monday" before the new date
    expect((await store.listArticles()).length).toBe(1);

    // the same again: a plain repeat, update or not
    expect(await ingestArticle(store, moved)).toEqual({ id: first.id, created: false, events: expected.events.length, mentions: expected.mentions.length });
    expect(await ingestArticle(store, moved, { update: true })).not.toHaveProperty('updated');
    await store.close();
  });
});
