/**
 * Fuzzy candidates for unseen spellings ("Aleppoo", "Damascos"): Levenshtein distance over the keys that
 * share the query's first letter and are within the allowed length difference.
 * In: a normalised query key and a KeyTable. Out: key positions with their edit distance, closest first.
 */
import { distance } from 'fastest-levenshtein';
import type { KeyTable } from './keys';

/** Edits allowed for a key of this length: 1 up to 5 chars, 2 up to 9, else 3. */
export function maxEdits(len: number): number {
  return len <= 5 ? 1 : len <= 9 ? 2 : 3;
}

export interface FuzzyHit {
  pos: number;
  dist: number;
}

export function fuzzyKeys(table: KeyTable, key: string, limit = 50): FuzzyHit[] {
  if (key.length < 4) return [];
  const max = maxEdits(key.length);
  const [from, to] = table.prefixRange(key[0]!);
  const hits: FuzzyHit[] = [];
  for (let i = from; i < to; i++) {
    const k = table.key(i);
    if (Math.abs(k.length - key.length) > max) continue;
    const d = distance(k, key);
    if (d <= max && d > 0) hits.push({ pos: i, dist: d });
  }
  hits.sort((a, b) => a.dist - b.dist || a.pos - b.pos);
  return hits.slice(0, limit);
}
