/**
 * Keys derived from a gazetteer entry, computed once per entry (entries are frozen and shared by every
 * article, so the cache is keyed by the entry object itself).
 * In: a GazetteerEntry. Out: its normalised primary name, whether a normalised key is one of its
 * alternate names (normalised on first need only: some entries carry hundreds), and its "CC/admin1" key.
 */
import type { GazetteerEntry } from '../schemas';
import { nameKey } from './namekey';

interface EntryKeys {
  name: string;
  alt: Set<string> | null;
  /** `${country}/${admin1}`, null without a first-level region */
  region: string | null;
}

const cache = new WeakMap<GazetteerEntry, EntryKeys>();

function keysOf(e: GazetteerEntry): EntryKeys {
  let k = cache.get(e);
  if (!k) cache.set(e, (k = { name: nameKey(e.name), alt: null, region: e.admin1 ? `${e.country}/${e.admin1}` : null }));
  return k;
}

/** normalizeName(e.name) */
export function primaryKey(e: GazetteerEntry): string {
  return keysOf(e).name;
}

/** Is `key` the normalised form of one of the entry's alternate names? */
export function isAltKey(e: GazetteerEntry, key: string): boolean {
  const k = keysOf(e);
  if (k.alt === null) k.alt = new Set(e.alt.map(nameKey));
  return k.alt.has(key);
}

/** "CC/admin1" of the entry's first-level region, or null when it has none. */
export function regionKey(e: GazetteerEntry): string | null {
  return keysOf(e).region;
}
