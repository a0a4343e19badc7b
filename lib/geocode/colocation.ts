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
import { NearIndex } from './nearindex';

export const LOCAL_KINDS: ReadonlySet<GazetteerEntry['kind']> = new Set(THRESHOLDS.colocation.localKinds);
/** two points of different names closer than this are read as the same area */
const NEAR_KM = THRESHOLDS.colocation.nearKm;
const CELL_DEG = 1;
/** the first box a partner search looks in (it doubles until a partner lies within it, or up to the reach) */
const START_KM = NEAR_KM / 4;
/** an index of at most this many points is searched in one box */
const SMALL = 256;

/**
 * Points looked at and boxes asked since the process started (read differences, never reset): tests check that an
 * article's count grows with its number of names, not its square, without timing anything.
 */
export const COLOCATION_COUNTERS = { points: 0, boxes: 0 };
/** names with more readings than this are too common to vote (a "Springfield" is next to everything) */
const MAX_READINGS = THRESHOLDS.colocation.maxReadings;
/** a county reaches this many times its radius */
const COUNTY_REACH = THRESHOLDS.colocation.countyRadiusFactor;

interface Point {
  e: GazetteerEntry;
  key: string;
  /** place in the indexing order, and the 1° cell (the order a scan of the 1° cells meets points in) */
  seq: number;
  la: number;
  lo: number;
}

export interface ColocationIndex {
  /** a candidate of another name lying within reach of `e`, or null */
  partner(e: GazetteerEntry, key: string): GazetteerEntry | null;
}

function reachKm(a: GazetteerEntry, b: GazetteerEntry): number {
  // a county reaches as far as its own extent: a town inside it is co-located with it
  const ra = a.kind === 'admin2' ? a.radiusKm * COUNTY_REACH : 0;
  const rb = b.kind === 'admin2' ? b.radiusKm * COUNTY_REACH : 0;
  return Math.max(NEAR_KM, ra, rb);
}

/**
 * `readings`: per name (normalised key), its candidate entries.
 * A partner is the nearest point within reach among those of the 1° cells up to `span` cells around the
 * candidate, the first one met when two are equally near (cells row by row, then indexing order). Points other than
 * counties reach NEAR_KM (or the candidate county's reach); counties reach farther. All points are in one
 * NearIndex, searched in boxes growing from the candidate until the nearest partner so far lies within the box (or
 * the box holds every reach): the choice is the one a scan over every point gives, and in a crowded article only the
 * few points around the partner are looked at.
 */
export function buildColocation(readings: ReadonlyMap<string, readonly GazetteerEntry[]>): ColocationIndex {
  /** points other than counties (they reach NEAR_KM) */
  const near = new NearIndex<Point>(NEAR_KM);
  /** counties, by reach class (reach under 2^class km; the class's longest reach): a search reaches no farther */
  const counties = new Map<number, { index: NearIndex<Point>; reach: number }>();
  let points = 0;
  const countyPoints: Point[] = [];
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
      const p: Point = { e, key, seq: points++, la: Math.floor(e.lat / CELL_DEG), lo: Math.floor(e.lon / CELL_DEG) };
      if (e.kind === 'admin2') {
        maxReach = Math.max(maxReach, e.radiusKm * COUNTY_REACH);
        countyPoints.push(p);
      } else {
        near.add(e.lat, e.lon, p);
      }
    }
  }
  // a few counties are one class; many, one class per doubling of the reach
  for (const p of countyPoints) {
    const reach = p.e.radiusKm * COUNTY_REACH;
    const c = countyPoints.length <= SMALL ? -1 : Math.max(0, Math.ceil(Math.log2(Math.max(reach, 1))));
    let cls = counties.get(c);
    if (!cls) counties.set(c, (cls = { index: new NearIndex<Point>(c < 0 ? maxReach : 2 ** c), reach: 0 }));
    cls.reach = Math.max(cls.reach, reach);
    cls.index.add(p.e.lat, p.e.lon, p);
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
  return { partner: (e, key) => (points === 0 || readings.size < 2 ? null : find(e, key)) };

  function partnerOf(e: GazetteerEntry, key: string): GazetteerEntry | null {
    // a state or province holding a local reading of another name ("Bulacan" with towns of Bulacan)
    // (not when the name's own city lies there too: a city and the province named after it share the evidence)
    if (e.kind === 'admin1') {
      const keys = e.country && e.admin1 ? regions.get(`${e.country}/${e.admin1}`) : undefined;
      if (!keys || !(keys.size > 1 || !keys.has(key))) return null;
      const own = readings.get(key) ?? [];
      return own.some((x) => x !== e && LOCAL_KINDS.has(x.kind) && x.country === e.country && x.admin1 === e.admin1) ? null : e;
    }
    if (!LOCAL_KINDS.has(e.kind)) return null;
    const la = Math.floor(e.lat / CELL_DEG);
    const lo = Math.floor(e.lon / CELL_DEG);
    const width = 2 * span + 1;
    let best: Point | null = null;
    let bestKm = Infinity;
    let bestRank = Infinity;
    const consider = (p: Point): void => {
      COLOCATION_COUNTERS.points++;
      if (p.key === key || p.e.id === e.id) return;
      const di = p.la - la, dj = p.lo - lo;
      if (di < -span || di > span || dj < -span || dj > span) return;
      const km = distanceKm(e.lat, e.lon, p.e.lat, p.e.lon);
      if (km > reachKm(e, p.e)) return;
      // the nearest, then the first in the order a scan of the 1° cells meets them: one answer whatever the visit order
      const rank = ((di + span) * width + (dj + span)) * 2 ** 26 + p.seq;
      if (km < bestKm || (km === bestKm && rank < bestRank)) {
        bestKm = km;
        bestRank = rank;
        best = p;
      }
    };
    // no accepted point lies beyond its reach: NEAR_KM or the candidate county's for points other than counties, and
    // as far as the longest of a class for counties; each search starts at the best distance found so far
    const own = Math.max(NEAR_KM, e.kind === 'admin2' ? e.radiusKm * COUNTY_REACH : 0);
    const search = (index: NearIndex<Point>, maxKm: number) => {
      // (a small index is searched whole at once: growing boxes pay off only where points crowd)
      const start = bestKm < Infinity ? Math.max(bestKm, 1e-6) : index.size <= SMALL ? maxKm : START_KM;
      COLOCATION_COUNTERS.boxes += index.nearest(e.lat, e.lon, start, maxKm, consider, () => bestKm);
    };
    search(near, own);
    for (const cls of counties.values()) search(cls.index, Math.max(own, cls.reach));
    return best === null ? null : (best as Point).e;
  }
}
