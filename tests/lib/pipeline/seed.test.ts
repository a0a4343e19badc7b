import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { openStore } from '@/lib/store';
import { loadArticles } from '@/lib/corpus';
import { seedStore } from '@/lib/pipeline';

describe('seedStore with the real corpus and pipeline', () => {
  it('fills an empty SQLite store from data/articles once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-seed-'));
    const store = await openStore(`sqlite:${dir}/seed.db`);
    const expected = loadArticles().length;
    const r = await seedStore(store);
    expect(r.seeded).toBe(true);
    expect(r.created + r.rejected.length).toBe(expected);
    expect((await store.listArticles()).length).toBe(r.created);
    expect((await seedStore(store)).seeded).toBe(false);
    expect((await store.listArticles()).length).toBe(r.created);
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  it('rejects an article the reader throws on, with its reason, and seeds the rest', async () => {
    const store = await openStore('memory:');
    const [a, b] = loadArticles();
    const load = async () => ({ docs: [], rejected: [{ id: a!.id, reason: 'boom' }] });
    const r = await seedStore(store, { load });
    expect(r).toMatchObject({ seeded: true, created: 0, rejected: [{ id: a!.id, reason: 'boom' }] });
    expect(b).toBeDefined();
    await store.close();
  });
});
