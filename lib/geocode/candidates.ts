/**
 * Stage 4a, candidate scoring: every gazetteer entry a name could mean, scored by named features.
 * In: a span, its entries, and the article context (focus countries and regions, anchors, focus city).
 * Out: ScoredCandidate[] sorted best first; each keeps its feature contributions for the `why` text.
 * Features (CLAVIN/Mordecai style): kind/population prior, name match, focus country, focus region,
 * proximity to places already resolved, explicit parent ("Paris, Texas": also a constraint, like a kind word:
 * the readings outside the parent's holding reading are dropped when one lies inside), kind words ("X province"),
 * neighbourhood of the focus city, and one-sense-per-article for repeated names.
 * Every weight, band and kind list is a row of data/geocode/candidates.json; the kind prior is the `geoparse`
 * column of data/geocode/ranking.json (the table the gazetteer ranks by).
 */
import type { GazetteerEntry } from '../schemas';
import { distance } from 'fastest-levenshtein';
import { GEOPARSE_KIND_PRIOR, POPULATED_KINDS } from '../gazetteer';
import { CANDIDATES } from './data';
import { nameKey } from './namekey';
import { isAltKey, primaryKey, regionKey } from './entrykeys';
import { distanceKm } from '../geo';
import type { ScoredCandidate, Span } from './types';
import type { ColocationIndex } from './colocation';
import { liesIn } from './parents';
import { AnchorIndex, type Anchor } from './anchors';

type Kind = GazetteerEntry['kind'];

export const MAX_CANDIDATES = CANDIDATES.maxCandidates;

const KIND_BASE = GEOPARSE_KIND_PRIOR;
const POPULATED: ReadonlySet<string> = POPULATED_KINDS;
const HINT_KINDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(CANDIDATES.hintKinds).filter(([k]) => k !== '_about') as [string, Kind[]][]);
/** kind words that allow other kinds than their role ("X district": a district, or the town it is named after) */
const HINT_WORD_KINDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(CANDIDATES.hintWordKinds).filter(([k]) => k !== '_about') as [string, Kind[]][]);
const ALIAS_NOISY: ReadonlySet<string> = new Set(CANDIDATES.noisyAliasKinds);
const POP = CANDIDATES.populationPrior;
const SMALL_ADMIN1 = CANDIDATES.smallAdmin1;
const LARGE_REGION = CANDIDATES.largeRegion;
const FOCUS_BY_SIZE = CANDIDATES.focusBySize;
const MATCH = CANDIDATES.match;
const W = CANDIDATES.features;
/** proximity bands, nearest first: bonus BAND_BONUS[i] under BAND_KM[i] km */
const BAND_KM = CANDIDATES.proximity.bands.map((b) => b.underKm);
const BAND_BONUS = CANDIDATES.proximity.bands.map((b) => b.bonus);
const IGNORED_ANCHOR: ReadonlySet<string> = new Set(CANDIDATES.proximity.ignoredAnchorKinds);
const HOLDS_ANCHOR: ReadonlySet<string> = new Set(CANDIDATES.holdsAnchorKinds);
const AS_PARENT: ReadonlySet<string> = new Set(CANDIDATES.asParentKinds);
const SAME_WITHOUT_CONTEXT: ReadonlySet<string> = new Set(CANDIDATES.sameWithoutContextKinds);

export type { Anchor } from './anchors';

/** An empty anchor index with this data's proximity bands (resolve.ts adds the article's anchors to it). */
export function anchorIndex(): AnchorIndex {
  return new AnchorIndex({ bands: CANDIDATES.proximity.bands, ignoredKinds: IGNORED_ANCHOR });
}

export interface ScoringContext {
  /** ISO country → share of the article's country evidence (0..1) */
  focusCountries: Map<string, number>;
  /** "CC/admin1" → share of the article's first-level evidence within its country (0..1) */
  focusRegions: Map<string, number>;
  anchors: AnchorIndex;
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
  /**
   * The span is written as another name's parent ("Pandi, Bulacan"): the id of its reading that holds the
   * child (parents.ts parentReadings); that reading gets features.asParent.
   */
  asParent?: string;
  /** local readings of the article's other names, for co-location */
  colocation?: ColocationIndex;
}

/** Kind and population prior: unknown population falls back to the kind's typical value, never "small". */
export function prior(e: GazetteerEntry): number {
  if (POPULATED.has(e.kind) && e.population !== null && e.population > 0) {
    return Math.min(POP.max, POP.perLog10 * Math.log10(e.population) + POP.offset);
  }
  // a tiny first-level region is the less likely reading of a shared name (a state, not a city-sized district of the same name)
  if (e.kind === 'admin1') return KIND_BASE.admin1 + SMALL_ADMIN1.perLog10 * Math.max(-1, Math.min(0, Math.log10(Math.max(e.radiusKm, 1) / SMALL_ADMIN1.referenceKm)));
  // a large named region (England, Darfur) is as prominent as a state
  if (e.kind === 'region' && e.radiusKm >= LARGE_REGION.minRadiusKm) return LARGE_REGION.prior;
  return KIND_BASE[e.kind];
}

/**
 * The share of the focus-country feature a name's readings get: all of it, unless the best reading in a focus
 * country has a prior below focusBySize.fullAtPrior (a village of known population, a county: then scaled down
 * to its floor), and a reading outside the focus countries is prominent (prior ≥ focusBySize.rivalPrior). A village of 2,000 named bare in a story whose only evidence is its country is less likely
 * than a prominent place of the same name elsewhere; readings in the focus countries keep their order among
 * themselves (one scale for all of them).
 */
export function focusScale(entries: readonly GazetteerEntry[], focusCountries: ReadonlyMap<string, number>): number {
  let best = -Infinity;
  // only a prominent reading outside the focus countries (a country, England, a city of a million) is a rival
  if (!entries.some((e) => !(e.country !== null && focusCountries.get(e.country)! > 0) && prior(e) >= FOCUS_BY_SIZE.rivalPrior)) return 1;
  for (const e of entries) {
    if (!e.country || !(focusCountries.get(e.country)! > 0)) continue;
    // unknown population is not "small"
    if (POPULATED.has(e.kind) && e.population === null) return 1;
    best = Math.max(best, prior(e));
  }
  if (best === -Infinity || best >= FOCUS_BY_SIZE.fullAtPrior) return 1;
  const t = (best - FOCUS_BY_SIZE.floorAtPrior) / (FOCUS_BY_SIZE.fullAtPrior - FOCUS_BY_SIZE.floorAtPrior);
  return FOCUS_BY_SIZE.floor + (1 - FOCUS_BY_SIZE.floor) * Math.max(0, Math.min(1, t));
}

const REGION_KINDS: ReadonlySet<string> = new Set(CANDIDATES.regionAliasKinds);

function matchFeature(e: GazetteerEntry, key: string): number {
  if (primaryKey(e) === key) return MATCH.primary;
  // a region named by one of its alternate names (often its capital's name) is a weaker reading
  if (REGION_KINDS.has(e.kind)) return MATCH.regionAlias;
  if (ALIAS_NOISY.has(e.kind)) return MATCH.noisyAlias;
  return isAltKey(e, key) ? MATCH.alias : MATCH.other;
}

/** The bonus of the first proximity band the distance is under (0 beyond the last). */
function bandBonus(km: number): number {
  for (let i = 0; i < BAND_KM.length; i++) if (km < BAND_KM[i]!) return BAND_BONUS[i]!;
  return 0;
}

function proximity(e: GazetteerEntry, anchors: readonly Anchor[], self: number, key?: string): { bonus: number; km: number; anchor: GazetteerEntry | null } {
  let best = { bonus: 0, km: Infinity, anchor: null as GazetteerEntry | null };
  for (const a of anchors) {
    // a name never supports another reading of itself ("Jerusalem" the district next to "Jerusalem" the city)
    if (a.spanIndex === self || a.entry.id === e.id || a.key === key) continue;
    if (IGNORED_ANCHOR.has(a.entry.kind)) continue;
    const km = distanceKm(e.lat, e.lon, a.entry.lat, a.entry.lon);
    const bonus = bandBonus(km);
    if (bonus > best.bonus || (bonus === best.bonus && km < best.km)) best = { bonus, km, anchor: a.entry };
  }
  return best;
}

/**
 * The proximity feature alone (what scoring needs): proximity(...).bonus, without the nearest km, asked of the
 * article's anchor index (anchors.ts: nearest band first, only the cells around the candidate).
 */
function proximityBonus(e: GazetteerEntry, anchors: AnchorIndex, self: number, key: string): number {
  return anchors.proximityBonus(e, self, key);
}

/** The city that gives its name to the region it lies in ("Basra" in Basra Governorate, "Bern" in its canton). */
function namesRegion(e: GazetteerEntry, p: GazetteerEntry): boolean {
  if (p.kind !== 'admin1' && p.kind !== 'admin2') return false;
  // where it lies first (cheap), then the name (edit distance)
  const inside = e.parentId === p.id
    || (p.kind === 'admin1' ? e.country === p.country && e.admin1 !== null && e.admin1 === p.admin1
      : e.country === p.country && distanceKm(e.lat, e.lon, p.lat, p.lon) <= W.seatRadiusFactor * p.radiusKm);
  // same name up to transliteration ("Ţarţūs" / "Tartus", "Zaporizhzhya" / "Zaporizhzhia")
  return inside && distance(primaryKey(e), primaryKey(p)) <= W.seatEditDistance;
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
function anchoredSame(anchors: AnchorIndex, key: string, id: string, self: number): boolean {
  return anchors.anchoredSame(key, id, self);
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
function holdsAnchor(e: GazetteerEntry, anchors: AnchorIndex, self: number, key: string): boolean {
  return anchors.holds(e, self, key);
}

export function scoreCandidates(span: Span, ctx: ScoringContext): ScoredCandidate[] {
  const key = nameKey(span.text);
  const hint = span.qualifier?.role ?? span.kindHint;
  const written = span.qualifier?.kind === 'suffix' ? span.qualifier.word.toLowerCase() : '';
  const hintWord = (written && HINT_WORD_KINDS.has(written) ? written : hint) ?? '';
  const hintedKinds = HINT_WORD_KINDS.get(written) ?? (hint === undefined ? undefined : HINT_KINDS.get(hint));
  const all = span.entries.length > MAX_CANDIDATES ? span.entries.slice(0, MAX_CANDIDATES) : span.entries;
  // a kind word in the text ("Basra province", "the city of Basra") is a constraint when some candidate fits it
  const fitting = hintedKinds ? all.filter((e) => hintedKinds.includes(e.kind)) : [];
  const kinded = fitting.length > 0 ? fitting : all;
  // so is a written parent ("Trindade, Pernambuco"): the readings outside it are dropped when one lies inside
  const parent = ctx.parentEntry;
  // ("Surat city (Surat, Gujarat)": a parent of the child's own name is its namesake district, which holds the city
  // the gazetteer files under that name — the reading the parent got is no reason to drop it)
  const namesakeParent = parent !== undefined && span.parent !== undefined && nameKey(span.parent.text) === key;
  const within = (e: GazetteerEntry): boolean => liesIn(e, parent!) || (namesakeParent && e.id === parent!.id);
  const inside = parent ? kinded.filter(within) : [];
  const entries = inside.length > 0 ? inside : kinded;
  const out: Scored[] = [];
  const seats = seatsAmong(span.entries, `${hintWord}|${parent?.id ?? ''}`, entries);
  const countryByName = entries.some((e) => e.kind === 'country' && primaryKey(e) === key);
  const hinted = hintedKinds !== undefined;
  const { anchors, spanIndex: self } = ctx;
  const scale = ctx.focusCountries.size === 0 ? 1 : focusScale(entries, ctx.focusCountries);
  for (const e of entries) {
    const f = new Scored(e);
    f.prior = prior(e);
    f.match = matchFeature(e, key);
    if (e.country) {
      const share = ctx.focusCountries.get(e.country) ?? 0;
      if (share > 0) f.focus = W.focus * share * scale;
      const region = regionKey(e);
      const reg = region !== null ? ctx.focusRegions.get(region) ?? 0 : 0;
      if (reg > 0 && e.kind !== 'admin1') f.region = W.region * reg;
    }
    const near = anchors.length === 0 ? 0 : proximityBonus(e, anchors, self, key);
    if (near > 0) f.near = near;
    // a region that contains places already resolved ("Georgia" after "Atlanta")
    if (HOLDS_ANCHOR.has(e.kind) && holdsAnchor(e, anchors, self, key)) f.near = Math.max(near, W.holdsAnchor);
    const partner = entries.length < 2 ? null : ctx.colocation?.partner(e, key);
    // lying inside a county the article names is stronger evidence than lying near another town; for a name
    // that is also a country's own name it is the only evidence that counts ("Palestine" with Anderson County
    // is the Texas town, "Canada" is never a Cañada next to some other village)
    const inCounty = partner !== null && partner !== undefined && partner.kind === 'admin2' && e.kind !== 'admin2';
    if (partner && (inCounty || !countryByName)) f.together = inCounty ? W.togetherInCounty : W.together;
    if (ctx.listKind && e.kind === ctx.listKind) f.list = W.list;
    if (ctx.asParent === e.id && AS_PARENT.has(e.kind)) f.asParent = W.asParent;
    // in context, follow the earlier choice; before any, only a country or a state read without context is trusted
    const same =
      ctx.sameAs === undefined ? anchoredSame(anchors, key, e.id, self)
      : ctx.sameAs !== null ? ctx.sameAs === e.id
      : SAME_WITHOUT_CONTEXT.has(e.kind) && anchoredSame(anchors, key, e.id, self);
    if (!hinted && same) f.same = W.same;
    if (parent && inside.length > 0 && within(e)) f.parent = W.parent;
    else if (span.parentCountry && e.country === span.parentCountry) f.parent = W.parent;
    if (hinted && hintedKinds.includes(e.kind)) f.hint = W.hint;
    if (ctx.focusCity && (hint === 'neighbourhood' || e.kind === 'neighbourhood')) {
      const fc = ctx.focusCity;
      if (e.parentId === fc.id || (e.id !== fc.id && distanceKm(e.lat, e.lon, fc.lat, fc.lon) < W.cityKm)) f.city = W.city;
    }
    if (seats.has(e)) f.seat = W.seat;
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
