/**
 * Ranking priors for gazetteer entries, shared by lookup(), search() and the geoparser.
 * In: an entry (kind, population, radiusKm) and optionally its prominence (how many alternate names GeoNames
 * knows, in any script: a proxy for how widely a place is written about). Out: importance in [0, 1].
 * Unknown population is not "small": the kind alone sets the prior then, so a town with population null ranks
 * as a typical town, raised by its prominence.
 * Every number comes from data/geocode/ranking.json (the one kind prior table, read once at load):
 * KIND_PRIOR is its `lookup` column, GEOPARSE_KIND_PRIOR its `geoparse` column (lib/geocode/candidates.ts).
 */
import { z } from 'zod';
import { PlaceKind, type GazetteerEntry } from '../schemas/gazetteer';
import rankingJson from '../../data/geocode/ranking.json';
import { parseDataFile } from './datafile';

const Weight = z.number().nonnegative();
export const RankingFile = z.object({
  _about: z.string(),
  kinds: z.record(PlaceKind, z.strictObject({ lookup: z.number().min(0).max(1), geoparse: z.number() })),
  populatedKinds: z.array(PlaceKind).min(1),
  lookup: z.strictObject({
    _about: z.string(),
    admin1Bonus: Weight,
    admin1FromLog10Km: z.number(),
    priorWeight: Weight,
    populationWeight: Weight,
    prominenceBonus: Weight,
    populationFullLog10: z.number().positive(),
    prominenceFullLog2: z.number().positive(),
    matchWeight: Weight,
    importanceWeight: Weight,
    match: z.strictObject({ name: Weight, alt: Weight, bare: Weight, prefix: Weight, fuzzy: Weight }),
    prefixFloor: Weight,
    prefixByLength: Weight,
    fuzzyPerEdit: Weight,
  }),
});
export type RankingFile = z.infer<typeof RankingFile>;

export const RANKING: RankingFile = parseDataFile(RankingFile, rankingJson, 'data/geocode/ranking.json');

const kindColumn = (column: 'lookup' | 'geoparse') =>
  Object.fromEntries(PlaceKind.options.map((k) => [k, RANKING.kinds[k][column]])) as Record<PlaceKind, number>;

/** importance of a bare name by kind alone, in [0, 1] (the `lookup` column) */
export const KIND_PRIOR: Record<PlaceKind, number> = kindColumn('lookup');
/** the geoparser's additive prior in score points (the `geoparse` column) */
export const GEOPARSE_KIND_PRIOR: Record<PlaceKind, number> = kindColumn('geoparse');
/** kinds whose importance follows their population */
export const POPULATED_KINDS: ReadonlySet<PlaceKind> = new Set(RANKING.populatedKinds);

const L = RANKING.lookup;

/** log-scaled population score: 10 → 0.14, 10k → 0.57, 1M → 0.86, 10M+ → 1 */
export function populationScore(population: number): number {
  return Math.min(1, Math.log10(population + 1) / L.populationFullLog10);
}

/** log-scaled prominence score in [0, 1]: 0 names → 0, 7 → 0.43, 31 → 0.71, 127+ → 1 */
export function prominenceScore(altNames: number): number {
  return Math.min(1, Math.log2(altNames + 1) / L.prominenceFullLog2);
}

/** Prior probability-like weight that a bare mention of this entry's name means this entry. */
export function importance(e: Pick<GazetteerEntry, 'kind' | 'population' | 'radiusKm'>, prominence = 0): number {
  const prior = KIND_PRIOR[e.kind];
  if (e.kind === 'admin1') {
    // big states and provinces are named more often than small ones: 0.6 up to 0.8 from radius 30 km to 300 km
    return prior + L.admin1Bonus * Math.min(1, Math.max(0, Math.log10(Math.max(e.radiusKm, 1)) - L.admin1FromLog10Km));
  }
  if (!POPULATED_KINDS.has(e.kind)) return prior;
  const base = e.population === null ? prior : L.priorWeight * prior + L.populationWeight * populationScore(e.population);
  return Math.min(1, base + L.prominenceBonus * prominenceScore(prominence));
}

/** How well the query matched: exact primary name > exact alternate > article-stripped > prefix > fuzzy. */
export const MATCH: Readonly<RankingFile['lookup']['match']> = L.match;

/** The match quality of a prefix match: longer completions of the query score lower. */
export function prefixMatch(queryToNameLength: number): number {
  return L.match.prefix * (L.prefixFloor + L.prefixByLength * queryToNameLength);
}

/** The match quality of a fuzzy match `edits` edits away (1 or more). */
export function fuzzyMatch(edits: number): number {
  return L.match.fuzzy - L.fuzzyPerEdit * (edits - 1);
}

/** Combined search score in [0, 1] from the match quality and the entry's importance, rounded to 3 decimals. */
export function searchScore(match: number, importanceValue: number): number {
  return Math.round((L.matchWeight * match + L.importanceWeight * importanceValue) * 1000) / 1000;
}
