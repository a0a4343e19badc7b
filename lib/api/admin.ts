/**
 * Admin names (ACLED admin1/admin2/admin3) for a place, read from the gazetteer.
 * In: a Gazetteer. Out: a cached `(placeId) => AdminNames | null` for the CSV export.
 * Rule: walk the place and its parentId chain; the first entry of kind admin1 gives admin1, of kind
 * admin2 gives admin2. When the chain has no admin1 entry, the entry's own `admin1` field is used if
 * it is a name (contains a lower-case letter) rather than a bare code such as "09". The gazetteer has
 * no third admin level, so admin3 stays empty.
 */
import type { Gazetteer } from '../gazetteer';
import type { AdminNames } from '../export';

const MAX_DEPTH = 8;

export function adminResolver(gazetteer: Pick<Gazetteer, 'byId'>): (placeId: string) => AdminNames | null {
  const cache = new Map<string, AdminNames | null>();
  return (placeId) => {
    if (cache.has(placeId)) return cache.get(placeId)!;
    const entry = gazetteer.byId(placeId);
    let result: AdminNames | null = null;
    if (entry) {
      result = { admin1: null, admin2: null, admin3: null };
      const seen = new Set<string>();
      for (let e: typeof entry | undefined = entry, depth = 0; e && depth < MAX_DEPTH && !seen.has(e.id); depth++) {
        seen.add(e.id);
        if (e.kind === 'admin1' && !result.admin1) result.admin1 = e.name;
        if (e.kind === 'admin2' && !result.admin2) result.admin2 = e.name;
        e = e.parentId ? gazetteer.byId(e.parentId) : undefined;
      }
      if (!result.admin1 && entry.admin1 && /\p{Ll}/u.test(entry.admin1)) result.admin1 = entry.admin1;
    }
    cache.set(placeId, result);
    return result;
  };
}
