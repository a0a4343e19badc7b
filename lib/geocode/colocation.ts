/**
 * Co-location: local names in one article point at each other. "Paris" and "Henry County" together mean
 * Paris, Tennessee (which lies in a Henry County), "Richmond" next to "Madison County" the Kentucky one.
 * In: the spans that take part in resolution, each with its gazetteer candidates. Out: an index that tells,
 * for one candidate of one name, the nearest candidate of another name lying next to it (or inside it,
 * for a county), so scoring can reward readings that agree with each other even when no name is certain.
 * Only local kinds are indexed (counties, cities, towns, villages, neighbourhoods): two countries always
 * "touch" something and say nothing about each other. A state or province is rewarded when a local reading of
 * another name lies inside it, so a province keeps its edge over a namesake town elsewhere.
 */
import type { GazetteerEntry } from '../schemas';
import { distanceKm } from '../geo';
import { THRESHOLDS } from './data';

export const LOCAL_KINDS: ReadonlySet<GazetteerEntry['kind']> = new Set(THRESHOLDS.colocation.localKinds);
/** two points of different names closer than this are read as the same area */
const NEAR_KM = THRESHOLDS.colocation.nearKm;
const CELL_DEG = 1;
/** names with more readings than this are too common to vote (a "Springfield" is next to everything) */
const MAX_READINGS = THRESHOLDS.colocation.maxReadings;
/** a county reaches this many times its radius */
const COUNTY_REACH = THRESHOLDS.colocation.countyRadiusFactor;

interface Point {
  e: GazetteerEntry;
  key: string;
}

export interface ColocationIndex {
  /** a candidate of another name lying within reach of `e`, or null */
  partner(e: GazetteerEntry, key: string): GazetteerEntry | null;
}

const cellKey = (la: number, lo: number) => (la + 200) * 1000 + (lo + 400);
const cellOf = (lat: number, lon: number) => cellKey(Math.floor(lat / CELL_DEG), Math.floor(lon / CELL_DEG));

function reachKm(a: GazetteerEntry, b: GazetteerEntry): number {
  // a county reaches as far as its own extent: a town inside it is co-located with it
  const ra = a.kind === 'admin2' ? a.radiusKm * COUNTY_REACH : 0;
  const rb = b.kind === 'admin2' ? b.radiusKm * COUNTY_REACH : 0;
  return Math.max(NEAR_KM, ra, rb);
}

/** `readings`: per name (normalised key), its candidate entries. */
export function buildColocation(readings: ReadonlyMap<string, readonly GazetteerEntry[]>): ColocationIndex {
  const grid = new Map<number, Point[]>();
  /** "CC/admin1" → names with a local reading inside that first-level region */
  const regions = new Map<string, Set<string>>();
  let maxReach = NEAR_KM;
  for (const [key, entries] of readings) {
    if (entries.length > MAX_READINGS) continue;
    for (const e of entries) {
      if (!LOCAL_KINDS.has(e.kind)) continue;
      if (e.country && e.admin1) {
        const r = `${e.country}/${e.admin1}`;
        const keys = regions.get(r);
        if (keys) keys.add(key);
        else regions.set(r, new Set([key]));
      }
      if (e.kind === 'admin2') maxReach = Math.max(maxReach, e.radiusKm * COUNTY_REACH);
      const c = cellOf(e.lat, e.lon);
      const list = grid.get(c);
      if (list) list.push({ e, key });
      else grid.set(c, [{ e, key }]);
    }
  }
  const span = Math.min(2, Math.ceil(maxReach / (111 * CELL_DEG)));
  const memo = new Map<string, Map<GazetteerEntry, GazetteerEntry | null>>();
  const find = (e: GazetteerEntry, key: string): GazetteerEntry | null => {
    let byEntry = memo.get(key);
    if (!byEntry) memo.set(key, (byEntry = new Map()));
    let hit = byEntry.get(e);
    if (hit === undefined) byEntry.set(e, (hit = partnerOf(e, key)));
    return hit;
  };
  return { partner: (e, key) => (grid.size === 0 || readings.size < 2 ? null : find(e, key)) };

  function partnerOf(e: GazetteerEntry, key: string): GazetteerEntry | null {
    // a state or province holding a local reading of another name ("Bulacan" with towns of Bulacan)
    // (not when the name's own city lies there too: a city and the province named after it share the evidence)
    if (e.kind === 'admin1') {
      const keys = e.country && e.admin1 ? regions.get(`${e.country}/${e.admin1}`) : undefined;
      if (!keys || ![...keys].some((k) => k !== key)) return null;
      const own = readings.get(key) ?? [];
      return own.some((x) => x !== e && LOCAL_KINDS.has(x.kind) && x.country === e.country && x.admin1 === e.admin1) ? null : e;
    }
    if (!LOCAL_KINDS.has(e.kind)) return null;
    const la = Math.floor(e.lat / CELL_DEG);
    const lo = Math.floor(e.lon / CELL_DEG);
    let best: GazetteerEntry | null = null;
    let bestKm = Infinity;
    for (let i = -span; i <= span; i++) {
      for (let j = -span; j <= span; j++) {
        const list = grid.get(cellKey(la + i, lo + j));
        if (!list) continue;
        for (const p of list) {
          if (p.key === key || p.e.id === e.id) continue;
          const km = distanceKm(e.lat, e.lon, p.e.lat, p.e.lon);
          if (km <= reachKm(e, p.e) && km < bestKm) {
            bestKm = km;
            best = p.e;
          }
        }
      }
    }
    return best;
  }
}
