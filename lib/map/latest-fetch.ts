/**
 * The latest request wins: a keyed JSON fetcher for views that change faster than the server answers (the
 * map asking /api/clusters while the user pans). A new key aborts the request in flight; the same key as the
 * one in flight or the last answered is not asked again; a stale or aborted answer is never delivered.
 * In: a key (the URL), the fetch to use (injected: tests pass a fake). Out: the parsed answer, or null when the
 * request was superseded, aborted, or the key was already answered. Errors (HTTP ≥ 400, bad JSON) reject.
 */

export type FetchLike = (url: string, init: { signal: AbortSignal; headers?: Record<string, string> }) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

export class LatestFetch<T> {
  private inFlight: { key: string; ctrl: AbortController } | null = null;
  private answered: string | null = null;

  constructor(private readonly parse: (body: unknown) => T, private readonly fetchFn: FetchLike = (u, i) => fetch(u, i)) {}

  /** Ask for `key` unless it is in flight or already answered; supersedes (aborts) any other request. */
  async get(key: string): Promise<T | null> {
    if (this.inFlight?.key === key || (!this.inFlight && this.answered === key)) return null;
    this.inFlight?.ctrl.abort();
    const ctrl = new AbortController();
    const mine = { key, ctrl };
    this.inFlight = mine;
    try {
      const res = await this.fetchFn(key, { signal: ctrl.signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`${key} answered ${res.status}`);
      const body = await res.json();
      if (this.inFlight !== mine) return null;
      this.answered = key;
      return this.parse(body);
    } catch (err) {
      if (ctrl.signal.aborted || this.inFlight !== mine) return null;
      this.answered = null;
      throw err;
    } finally {
      if (this.inFlight === mine) this.inFlight = null;
    }
  }

  /** Forget the last answer (the next get of the same key asks again) and abort anything in flight. */
  reset(): void {
    this.inFlight?.ctrl.abort();
    this.inFlight = null;
    this.answered = null;
  }
}
