/**
 * The store's change signal: read caches (query results, cluster indexes) key on `version` and drop what they
 * built for an older one.
 * In: every committed write through a store (`bump()` from putArticle(s), replaceExtraction, seedOnce,
 * addOverlayPlace, …); writes by other processes on the same database when the backend can see them.
 * Out: `version` — a number that only grows — and `subscribe(fn)` for listeners that must act at once.
 */
export class StoreChanges {
  private v = 0;
  private readonly listeners = new Set<(version: number) => void>();

  /** grows by one on every write this process learns of */
  get version(): number {
    return this.v;
  }

  /** a write committed (here or elsewhere): advance the version and tell the listeners */
  bump(): void {
    this.v++;
    for (const fn of this.listeners) {
      try {
        fn(this.v);
      } catch {
        /* a listener's failure must not fail the write that already committed */
      }
    }
  }

  /** calls fn after every bump; returns the unsubscribe function */
  subscribe(fn: (version: number) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}
