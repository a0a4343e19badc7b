/** Shared helpers for route tests: fixtures, a fresh in-memory store, requests (tests only). */
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach } from 'vitest';
import path from 'node:path';
import { MemoryStore, setStore } from '@/lib/store';
import type { StoredArticle } from '@/lib/store/types';

export const BASE = 'http://localhost:3000';

export function fixture(name: 'article-a' | 'article-b'): StoredArticle {
  return JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/api', `${name}.json`), 'utf8')) as StoredArticle;
}

/** A new MemoryStore holding `docs`, installed as the process-wide store. */
export async function freshStore(docs: StoredArticle[] = [fixture('article-a'), fixture('article-b')]): Promise<MemoryStore> {
  const store = new MemoryStore();
  for (const d of docs) await store.putArticle(d);
  setStore(store);
  return store;
}

/** Route tests run on the in-memory store, never seeded from data/articles. */
export function withMemoryStoreEnv(): void {
  beforeAll(() => {
    process.env.DATABASE_URL = 'memory:';
    process.env.ATLAS_SEED = '0';
  });
}

/** withMemoryStoreEnv, plus a fresh store holding the two fixture articles before each test. */
export function withFixtureStore(): void {
  withMemoryStoreEnv();
  beforeEach(async () => {
    await freshStore();
  });
}

export const get = (pathAndQuery: string, headers: Record<string, string> = {}) => new Request(BASE + pathAndQuery, { headers });

export function post(pathAndQuery: string, body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(BASE + pathAndQuery, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

export const params = (id: string) => ({ params: Promise.resolve({ id }) });
