/**
 * Names and ids of open-world actors: country names both ways (the gazetteer's country entries), the curated
 * state actor of a country (data/actors.json, ACLED inter `stateInter`), and the id slug.
 * In: ISO alpha-2 codes and names. Out: display names and ids; lookups cached per process (the name cache bounded).
 */
import type { Actor } from '../schemas';
import { getGazetteer } from '../gazetteer';
import { getLexicon } from './lexicon';

/** "Military forces of Côte d'Ivoire" → "military-forces-of-cote-d-ivoire" (accents dropped, lowercase, hyphens). */
export function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}

const names = new Map<string, string>();
/** name → country code; any text can add names (POST /api/extract), so the cache is bounded: emptied when full */
const codes = new Map<string, string | null>();
export const COUNTRY_CACHE_MAX = 10_000;
let states: Map<string, Actor> | null = null;

/** The gazetteer's name of a country ("MX" → "Mexico"), or the code itself when it has none. */
export function countryName(cc: string): string {
  let n = names.get(cc);
  if (n === undefined) {
    n = getGazetteer().lookupCode(cc).find((e) => e.kind === 'country' && e.country === cc)?.name ?? cc;
    names.set(cc, n);
  }
  return n;
}

/** The country a name is ("Armenia" → "AM"), or null for anything that is not a country's name. */
export function countryByName(name: string): string | null {
  let c = codes.get(name);
  if (c === undefined) {
    c = getGazetteer().lookup(name).find((e) => e.kind === 'country')?.country ?? null;
    if (codes.size >= COUNTRY_CACHE_MAX) codes.clear();
    codes.set(name, c);
  }
  return c;
}

/** The curated state actor of a country ("UA" → ukraine), if data/actors.json has one. */
export function curatedState(cc: string): Actor | undefined {
  const lex = getLexicon();
  states ??= new Map(lex.actors.filter((a) => a.country && a.inter === lex.generic.stateInter).map((a) => [a.country!, a]));
  return states.get(cc);
}

/** How many names the country cache holds (for the bound's test). */
export function countryCacheSize(): number {
  return codes.size;
}
