/**
 * Stage 4a, candidate scoring: every gazetteer entry a name could mean, scored by named features.
 * In: a span, its entries, and the article context (focus countries and regions, anchors, focus city).
 * Out: ScoredCandidate[] sorted best first; each keeps its feature contributions for the `why` text.
 * Features (CLAVIN/Mordecai style): kind/population prior, name match, focus country, focus region,
 * proximity to places already resolved, explicit parent ("Paris, Texas"), kind words ("X province"),
 * neighbourhood of the focus city, and one-sense-per-article for repeated names.
 */
import type { GazetteerEntry } from '../schemas';
import { distance } from 'fastest-levenshtein';
import { nameKey } from './namekey';
import { isAltKey, primaryKey, regionKey } from './entrykeys';
import { distanceKm, KM_PER_DEGREE_LATITUDE as KM_PER_DEG_LAT } from '../geo';
import type { ScoredCandidate, Span } from './types';
import type { ColocationIndex } from './colocation';

export const MAX_CANDIDATES = 60;

const KIND_BASE: Record<GazetteerEntry['kind'], number> = {
  country: 5.0, continent: 4.2, sea: 3.4, region: 3.0, admin1: 4.2, admin2: 2.2, city: 3.4, town: 2.6,
  village: 1.8, neighbourhood: 1.6, base: 1.8, airport: 1.4, facility: 1.2, feature: 2.8,
};
const POPULATED = new Set(['city', 'town', 'village', 'neighbourhood']);
const HINT_KINDS: Record<string, readonly string[]> = {
  city: ['city', 'town', 'village'], admin1: ['admin1', 'region'], admin2: ['admin2', 'admin1'], region: ['region', 'admin1'],
  neighbourhood: ['neighbourhood'], airport: ['airport'], base: ['base', 'airport'], border: ['country'],
  countryside: ['city', 'town', 'admin1', 'admin2'], area: ['city', 'town', 'admin1', 'admin2', 'region'],
};
const ALIAS_NOISY = new Set(['airport', 'base', 'facility']);

export interface Anchor {
  entry: GazetteerEntry;
  key: string;
  spanIndex: number;
}

export interface ScoringContext {
  /** ISO country → share of the article's country evidence (0..1) */
  focusCountries: Map<string, number>;
  /** "CC/admin1" → share of the article's first-level evidence within its country (0..1) */
  focusRegions: Map<string, number>;
  anchors: Anchor[];
  focusCity: GazetteerEntry | null;
  /** resolved entry of the explicit parent, when the span has one */
  parentEntry?: GazetteerEntry | null;
  spanIndex: number;
  /**
   * The entry an earlier mention of the same name was resolved to in context (null: none yet). When set,
   * one-sense-per-article follows it instead of the context-free first-pass anchors.
   */
  sameAs?: string | null;
  /** the kind of the names listed with this one ("Alberta, Manitoba, Ontario and …"), when they agree */
  listKind?: GazetteerEntry['kind'];
  /** the span is written as another name's parent ("Pandi, Bulacan"): a region reading is likelier */
  asParent?: boolean;
  /** local readings of the article's other names, for co-location */
  colocation?: ColocationIndex;
}

/** Kind and population prior: unknown population falls back to the kind's typical value, never "small". */
export function prior(e: GazetteerEntry): number {
  if (POPULATED.has(e.kind) && e.population !== null && e.population > 0) {
    return Math.min(4.8, 0.8 * Math.log10(e.population) - 0.6);
  }
  // a tiny first-level region is the less likely reading of a shared name (a state, not a city-sized district of the same name)
  if (e.kind === 'admin1') return KIND_BASE.admin1 + 0.3 * Math.max(-1, Math.min(0, Math.log10(Math.max(e.radiusKm, 1) / 100)));
  return KIND_BASE[e.kind];
}

const REGION_KINDS = new Set(['admin1', 'admin2', 'region']);

function matchFeature(e: GazetteerEntry, key: string): number {
  if (primaryKey(e) === key) return 0.3;
  // a region named by one of its alternate names (often its capital's name) is a weaker reading
  if (REGION_KINDS.has(e.kind)) return -1;
  if (ALIAS_NOISY.has(e.kind)) return -3;
  return isAltKey(e, key) ? 0 : -0.2;
}

function proximity(e: GazetteerEntry, anchors: readonly Anchor[], self: number, key?: string): { bonus: number; km: number; anchor: GazetteerEntry | null } {
  let best = { bonus: 0, km: Infinity, anchor: null as GazetteerEntry | null };
  for (const a of anchors) {
    // a name never supports another reading of itself ("Jerusalem" the district next to "Jerusalem" the city)
    if (a.spanIndex === self || a.entry.id === e.id || a.key === key) continue;
    if (a.entry.kind === 'country' || a.entry.kind === 'continent' || a.entry.kind === 'sea') continue;
    const km = distanceKm(e.lat, e.lon, a.entry.lat, a.entry.lon);
    const bonus = km < 30 ? 2 : km < 100 ? 1.5 : km < 300 ? 1 : km < 800 ? 0.4 : 0;
    if (bonus > best.bonus || (bonus === best.bonus && km < best.km)) best = { bonus, km, anchor: a.entry };
  }
  return best;
}

/** beyond this the proximity bonus is 0 (800 km), plus a margin for rounding */
const NO_BONUS_KM = 810;

/**
 * The proximity feature alone (what scoring needs): proximity(...).bonus, without the nearest km.
 * An anchor whose latitude alone puts it beyond reach is skipped without distanceKm (the great-circle
 * distance is never less than the latitude difference), and the search stops at the top bonus.
 */
function proximityBonus(e: GazetteerEntry, anchors: readonly Anchor[], self: number, key: string): number {
  let best = 0;
  for (const a of anchors) {
    if (a.spanIndex === self || a.entry.id === e.id || a.key === key) continue;
    if (a.entry.kind === 'country' || a.entry.kind === 'continent' || a.entry.kind === 'sea') continue;
    if (Math.abs(e.lat - a.entry.lat) * KM_PER_DEG_LAT > NO_BONUS_KM) continue;
    const km = distanceKm(e.lat, e.lon, a.entry.lat, a.entry.lon);
    const bonus = km < 30 ? 2 : km < 100 ? 1.5 : km < 300 ? 1 : km < 800 ? 0.4 : 0;
    if (bonus > best) {
      best = bonus;
      if (best === 2) break;
    }
  }
  return best;
}

function insideParent(e: GazetteerEntry, p: GazetteerEntry): boolean {
  if (e.id === p.id) return false;
  if (p.kind === 'country') return e.country === p.country;
  if (e.parentId === p.id) return true;
  return e.country === p.country && e.admin1 !== null && e.admin1 === p.admin1 && p.kind === 'admin1';
}

/** The city that gives its name to the region it lies in ("Basra" in Basra Governorate, "Bern" in its canton). */
function namesRegion(e: GazetteerEntry, p: GazetteerEntry): boolean {
  if (p.kind !== 'admin1' && p.kind !== 'admin2') return false;
  // where it lies first (cheap), then the name (edit distance)
  const inside = e.parentId === p.id
    || (p.kind === 'admin1' ? e.country === p.country && e.admin1 !== null && e.admin1 === p.admin1
      : e.country === p.country && distanceKm(e.lat, e.lon, p.lat, p.lon) <= 1.5 * p.radiusKm);
  // same name up to transliteration ("Ţarţūs" / "Tartus", "Zaporizhzhya" / "Zaporizhzhia")
  return inside && distance(primaryKey(e), primaryKey(p)) <= 2;
}

const seatCache = new WeakMap<readonly GazetteerEntry[], Map<string, Set<GazetteerEntry>>>();
/**
 * The populated readings that give their name to a region among the readings (namesRegion), for the
 * candidate list `entries` drawn from `source` with kind words `hint`. Gazetteer results are shared and
 * never modified, so the answer is cached on the source list.
 */
function seatsAmong(source: readonly GazetteerEntry[], hint: string, entries: readonly GazetteerEntry[]): Set<GazetteerEntry> {
  let byHint = seatCache.get(source);
  if (!byHint) seatCache.set(source, (byHint = new Map()));
  let seats = byHint.get(hint);
  if (!seats) {
    seats = new Set();
    for (const e of entries) if (POPULATED.has(e.kind) && entries.some((p) => p !== e && namesRegion(e, p))) seats.add(e);
    byHint.set(hint, seats);
  }
  return seats;
}

/** An anchor of the same name (another mention) resolved to this entry. */
function anchoredSame(anchors: readonly Anchor[], key: string, id: string, self: number): boolean {
  for (const a of anchors) if (a.key === key && a.entry.id === id && a.spanIndex !== self) return true;
  return false;
}

/** Feature names in the order they are added (the order `features` lists them and scores sum them). */
const FEATURE_ORDER = ['prior', 'match', 'focus', 'region', 'near', 'together', 'list', 'asParent', 'same', 'parent', 'hint', 'city', 'seat'] as const;

/**
 * One scored candidate: each feature a number field (NaN: the feature did not fire), so every candidate has one
 * shape and scoring allocates one object per candidate; `features` (name → contribution, in FEATURE_ORDER) is
 * built only for the few candidates whose reasons are written out.
 */
class Scored implements ScoredCandidate {
  prior = NaN; match = NaN; focus = NaN; region = NaN; near = NaN; together = NaN; list = NaN;
  asParent = NaN; same = NaN; parent = NaN; hint = NaN; city = NaN; seat = NaN;
  score = 0;
  private record: Record<string, number> | null = null;
  constructor(readonly entry: GazetteerEntry) {}

  /** Sum of the fired features in FEATURE_ORDER, rounded to 0.01. */
  total(): number {
    // written out (not a loop over FEATURE_ORDER): this runs for every candidate of every name; x === x: x is not NaN
    let s = 0;
    s += this.prior;
    s += this.match;
    if (this.focus === this.focus) s += this.focus;
    if (this.region === this.region) s += this.region;
    if (this.near === this.near) s += this.near;
    if (this.together === this.together) s += this.together;
    if (this.list === this.list) s += this.list;
    if (this.asParent === this.asParent) s += this.asParent;
    if (this.same === this.same) s += this.same;
    if (this.parent === this.parent) s += this.parent;
    if (this.hint === this.hint) s += this.hint;
    if (this.city === this.city) s += this.city;
    if (this.seat === this.seat) s += this.seat;
    return Math.round(s * 100) / 100;
  }

  get features(): Record<string, number> {
    if (this.record === null) {
      const r: Record<string, number> = {};
      for (const k of FEATURE_ORDER) if (!Number.isNaN(this[k])) r[k] = this[k];
      this.record = r;
    }
    return this.record;
  }
}

/** An anchor already resolved inside region `e` ("Atlanta" for "Georgia"). */
function holdsAnchor(e: GazetteerEntry, anchors: readonly Anchor[], self: number, key: string): boolean {
  for (const a of anchors) {
    if (a.spanIndex === self || a.entry.id === e.id || a.key === key) continue;
    if (a.entry.parentId === e.id || (e.kind === 'admin1' && a.entry.country === e.country && a.entry.admin1 === e.admin1)) return true;
  }
  return false;
}

export function scoreCandidates(span: Span, ctx: ScoringContext): ScoredCandidate[] {
  const key = nameKey(span.text);
  const hintWord = span.qualifier?.role ?? span.kindHint ?? '';
  const hintKinds = HINT_KINDS[hintWord];
  const all = span.entries.length > MAX_CANDIDATES ? span.entries.slice(0, MAX_CANDIDATES) : span.entries;
  // a kind word in the text ("Basra province", "the city of Basra") is a constraint when some candidate fits it
  const fitting = hintKinds ? all.filter((e) => hintKinds.includes(e.kind)) : [];
  const entries = fitting.length > 0 ? fitting : all;
  const out: Scored[] = [];
  const seats = seatsAmong(span.entries, hintWord, entries);
  const countryByName = entries.some((e) => e.kind === 'country' && primaryKey(e) === key);
  const hint = span.qualifier?.role ?? span.kindHint;
  const hinted = hint !== undefined && HINT_KINDS[hint] !== undefined;
  const { anchors, spanIndex: self } = ctx;
  for (const e of entries) {
    const f = new Scored(e);
    f.prior = prior(e);
    f.match = matchFeature(e, key);
    if (e.country) {
      const share = ctx.focusCountries.get(e.country) ?? 0;
      if (share > 0) f.focus = 2.5 * share;
      const region = regionKey(e);
      const reg = region !== null ? ctx.focusRegions.get(region) ?? 0 : 0;
      if (reg > 0 && e.kind !== 'admin1') f.region = 1.5 * reg;
    }
    const near = anchors.length === 0 ? 0 : proximityBonus(e, anchors, self, key);
    if (near > 0) f.near = near;
    // a region that contains places already resolved ("Georgia" after "Atlanta")
    if ((e.kind === 'admin1' || e.kind === 'admin2') && holdsAnchor(e, anchors, self, key)) f.near = Math.max(near, 1.5);
    const partner = entries.length < 2 ? null : ctx.colocation?.partner(e, key);
    // lying inside a county the article names is stronger evidence than lying near another town; for a name
    // that is also a country's own name it is the only evidence that counts ("Palestine" with Anderson County
    // is the Texas town, "Canada" is never a Cañada next to some other village)
    const inCounty = partner !== null && partner !== undefined && partner.kind === 'admin2' && e.kind !== 'admin2';
    if (partner && (inCounty || !countryByName)) f.together = inCounty ? 2 : 1.5;
    if (ctx.listKind && e.kind === ctx.listKind) f.list = 1.5;
    if (ctx.asParent && (e.kind === 'admin1' || e.kind === 'admin2' || e.kind === 'country')) f.asParent = 1.5;
    // in context, follow the earlier choice; before any, only a country or a state read without context is trusted
    const same =
      ctx.sameAs === undefined ? anchoredSame(anchors, key, e.id, self)
      : ctx.sameAs !== null ? ctx.sameAs === e.id
      : (e.kind === 'country' || e.kind === 'admin1') && anchoredSame(anchors, key, e.id, self);
    if (!hinted && same) f.same = 2;
    if (ctx.parentEntry && insideParent(e, ctx.parentEntry)) f.parent = 4;
    else if (span.parentCountry && e.country === span.parentCountry) f.parent = 4;
    if (hinted && HINT_KINDS[hint]!.includes(e.kind)) f.hint = 3;
    if (ctx.focusCity && (hint === 'neighbourhood' || e.kind === 'neighbourhood')) {
      const fc = ctx.focusCity;
      if (e.parentId === fc.id || (e.id !== fc.id && distanceKm(e.lat, e.lon, fc.lat, fc.lon) < 20)) f.city = 2.5;
    }
    if (seats.has(e)) f.seat = 1;
    f.score = f.total();
    out.push(f);
  }
  out.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : 1));
  return out;
}

/** km from the candidate to the nearest anchor, for the `why` text. */
export function nearestAnchor(e: GazetteerEntry, anchors: readonly Anchor[], self: number): { km: number; anchor: GazetteerEntry | null } {
  const p = proximity(e, anchors, self);
  return { km: p.km, anchor: p.anchor };
}
