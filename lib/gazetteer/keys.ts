/**
 * KeyTable: sorted normalised name keys with posting lists (entry indices), searched by binary search.
 * In: keys sorted by UTF-16 code unit (a StringColumn), starts[k]..starts[k+1] delimiting key k's postings in ids.
 * Out: exact lookups, prefix ranges, and first-letter buckets for fuzzy matching — no Map to build at load.
 */
import type { StringColumn } from './strings';

export class KeyTable {
  constructor(
    private readonly keys: StringColumn,
    private readonly starts: Uint32Array,
    private readonly ids: Uint32Array,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  key(i: number): string {
    return this.keys.get(i);
  }

  /** First position whose key is ≥ k. */
  lowerBound(k: string): number {
    let lo = 0, hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys.compare(mid, k) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Position of key k, or -1. */
  find(k: string): number {
    const i = this.lowerBound(k);
    return i < this.keys.length && this.keys.compare(i, k) === 0 ? i : -1;
  }

  /** Entry indices posted under key position i. */
  postings(i: number): Uint32Array {
    return this.ids.subarray(this.starts[i] ?? 0, this.starts[i + 1] ?? 0);
  }

  /** Entry indices of key k (empty when absent). */
  get(k: string): Uint32Array {
    const i = this.find(k);
    return i < 0 ? this.ids.subarray(0, 0) : this.postings(i);
  }

  /** [from, to) key positions starting with prefix. */
  prefixRange(prefix: string): [number, number] {
    return [this.lowerBound(prefix), this.lowerBound(prefix + '\uffff')];
  }
}
