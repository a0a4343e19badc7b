/**
 * StringColumn: many strings stored as one text blob plus per-item lengths; get(i) slices lazily.
 * In: the blob (a JS string), the section's start offset in it, and UTF-16 lengths. Out: strings by index.
 * Loading costs one prefix sum instead of allocating hundreds of thousands of strings up front.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over UTF-16 code units (the same value StringColumn.hash gives for an equal item). */
export function hashKey(s: string): number {
  let h = FNV_OFFSET;
  for (let j = 0; j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), FNV_PRIME);
  return h >>> 0;
}

export class StringColumn {
  private readonly offsets: Uint32Array;

  constructor(private readonly text: string, start: number, lengths: Uint16Array) {
    this.offsets = new Uint32Array(lengths.length + 1);
    let off = start;
    this.offsets[0] = off;
    for (let i = 0; i < lengths.length; i++) {
      off += lengths[i]!;
      this.offsets[i + 1] = off;
    }
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  /** End offset of the whole section in the blob (where the next section starts). */
  get end(): number {
    return this.offsets[this.offsets.length - 1]!;
  }

  get(i: number): string {
    return this.text.slice(this.offsets[i]!, this.offsets[i + 1]!);
  }

  /** hashKey() of item i, read from the blob without allocating a slice. */
  hash(i: number): number {
    let h = FNV_OFFSET;
    for (let j = this.offsets[i]!, end = this.offsets[i + 1]!; j < end; j++) h = Math.imul(h ^ this.text.charCodeAt(j), FNV_PRIME);
    return h >>> 0;
  }

  /** Code-unit comparison of item i with s (like `get(i) < s ? -1 : …`) without allocating a slice. */
  compare(i: number, s: string): number {
    const start = this.offsets[i]!, len = this.offsets[i + 1]! - start;
    const n = len < s.length ? len : s.length;
    for (let j = 0; j < n; j++) {
      const d = this.text.charCodeAt(start + j) - s.charCodeAt(j);
      if (d !== 0) return d;
    }
    return len - s.length;
  }
}
