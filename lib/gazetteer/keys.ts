/**
 * KeyTable: sorted normalised name keys with posting lists (entry indices), searched by binary search.
 * In: keys sorted by UTF-16 code unit (a StringColumn), starts[k]..starts[k+1] delimiting key k's postings in ids.
 * Out: exact lookups, prefix ranges, and first-letter buckets for fuzzy matching — no Map to build at load.
 * Exact lookups first ask a Bloom filter over the keys (built on the first lookup, ~16 bits a key): most names
 * a geoparser asks for ("Smith", "Monday") are in no gazetteer, and a miss then costs a hash, not a binary search.
 */
import { hashKey, type StringColumn } from './strings';

const BLOOM_BITS_PER_KEY = 16;
const BLOOM_PROBES = 5;
/** The probe step of double hashing, odd so that probes cover the table. */
const secondHash = (h1: number): number => (Math.imul(h1 ^ (h1 >>> 16), 0x45d9f3b) ^ (h1 >>> 13)) | 1;

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

  private bloom: Uint32Array | null = null;

  /** False when key k is certainly absent (Bloom filter: no false negatives, rare false positives). */
  mayContain(k: string): boolean {
    const bits = (this.bloom ??= this.buildBloom());
    const mask = bits.length * 32 - 1;
    const h1 = hashKey(k);
    const h2 = secondHash(h1);
    for (let p = 0; p < BLOOM_PROBES; p++) {
      const b = (h1 + Math.imul(p, h2)) & mask;
      if ((bits[b >>> 5]! & (1 << (b & 31))) === 0) return false;
    }
    return true;
  }

  private buildBloom(): Uint32Array {
    let size = 1024;
    while (size < this.keys.length * BLOOM_BITS_PER_KEY) size *= 2;
    const bits = new Uint32Array(size / 32);
    const mask = size - 1;
    for (let i = 0; i < this.keys.length; i++) {
      const h1 = this.keys.hash(i);
      const h2 = secondHash(h1);
      for (let p = 0; p < BLOOM_PROBES; p++) {
        const b = (h1 + Math.imul(p, h2)) & mask;
        bits[b >>> 5]! |= 1 << (b & 31);
      }
    }
    return bits;
  }

  /** Position of key k, or -1. */
  find(k: string): number {
    if (!this.mayContain(k)) return -1;
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
