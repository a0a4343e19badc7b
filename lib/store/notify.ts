/**
 * Cross-process change signals: writes another process commits to the same database bump this store's
 * `changes` (changes.ts), so read caches (read-cache.ts) never serve what predates them.
 * In: a database handle and the store's StoreChanges. Out: a stop function.
 *  - SQLite: `watchDataVersion` polls `PRAGMA data_version` (a counter SQLite moves when ANOTHER connection
 *    commits; this connection's own writes leave it alone and bump directly) on an unref'd timer, 250 ms by default.
 *  - PostGIS: every write transaction sends `NOTIFY atlas_changes` with the writing store's id (delivered on commit
 *    only); `listenForChanges` keeps one dedicated client LISTENing, bumps on every other store's notification,
 *    reconnects after an error with a growing delay (and bumps once reconnected: it may have missed some).
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { StoreChanges } from './changes';

/** the PostgreSQL channel every store writes to and listens on */
export const CHANGES_CHANNEL = 'atlas_changes';

/** how often SQLite stores look for other connections' commits (ms) */
export const DATA_VERSION_POLL_MS = 250;

interface PragmaSource {
  readonly open: boolean;
  pragma(source: string, opts: { simple: true }): unknown;
}

/** Polls `PRAGMA data_version` every `intervalMs`; bumps `changes` when another connection committed. */
export function watchDataVersion(db: PragmaSource, changes: Pick<StoreChanges, 'bump'>, intervalMs = DATA_VERSION_POLL_MS): () => void {
  let last = db.pragma('data_version', { simple: true });
  const timer = setInterval(() => {
    if (!db.open) return clearInterval(timer);
    try {
      const v = db.pragma('data_version', { simple: true });
      if (v !== last) {
        last = v;
        changes.bump();
      }
    } catch {
      /* busy or closing: look again next tick */
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** A unique id for one store object: the payload of its notifications, so it can skip its own. */
export function storeInstanceId(): string {
  return randomUUID();
}

/** Inside a write transaction: announce the write to every other store (delivered when the transaction commits). */
export async function notifyChange(c: Pick<pg.ClientBase, 'query'>, instanceId: string): Promise<void> {
  await c.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, instanceId]);
}

export interface ChangeListener {
  /** resolves once the first LISTEN is in place (or failed: the listener keeps retrying) */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * LISTENs on CHANGES_CHANNEL with a dedicated client made by `connect` (not a pooled one: LISTEN is per session);
 * bumps `changes` on every notification whose payload is not `instanceId`.
 */
export function listenForChanges(
  connect: () => pg.Client,
  changes: Pick<StoreChanges, 'bump'>,
  instanceId: string,
  opts: { retryMs?: number; maxRetryMs?: number; onError?: (err: Error) => void } = {},
): ChangeListener {
  const baseDelay = opts.retryMs ?? 200;
  const maxDelay = opts.maxRetryMs ?? 5000;
  let stopped = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let delay = baseDelay;
  let everConnected = false;

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void start();
    }, delay);
    timer.unref();
    delay = Math.min(maxDelay, delay * 2);
  };

  const fail = (c: pg.Client, err: Error) => {
    if (client !== c) return;
    client = null;
    c.removeAllListeners('notification');
    c.end().catch(() => {});
    opts.onError?.(err);
    retry();
  };

  async function start(): Promise<void> {
    if (stopped) return;
    const c = connect();
    client = c;
    c.on('error', (err) => fail(c, err));
    c.on('end', () => fail(c, new Error('the LISTEN connection closed')));
    c.on('notification', (n) => {
      if (n.channel === CHANGES_CHANNEL && n.payload !== instanceId) changes.bump();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGES_CHANNEL}`);
      if (stopped) return void c.end().catch(() => {});
      delay = baseDelay;
      // writes between losing the old session and this LISTEN were not heard: count them as one change
      if (everConnected) changes.bump();
      everConnected = true;
    } catch (err) {
      fail(c, err as Error);
    }
  }

  const ready = start();
  return {
    ready,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const c = client;
      client = null;
      if (c) {
        c.removeAllListeners();
        c.on('error', () => {});
        await c.end().catch(() => {});
      }
    },
  };
}
