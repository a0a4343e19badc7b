/**
 * DATABASE_URL → which store to open.
 * In: `memory:`, `sqlite:<path>` (relative paths resolved from process.cwd(); `sqlite::memory:` for a private
 * in-memory SQLite) or `postgres://…` / `postgresql://…`. Out: a typed target, or a StoreConfigError naming the fix.
 */
import path from 'node:path';
import { StoreConfigError } from './errors';

export const DEFAULT_DATABASE_URL = 'sqlite:./data/atlas.db';

export type StoreTarget =
  | { kind: 'memory' }
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgis'; url: string };

const HELP = 'use memory:, sqlite:<path> (e.g. sqlite:./data/atlas.db) or postgres://user@host:port/db';

export function parseDatabaseUrl(url: string | undefined | null): StoreTarget {
  const raw = (url ?? '').trim();
  if (raw === '') return parseDatabaseUrl(DEFAULT_DATABASE_URL);
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(raw);
  if (!m) throw new StoreConfigError(`DATABASE_URL "${raw}" has no scheme: ${HELP}`);
  const scheme = m[1]!.toLowerCase();
  const rest = raw.slice(m[0].length);
  switch (scheme) {
    case 'memory':
      if (rest !== '') throw new StoreConfigError(`DATABASE_URL "${raw}": memory: takes nothing after the colon`);
      return { kind: 'memory' };
    case 'sqlite': {
      if (rest === '') throw new StoreConfigError(`DATABASE_URL "${raw}" has no file path: ${HELP}`);
      if (rest === ':memory:') return { kind: 'sqlite', path: ':memory:' };
      if (rest.startsWith('//')) {
        throw new StoreConfigError(`DATABASE_URL "${raw}": write sqlite:<path> without "//" (e.g. sqlite:./data/atlas.db or sqlite:/abs/atlas.db)`);
      }
      return { kind: 'sqlite', path: path.resolve(/*turbopackIgnore: true*/ process.cwd(), rest) };
    }
    case 'postgres':
    case 'postgresql': {
      try {
        new URL(raw);
      } catch {
        throw new StoreConfigError(`DATABASE_URL "${raw}" is not a valid postgres URL: ${HELP}`);
      }
      return { kind: 'postgis', url: raw };
    }
    default:
      throw new StoreConfigError(`DATABASE_URL scheme "${scheme}:" is not supported: ${HELP}`);
  }
}

/** The URL with any password replaced, for logs and error messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
