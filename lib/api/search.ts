/**
 * Spelling variants of a free-text query (filter `q`) from the gazetteer, so "Tartus", "Tartous" and "Ţarţūs" find
 * the same events: when q names places — by a name or alternate name (lookup, accents and articles folded) or by its
 * transliteration skeleton (lookupVariant: "Tartouss" → Ţarţūs) — every name of those places (gazetteer name,
 * display name, alternates) becomes a variant the store also matches, as whole words (lib/store search-text.ts).
 * In: an EventQuery. Out: QueryOptions for store.queryEvents. The gazetteer is imported lazily (only when q is
 * set); if it cannot be loaded the query runs without variants (logged once).
 */
import type { EventQuery, GazetteerEntry } from '../schemas';
import type { QueryOptions } from '../store';
import { MAX_SEARCH_VARIANTS } from '../store';
import { displayPlaceName } from '../geo';

/** Places whose names are taken as variants, most important first. */
const MAX_PLACES = 4;
/** A query longer than this is a phrase, not a place name: no variants. */
const MAX_NAME_LENGTH = 60;

interface VariantSource {
  lookup(name: string): GazetteerEntry[];
  lookupVariant?(name: string): GazetteerEntry[];
  importanceOf?(e: GazetteerEntry): number;
}

/** The variants of q in a gazetteer (pure; exported for tests). */
export function variantsIn(g: VariantSource, q: string): string[] {
  const name = q.trim();
  if (!name || name.length > MAX_NAME_LENGTH) return [];
  const byId = new Map<string, GazetteerEntry>();
  for (const e of [...g.lookup(name), ...(g.lookupVariant?.(name) ?? [])]) byId.set(e.id, e);
  const places = [...byId.values()].sort((a, b) => (g.importanceOf?.(b) ?? 0) - (g.importanceOf?.(a) ?? 0)).slice(0, MAX_PLACES);
  const out: string[] = [];
  for (const p of places) out.push(displayPlaceName(p), p.name, ...p.alt);
  return [...new Set(out)].slice(0, MAX_SEARCH_VARIANTS * 2);
}

let warned = false;

/** QueryOptions for a query: the gazetteer variants of q (none without q). */
export async function searchOptions(query: Pick<EventQuery, 'q'>): Promise<QueryOptions> {
  if (query.q === undefined) return {};
  try {
    const { getGazetteer } = await import('../gazetteer');
    return { variants: variantsIn(getGazetteer(), query.q) };
  } catch (err) {
    if (!warned) console.warn(`[api] search without spelling variants: ${(err as Error).message}`);
    warned = true;
    return {};
  }
}
