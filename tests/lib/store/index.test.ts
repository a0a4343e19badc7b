import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { afterAll, vi } from 'vitest';
import { getStore, MemoryStore, openStore, parseDatabaseUrl, setStore, StoreConfigError } from '@/lib/store';

// The store is a sink: opening and reading it must never load the reader. Any import of these throws.
const readerLoaded: string[] = [];
vi.mock('@/lib/pipeline', () => { readerLoaded.push('pipeline'); throw new Error('lib/store must not import lib/pipeline'); });
vi.mock('@/lib/extract', () => { readerLoaded.push('extract'); throw new Error('lib/store must not import lib/extract'); });
vi.mock('@/lib/geocode', () => { readerLoaded.push('geocode'); throw new Error('lib/store must not import lib/geocode'); });
vi.mock('@/lib/corpus', () => { readerLoaded.push('corpus'); throw new Error('lib/store must not import lib/corpus'); });
afterAll(() => expect(readerLoaded).toEqual([]));

describe('parseDatabaseUrl', () => {
  it('understands memory:, sqlite:<path> and postgres URLs', () => {
    expect(parseDatabaseUrl('memory:')).toEqual({ kind: 'memory' });
    expect(parseDatabaseUrl('sqlite:./data/x.db')).toEqual({ kind: 'sqlite', path: path.resolve(process.cwd(), 'data/x.db') });
    expect(parseDatabaseUrl('sqlite:/tmp/a.db')).toEqual({ kind: 'sqlite', path: '/tmp/a.db' });
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
    expect(parseDatabaseUrl('postgres://u:p@h:5432/db')).toEqual({ kind: 'postgis', url: 'postgres://u:p@h:5432/db' });
    expect(parseDatabaseUrl('postgresql://h/db').kind).toBe('postgis');
  });

  it('defaults to sqlite:./data/atlas.db', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: 'sqlite', path: path.resolve(process.cwd(), 'data/atlas.db') });
    expect(parseDatabaseUrl('  ')).toEqual(parseDatabaseUrl('sqlite:./data/atlas.db'));
  });

  it('rejects unknown schemes and malformed values with a message naming the fix', () => {
    expect(() => parseDatabaseUrl('mysql://h/db')).toThrow(StoreConfigError);
    expect(() => parseDatabaseUrl('mysql://h/db')).toThrow(/scheme "mysql:" is not supported: use memory:, sqlite:<path>/);
    expect(() => parseDatabaseUrl('./data/atlas.db')).toThrow(/has no scheme/);
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/no file path/);
    expect(() => parseDatabaseUrl('sqlite://data/x.db')).toThrow(/without "\/\/"/);
    expect(() => parseDatabaseUrl('memory:foo')).toThrow(/takes nothing/);
  });
});

describe('getStore with the reader mocked to throw', () => {
  const saved = process.env.DATABASE_URL;
  afterEach(() => {
    setStore(null);
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  });
  it('opens an SQLite store, writes and queries it without loading pipeline, extract, geocode or corpus', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-sink-'));
    process.env.DATABASE_URL = `sqlite:${dir}/sink.db`;
    const store = await getStore();
    expect(store.kind).toBe('sqlite');
    expect(await store.listArticles()).toEqual([]);
    expect(await store.queryEvents({ includeBackground: true })).toEqual([]);
    expect(await store.articleRefs(['nope'])).toEqual([]);
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(readerLoaded).toEqual([]);
  });
});

describe('openStore / getStore', () => {
  const saved = { url: process.env.DATABASE_URL, seed: process.env.ATLAS_SEED };
  afterEach(() => {
    setStore(null);
    process.env.DATABASE_URL = saved.url;
    process.env.ATLAS_SEED = saved.seed;
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    if (saved.seed === undefined) delete process.env.ATLAS_SEED;
  });

  it('opens each backend kind from its URL', async () => {
    const mem = await openStore('memory:');
    expect(mem.kind).toBe('memory');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-open-'));
    const sq = await openStore(`sqlite:${dir}/a.db`);
    expect(sq.kind).toBe('sqlite');
    expect(fs.existsSync(path.join(dir, 'a.db'))).toBe(true);
    await sq.close();
    fs.rmSync(dir, { recursive: true, force: true });
    await expect(openStore('mysql://x/y')).rejects.toBeInstanceOf(StoreConfigError);
    await expect(openStore('postgres://nobody:secret@127.0.0.1:1/none')).rejects.toThrow(/cannot open PostGIS store at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
  });

  it('getStore is a process-wide singleton chosen by DATABASE_URL, and setStore injects one', async () => {
    process.env.DATABASE_URL = 'memory:';
    process.env.ATLAS_SEED = '0';
    const a = await getStore();
    expect(a.kind).toBe('memory');
    expect(await getStore()).toBe(a);
    const injected = new MemoryStore();
    setStore(injected);
    expect(await getStore()).toBe(injected);
  });

  it('a bad DATABASE_URL fails getStore with a clear error, and a later call retries', async () => {
    process.env.DATABASE_URL = 'oracle://x';
    process.env.ATLAS_SEED = '0';
    await expect(getStore()).rejects.toThrow(/DATABASE_URL scheme "oracle:" is not supported/);
    process.env.DATABASE_URL = 'memory:';
    expect((await getStore()).kind).toBe('memory');
  });
});
