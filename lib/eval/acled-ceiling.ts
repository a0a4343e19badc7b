/**
 * The gazetteer's ceiling on an ACLED row: could any geoparser using this gazetteer have located the coder's place?
 * In: a row's gold (location name, point, geo_precision) and a gazetteer (`lookup` and `near` are asked of it).
 * Out: `ceilingOf` → { named, any } for rows of geo_precision 1–2 (null for 3, which Acc@25 does not score):
 * - any:   some gazetteer entry lies within CEILING_KM of the coder's point;
 * - named: one of those entries has, as its name or an alternate name, the coded location or one of its parts
 *          ("Baghdad - Kadhimiya", "Mogadishu-Wadajir", "Nameless Hills (Tartar Region)": the whole, the parts
 *          split on " - ", ",", "-" or a parenthesis, each of at least MIN_PART_CHARS letters), all compared
 *          through the gazetteer's own normalizeName (its `lookup`, which matches names and alternate names).
 * `named` is the ceiling of "located Acc@25": a row whose coded place the gazetteer holds by no name nearby can be
 * located only by luck (another name mentioned within 25 km). Pure: the gazetteer is passed in.
 */
import type { AcledGold } from '../schemas';
import { normalizeName, type Gazetteer } from '../gazetteer';
import { distanceKm } from '../geo';

export const CEILING_KM = 25;
/** parts shorter than this ("Al" of "Bir Al-Abd") are not tried alone */
export const MIN_PART_CHARS = 4;

export interface Ceiling {
  /** a gazetteer entry within CEILING_KM whose name or alternate name is the coded location (or a part of it) */
  named: boolean;
  /** any gazetteer entry within CEILING_KM of the coded point */
  any: boolean;
}

/** The coded location's names to try, normalised: the whole string and its parts. */
export function locationKeys(location: string): Set<string> {
  const keys = new Set<string>();
  const add = (s: string) => {
    const k = normalizeName(s.trim());
    if (k) keys.add(k);
  };
  add(location);
  add(location.replace(/\([^)]*\)/g, ' '));
  for (const part of location.split(/\s+-\s+|,|[()]|-/)) {
    if (part.trim().replace(/[^\p{L}]/gu, '').length >= MIN_PART_CHARS) add(part);
  }
  return keys;
}

/** The ceiling on one row, or null for geo_precision 3 (not scored by Acc@25). */
export function ceilingOf(gold: Pick<AcledGold, 'location' | 'lat' | 'lon' | 'geo_precision'>, gazetteer: Pick<Gazetteer, 'near' | 'lookup'>): Ceiling | null {
  if (gold.geo_precision === 3) return null;
  if (gazetteer.near(gold.lat, gold.lon, { maxKm: CEILING_KM, limit: 1 }).length === 0) return { named: false, any: false };
  for (const key of locationKeys(gold.location)) {
    if (gazetteer.lookup(key).some((e) => distanceKm(e.lat, e.lon, gold.lat, gold.lon) <= CEILING_KM)) return { named: true, any: true };
  }
  return { named: false, any: true };
}
