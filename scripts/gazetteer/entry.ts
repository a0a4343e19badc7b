/**
 * Shared shaping rules for every gazetteer source: which alternate names are worth keeping,
 * how a populated place gets its kind and radius, and the build-time entry type.
 * In: raw names / populations / feature codes. Out: clean fields of a GazetteerEntry.
 */
import type { GazetteerEntry, PlaceKind } from '../../lib/schemas/gazetteer';
import { normalizeName } from '../../lib/gazetteer';

/**
 * A build entry: a GazetteerEntry plus optional country demonyms and codes, both indexed apart from names
 * (codes also stay in `alt` for display but are not name keys), and prominence (GeoNames alternate-name count).
 */
export type BuildEntry = GazetteerEntry & { demonyms?: string[]; codes?: string[]; prominence?: number };

/** Latin letters (with diacritics), digits, spaces and common punctuation only. */
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}\s'’‘ʿʾ`´ʼʻ\-‐.,()&/]+$/u;

/**
 * Keep alternate names a news article could use: Latin script, with at least one capital letter (GeoNames'
 * lowercase alternates are machine romanisations of other scripts), not an all-caps code (airport codes,
 * abbreviations), not a link, 2–60 chars, and not a duplicate of the name or of each other once normalised.
 */
export function cleanAlternates(name: string, alts: Iterable<string>): string[] {
  const seen = new Set([normalizeName(name)]);
  const out: string[] = [];
  for (const raw of alts) {
    const a = raw.trim();
    if (a.length < 2 || a.length > 60) continue;
    if (!LATIN_ONLY.test(a)) continue;
    if (/^[A-Z0-9]{2,5}$/.test(a)) continue;
    // all-lowercase alternates are machine romanisations of other scripts ("trtws", "a lei po")
    if (!/\p{Lu}/u.test(a)) continue;
    if (/https?:|www\.|\.(com|org)/i.test(a)) continue;
    const key = normalizeName(a);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

/** Radius of a populated place by population (km): 3 + sqrt(pop)/60, capped at 40; unknown → by kind. */
export function placeRadiusKm(population: number | null, kind: PlaceKind): number {
  if (population !== null && population > 0) return Math.round(Math.min(40, 3 + Math.sqrt(population) / 60) * 10) / 10;
  switch (kind) {
    case 'city': return 8;
    case 'town': return 3;
    case 'neighbourhood': return 1;
    default: return 1.5;
  }
}

/**
 * Kind of a GeoNames populated place: capital/first-order seat or ≥100k → city; ≥10k → town;
 * sections of cities (PPLX) → neighbourhood. Unknown population (GeoNames 0) is not "small":
 * second/third-order admin seats (PPLA2/PPLA3) with unknown population are towns.
 */
export function geonamesKind(code: string, population: number | null): PlaceKind {
  if (code === 'PPLC' || code === 'PPLA') return 'city';
  if (code === 'PPLX') return 'neighbourhood';
  if (population !== null) {
    if (population >= 100_000) return 'city';
    if (population >= 10_000) return 'town';
    return 'village';
  }
  return code === 'PPLA2' || code === 'PPLA3' ? 'town' : 'village';
}

/** "Homs (Hims)" → { name: "Homs", extra: ["Hims"] } */
export function splitParenthetical(name: string): { name: string; extra: string[] } {
  const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
  if (!m || !m[1]) return { name, extra: [] };
  return { name: m[1], extra: [m[2] ?? ''] };
}

export function slug(s: string): string {
  return normalizeName(s).replace(/ /g, '-');
}
