/**
 * The anchor index: the places already resolved in an article, for the proximity, holds-anchor and
 * one-sense-per-article features of candidate scoring (candidates.ts).
 * In: anchors (an entry, the normalised name that chose it, the span's index) added one by one as resolution
 * goes. Out: answers to "the proximity bonus of this candidate", "does this region hold an anchor", "was this
 * name anchored to this entry", each leaving out the asking span itself and every anchor of the same name,
 * exactly as a scan over every anchor would.
 * Anchors are grouped by entry (a name repeated 1,000 times is one group), and the groups are kept in one grid
 * per proximity band (cells about as wide as the band), so a bonus looks at the few cells around the candidate,
 * nearest band first, instead of at every anchor: the cost of an article grows with its number of names, not its
 * square. ANCHOR_COUNTERS.visits counts the groups looked at (tests check the growth without timing anything).
 */
import type { GazetteerEntry } from '../schemas';
import { distanceKm } from '../geo';
import { CellGrid } from '../geo';

export interface Anchor {
  entry: GazetteerEntry;
  key: string;
  spanIndex: number;
}

/** Groups looked at by the queries since the process started (read differences, never reset). */
export const ANCHOR_COUNTERS = { visits: 0 };

/** The anchors of one entry: the first inline, more in `others` (name → how many, span → name). */
interface Group {
  entry: GazetteerEntry;
  key0: string;
  span0: number;
  n: number;
  keyCount: Map<string, number> | null;
  spanKey: Map<number, string> | null;
}

/** Some anchor of the group is neither the span `self` nor named `key` (key undefined: any name). */
function usable(g: Group, self: number, key: string | undefined): boolean {
  if (g.n === 1) return g.span0 !== self && g.key0 !== key;
  const sameName = key === undefined ? 0 : g.keyCount!.get(key) ?? 0;
  const selfKey = g.spanKey!.get(self);
  const selfOther = selfKey !== undefined && selfKey !== key ? 1 : 0;
  return g.n - sameName - selfOther > 0;
}

/** Number of anchors of the group named `key`, other than the one of span `self`. */
function namedOthers(g: Group, key: string, self: number): number {
  if (g.n === 1) return g.key0 === key && g.span0 !== self ? 1 : 0;
  return (g.keyCount!.get(key) ?? 0) - (g.spanKey!.get(self) === key ? 1 : 0);
}

/** The groups of one proximity band, in cells about as wide as the band; bonus for a distance under `km`. */
class BandGrid {
  private readonly grid: CellGrid<Group>;
  constructor(readonly km: number, readonly bonus: number) {
    this.grid = new CellGrid(km);
  }

  add(g: Group): void {
    this.grid.add(g.entry.lat, g.entry.lon, g);
  }

  /** Some usable group other than entry `e` lies under `km` from it. */
  any(e: GazetteerEntry, self: number, key: string | undefined): boolean {
    return this.grid.some(e.lat, e.lon, this.km, (g) => {
      ANCHOR_COUNTERS.visits++;
      return g.entry.id !== e.id && usable(g, self, key) && distanceKm(e.lat, e.lon, g.entry.lat, g.entry.lon) < this.km;
    });
  }
}

export interface AnchorIndexOptions {
  /** proximity bands, nearest first: bonus under km */
  bands: readonly { underKm: number; bonus: number }[];
  /** kinds never used for proximity (a country is near everything in it) */
  ignoredKinds: ReadonlySet<string>;
}

const regionOf = (country: string | null, admin1: string | null) => `${country ?? '\u0001'}|${admin1 ?? '\u0001'}`;

export class AnchorIndex {
  private readonly byId = new Map<string, Group>();
  private readonly byParent = new Map<string, Group[]>();
  private readonly byRegion = new Map<string, Group[]>();
  private readonly grids: BandGrid[];
  private count = 0;

  constructor(private readonly opts: AnchorIndexOptions) {
    // the nearest band holding an anchor gives the highest bonus only when bands widen as bonuses fall
    opts.bands.forEach((b, i) => {
      const prev = opts.bands[i - 1];
      if (prev && !(b.underKm > prev.underKm && b.bonus < prev.bonus)) {
        throw new Error('proximity bands must be listed nearest first, each wider and with a smaller bonus than the one before (data/geocode/candidates.json proximity.bands)');
      }
    });
    this.grids = opts.bands.map((b) => new BandGrid(b.underKm, b.bonus));
  }

  /** Number of anchors added (a name anchored twice counts twice). */
  get length(): number {
    return this.count;
  }

  add(a: Anchor): void {
    this.count++;
    const g = this.byId.get(a.entry.id);
    if (g) {
      if (g.n === 1) {
        g.keyCount = new Map([[g.key0, 1]]);
        g.spanKey = new Map([[g.span0, g.key0]]);
      }
      g.n++;
      g.keyCount!.set(a.key, (g.keyCount!.get(a.key) ?? 0) + 1);
      g.spanKey!.set(a.spanIndex, a.key);
      return;
    }
    const fresh: Group = { entry: a.entry, key0: a.key, span0: a.spanIndex, n: 1, keyCount: null, spanKey: null };
    this.byId.set(a.entry.id, fresh);
    if (a.entry.parentId !== null) push(this.byParent, a.entry.parentId, fresh);
    push(this.byRegion, regionOf(a.entry.country, a.entry.admin1), fresh);
    if (!this.opts.ignoredKinds.has(a.entry.kind)) for (const grid of this.grids) grid.add(fresh);
  }

  /**
   * The bonus of the nearest band holding an anchor of another name and span than the candidate's (0: none),
   * the nearest of them that is not the candidate's own entry nor of an ignored kind.
   */
  proximityBonus(e: GazetteerEntry, self: number, key: string | undefined): number {
    for (const grid of this.grids) if (grid.any(e, self, key)) return grid.bonus;
    return 0;
  }

  /** An anchor of another name and span lies inside region `e` (its child, or in its first-level region for an admin1). */
  holds(e: GazetteerEntry, self: number, key: string): boolean {
    const check = (list: Group[] | undefined) => {
      if (!list) return false;
      for (const g of list) {
        ANCHOR_COUNTERS.visits++;
        if (g.entry.id !== e.id && usable(g, self, key)) return true;
      }
      return false;
    };
    if (check(this.byParent.get(e.id))) return true;
    return e.kind === 'admin1' && check(this.byRegion.get(regionOf(e.country, e.admin1)));
  }

  /** Another span of the name `key` was anchored to entry `id`. */
  anchoredSame(key: string, id: string, self: number): boolean {
    const g = this.byId.get(id);
    return g !== undefined && namedOthers(g, key, self) > 0;
  }

  /** Every anchor's group, for brute-force cross-checks (one per entry). */
  groups(): readonly GazetteerEntry[] {
    return [...this.byId.values()].map((g) => g.entry);
  }
}

function push<K>(m: Map<K, Group[]>, k: K, g: Group): void {
  const list = m.get(k);
  if (list) list.push(g);
  else m.set(k, [g]);
}
