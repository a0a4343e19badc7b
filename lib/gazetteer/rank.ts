/**
 * Ranking priors for gazetteer entries, shared by lookup(), search() and the geoparser.
 * In: an entry (kind, population, radiusKm) and optionally its prominence (how many alternate names GeoNames
 * knows, in any script: a proxy for how widely a place is written about). Out: importance in [0, 1].
 * Unknown population is not "small": the kind alone sets the prior then, so a town with population null ranks
 * as a typical town, raised by its prominence.
 */
import type { GazetteerEntry, PlaceKind } from '../schemas/gazetteer';

export const KIND_PRIOR: Record<PlaceKind, number> = {
  country: 1, continent: 0.9, sea: 0.8, region: 0.7, city: 0.7, admin1: 0.6, base: 0.55, admin2: 0.5,
  airport: 0.45, town: 0.45, facility: 0.4, feature: 0.4, neighbourhood: 0.3, village: 0.2,
};

const POPULATED = new Set<PlaceKind>(['city', 'town', 'village', 'neighbourhood']);

/** log-scaled population score: 10 → 0.14, 10k → 0.57, 1M → 0.86, 10M+ → 1 */
export function populationScore(population: number): number {
  return Math.min(1, Math.log10(population + 1) / 7);
}

/** log-scaled prominence score in [0, 1]: 0 names → 0, 7 → 0.43, 31 → 0.71, 127+ → 1 */
export function prominenceScore(altNames: number): number {
  return Math.min(1, Math.log2(altNames + 1) / 7);
}

/** Prior probability-like weight that a bare mention of this entry's name means this entry. */
export function importance(e: Pick<GazetteerEntry, 'kind' | 'population' | 'radiusKm'>, prominence = 0): number {
  const prior = KIND_PRIOR[e.kind];
  if (e.kind === 'admin1') {
    // big states and provinces are named more often than small ones: 0.6 up to 0.8 from radius 30 km to 300 km
    return prior + 0.2 * Math.min(1, Math.max(0, Math.log10(Math.max(e.radiusKm, 1)) - 1.5));
  }
  if (!POPULATED.has(e.kind)) return prior;
  const base = e.population === null ? prior : 0.5 * prior + 0.5 * populationScore(e.population);
  return Math.min(1, base + 0.2 * prominenceScore(prominence));
}

/** How well the query matched: exact primary name > exact alternate > article-stripped > prefix > fuzzy. */
export const MATCH = { name: 1, alt: 0.85, bare: 0.8, prefix: 0.65, fuzzy: 0.6 } as const;

/** Combined search score in [0, 1] from the match quality and the entry's importance, rounded to 3 decimals. */
export function searchScore(match: number, importanceValue: number): number {
  return Math.round((0.6 * match + 0.4 * importanceValue) * 1000) / 1000;
}
