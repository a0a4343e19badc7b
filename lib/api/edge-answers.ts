/**
 * Answers the HTTP edge (scripts/serve.ts) may send again without waking Next: a route that has serialised a
 * public GET answer registers it under the request's path and query, with the store change signal it was computed
 * from; the edge sends it again while that signal's version is unchanged and the entry is young, and drops it
 * otherwise. Per request this saves Next's routing and Request/Response handling around a cached body (issue 14:
 * `/api/events` throughput against a bare node:http server).
 * In: `rememberAnswer(target, body, headers, changes)` from a route; `recallAnswer(target)` from the edge, where
 * target is `answerTarget(url)`: the path and the re-encoded parameters. Out: the answer, or null.
 * The table lives on globalThis: the edge (loaded by tsx) and Next's bundled route code each load this module.
 * Bounded by entries and characters; a write anywhere (this process or, through lib/store notify.ts, another one
 * on the same database) bumps the version and the next request goes to Next again.
 */

/** what an entry needs of lib/store's StoreChanges */
export interface ChangeSignal {
  readonly version: number;
}

export interface EdgeAnswer {
  body: string;
  headers: Record<string, string>;
}

interface Entry extends EdgeAnswer {
  changes: ChangeSignal;
  version: number;
  expires: number;
}

interface Table {
  entries: Map<string, Entry>;
  chars: number;
}

/** how long an answer may be sent again at most (the read cache's own bound, lib/store read-cache.ts) */
export const EDGE_ANSWER_TTL_MS = 10_000;
const MAX_ENTRIES = 512;
const MAX_CHARS = 16 * 1024 * 1024;
/** bigger answers are not kept (one would crowd out the rest) */
const MAX_ANSWER_CHARS = 1024 * 1024;

const KEY = Symbol.for('conflict-atlas.edge-answers');

function table(): Table {
  const g = globalThis as { [KEY]?: Table };
  return (g[KEY] ??= { entries: new Map(), chars: 0 });
}

function drop(t: Table, target: string): void {
  const e = t.entries.get(target);
  if (!e) return;
  t.entries.delete(target);
  t.chars -= e.body.length;
}

/**
 * The key of a request URL (absolute, or a request target like `/api/events?x=1`): its path and its parameters
 * re-encoded by URLSearchParams, so `bbox=35,32` and `bbox=35%2C32` (Next re-encodes the URL it hands a route) are
 * one key — the route reads both as the same parameters. Null if unparseable.
 */
export function answerTarget(url: string): string | null {
  try {
    const u = new URL(url, 'http://edge.invalid');
    const params = u.searchParams.toString();
    return params ? `${u.pathname}?${params}` : u.pathname;
  } catch {
    return null;
  }
}

/** Registers a route's answer for `target`, valid while `changes.version` stays as it is now. */
export function rememberAnswer(target: string | null, answer: EdgeAnswer, changes: ChangeSignal, now = Date.now()): void {
  if (target === null || answer.body.length > MAX_ANSWER_CHARS) return;
  const t = table();
  drop(t, target);
  t.entries.set(target, { ...answer, changes, version: changes.version, expires: now + EDGE_ANSWER_TTL_MS });
  t.chars += answer.body.length;
  // oldest first (Map keeps insertion order; a hit re-inserts)
  for (const [oldest] of t.entries) {
    if (t.entries.size <= MAX_ENTRIES && t.chars <= MAX_CHARS) break;
    drop(t, oldest);
  }
}

/** The answer for `target` when it is still valid (same store version, younger than the TTL); else null. */
export function recallAnswer(target: string | null, now = Date.now()): EdgeAnswer | null {
  if (target === null) return null;
  const t = table();
  const e = t.entries.get(target);
  if (!e) return null;
  if (e.changes.version !== e.version || now >= e.expires) {
    drop(t, target);
    return null;
  }
  t.entries.delete(target);
  t.entries.set(target, e);
  return { body: e.body, headers: e.headers };
}

/** Forget every answer (tests). */
export function clearAnswers(): void {
  const t = table();
  t.entries.clear();
  t.chars = 0;
}
