/**
 * The store's read path stays cheap (issue 14): article listings read a head of each body, not the text
 * (lede.ts ledeFromHead, exact against lede()), and a tall view with few events is not read through the grid
 * plan's one-sorted-arm-per-row union.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lede, LEDE_HEAD, ledeFromHead } from '@/lib/store/lede';
import { SqliteStore } from '@/lib/store/sqlite';
import { MemoryStore } from '@/lib/store';
import { loadFixtureDocs } from './fixtures';
import { syntheticDocs } from './synthetic';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-read-path-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** what listArticles computes from a head of n characters (the body read when the head cannot tell) */
const viaHead = (body: string, n: number) => ledeFromHead(body.slice(0, n), body.length <= n) ?? lede(body);

describe('ledeFromHead', () => {
  it('gives lede(body) for any text and head size (fast-check)', () => {
    const piece = fc.constantFrom('Gen.', 'U.S.', 'a.m.', 'Idlib', 'Strikes', '. ', '! ', '? ', '” ', ' ', '  ', '\n', '\t', 'x', 'A', '3', '“', '(', '.', '…');
    const text = fc.array(piece, { maxLength: 120 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 200 }), (body, n) => {
        expect(viaHead(body, n)).toBe(lede(body));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives lede(body) at the real head size on long first lines, and asks for the body only when it must', () => {
    const long = `${'word '.repeat(600)}end. Next one.`;
    expect(ledeFromHead(long.slice(0, LEDE_HEAD), false)).toBe(lede(long));
    const spaces = `A${' '.repeat(LEDE_HEAD)}b. C`; // the head is mostly blank: it cannot tell
    expect(ledeFromHead(spaces.slice(0, LEDE_HEAD), false)).toBeNull();
    for (const d of loadFixtureDocs()) expect(viaHead(d.article.body, LEDE_HEAD)).toBe(lede(d.article.body));
  });
});

describe('SqliteStore.listArticles reads no article text', () => {
  it('selects a head of each body, never the body, and still gives every lede', async () => {
    const store = await SqliteStore.open(path.join(dir, 'list.db'));
    const docs = [...loadFixtureDocs(), ...syntheticDocs(5, { seed: 3 })];
    const odd = { article: { ...docs[0]!.article, id: 'blank-head', title: 'Blank head', body: `A${' '.repeat(LEDE_HEAD)}b. Chunk two.` }, mentions: [], events: [], pipelineVersion: docs[0]!.pipelineVersion };
    for (const d of [...docs, odd]) await store.putArticle(d);
    const memory = new MemoryStore();
    for (const d of [...docs, odd]) await memory.putArticle(d);
    const prepared: string[] = [];
    const prepare = store.db.prepare.bind(store.db);
    const spy = vi.spyOn(store.db, 'prepare').mockImplementation(((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof store.db.prepare);
    const listed = await store.listArticles();
    expect(listed).toEqual(await memory.listArticles());
    // the listing statement reads substr(body …) only; the one article whose head cannot tell is read alone
    const listing = prepared.find((s) => /FROM articles ORDER BY/.test(s))!;
    expect(listing.replace(/substr\(body, 1, \d+\)|length\(body\)/g, '')).not.toMatch(/\bbody\b/);
    spy.mockRestore();
    await store.close();
  });
});

describe('SqliteStore plan choice', () => {
  it('reads a tall view holding few events by R*Tree, not by 60 grid arms', async () => {
    const store = await SqliteStore.open(path.join(dir, 'plan.db'));
    for (const d of syntheticDocs(20, { seed: 7 })) await store.putArticle(d);
    expect(store.choosePlan({ bbox: [35, 32, 43, 38], limit: 1001 })).toBe('set');
    await store.close();
  });
});
