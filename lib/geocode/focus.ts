/**
 * The article's focus: the countries, first-level regions and city its confidently resolved names point
 * at, each country and region weighted by how often it is named.
 * In: spans, first-pass picks and the confident spans. Out: ArticleFocus, for the whole article or
 * leaving out every span of one normalised name, so a name never votes for its own reading (one
 * "Alexandria" cannot make Egypt the focus).
 * The votes are collected once per article, in text order; a focus is then a replay of the votes, so the
 * per-name foci cost one pass over the votes each instead of one pass over every span.
 */
import type { GazetteerEntry } from '../schemas';
import { nameKey } from './namekey';
import { THRESHOLDS } from './data';
import type { ScoredCandidate, Span } from './types';

export interface ArticleFocus {
  countries: Map<string, number>;
  regions: Map<string, number>;
  city: GazetteerEntry | null;
}

/** One span's contribution: weights for countries and regions, and a city it names. */
export interface Vote {
  key: string;
  countries: [string, number][];
  regions: [string, number][];
  city: GazetteerEntry | null;
}

const VOTE = THRESHOLDS.focus;

/**
 * Votes read since the process started (replays and tallies; read differences, never reset): tests check that an
 * article's count grows with its number of names, not its square, without timing anything.
 */
export const FOCUS_COUNTERS = { votes: 0 };

/** The votes of every span, in text order (spans that say nothing about the focus are left out). */
export function focusVotes(spans: readonly Span[], picks: Map<Span, ScoredCandidate>, confidentSpans: Set<Span>): Vote[] {
  const votes: Vote[] = [];
  for (const s of spans) {
    const v: Vote = { key: nameKey(s.text), countries: [], regions: [], city: null };
    if (s.role === 'demonym' && s.demonymCountry) v.countries.push([s.demonymCountry, VOTE.indirect]);
    const pick = picks.get(s);
    if (pick && confidentSpans.has(s)) {
      const e = pick.entry;
      if (s.role === 'metonymy' && e.country) v.countries.push([e.country, VOTE.indirect]);
      // a place inside a name still tells where the article is ("Rapides Parish Sheriff's Office", "Ohio Department of…")
      if (s.role === 'organisation' && e.kind !== 'country' && e.country && e.admin1) {
        v.countries.push([e.country, VOTE.indirect]);
        v.regions.push([`${e.country}/${e.admin1}`, VOTE.indirect]);
      }
      if (s.role === 'place') {
        if (e.country) v.countries.push([e.country, VOTE.place]);
        if (e.country && e.admin1) v.regions.push([`${e.country}/${e.admin1}`, e.kind === 'admin1' ? VOTE.placeAdmin1 : VOTE.placeInRegion]);
        if (e.kind === 'city' || e.kind === 'town') v.city = e;
      }
    }
    if (v.countries.length > 0 || v.regions.length > 0 || v.city) votes.push(v);
  }
  return votes;
}

/** The focus the votes give, leaving out the votes of the spans named `excludeKey`. */
export function focusOf(votes: readonly Vote[], excludeKey?: string): ArticleFocus {
  if (excludeKey === undefined || !EXACT_WEIGHTS) return replay(votes, excludeKey);
  return excluding(tallyOf(votes), votes, excludeKey);
}

/** The focus by replaying the votes (one pass over all of them). */
function replay(votes: readonly Vote[], excludeKey?: string): ArticleFocus {
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  const cities = new Map<string, { e: GazetteerEntry; n: number }>();
  FOCUS_COUNTERS.votes += votes.length;
  for (const v of votes) {
    if (excludeKey !== undefined && v.key === excludeKey) continue;
    for (const [k, w] of v.countries) countries.set(k, (countries.get(k) ?? 0) + w);
    for (const [k, w] of v.regions) regions.set(k, (regions.get(k) ?? 0) + w);
    if (v.city) {
      const c = cities.get(v.city.id) ?? { e: v.city, n: 0 };
      c.n++;
      cities.set(v.city.id, c);
    }
  }
  const total = [...countries.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of countries) countries.set(k, v / total);
  const perCountry = new Map<string, number>();
  for (const [k, v] of regions) perCountry.set(k.slice(0, 2), (perCountry.get(k.slice(0, 2)) ?? 0) + v);
  for (const [k, v] of regions) regions.set(k, v / (perCountry.get(k.slice(0, 2)) ?? 1));
  let city: GazetteerEntry | null = null;
  let best = 0;
  for (const { e, n } of cities.values()) {
    if (n > best) {
      best = n;
      city = e;
    }
  }
  return { countries, regions, city };
}

/*
 * The focus without one name, in constant time: the article's sums minus the name's own votes. The weights are
 * multiples of a power of two (checked below), so every sum and difference is exact and each share is the very
 * number a replay gives (a float sum does not depend on its order when no rounding happens).
 */
const EXACT_WEIGHTS = [VOTE.place, VOTE.placeAdmin1, VOTE.placeInRegion, VOTE.indirect].every((w) => Number.isInteger(w * 1024));

/** Weights per country, per region, per region's country and in all: of the whole article, or of one name. */
interface Sums {
  countries: Map<string, number>;
  regions: Map<string, number>;
  perCountry: Map<string, number>;
  total: number;
}
interface Tally { all: Sums; byKey: Map<string, Sums> }

const newSums = (): Sums => ({ countries: new Map(), regions: new Map(), perCountry: new Map(), total: 0 });
const add = (m: Map<string, number>, k: string, w: number) => m.set(k, (m.get(k) ?? 0) + w);

const tallies = new WeakMap<readonly Vote[], Tally>();
function tallyOf(votes: readonly Vote[]): Tally {
  let t = tallies.get(votes);
  if (t) return t;
  t = { all: newSums(), byKey: new Map() };
  FOCUS_COUNTERS.votes += votes.length;
  for (const v of votes) {
    let own = t.byKey.get(v.key);
    if (!own) t.byKey.set(v.key, (own = newSums()));
    for (const sums of [t.all, own]) {
      for (const [k, w] of v.countries) {
        add(sums.countries, k, w);
        sums.total += w;
      }
      for (const [k, w] of v.regions) {
        add(sums.regions, k, w);
        add(sums.perCountry, k.slice(0, 2), w);
      }
    }
  }
  tallies.set(votes, t);
  return t;
}

/**
 * Shares left when one name's votes are taken out, computed on first `get`; `size` is counted from the sums
 * (no replay). Iterating (which scoring never does) replays the votes once, so the entries and their order are
 * exactly a replay's.
 */
class Shares extends Map<string, number> {
  private filled = false;
  constructor(
    private readonly share: (k: string) => number | undefined,
    private readonly full: () => Map<string, number>,
    private readonly count: () => number,
  ) {
    super();
  }
  override get(k: string): number | undefined {
    return this.filled ? super.get(k) : this.share(k);
  }
  override has(k: string): boolean {
    return this.get(k) !== undefined;
  }
  private fill(): void {
    if (this.filled) return;
    for (const [k, v] of this.full()) super.set(k, v);
    this.filled = true;
  }
  override get size(): number {
    return this.filled ? super.size : this.count();
  }
  override entries(): MapIterator<[string, number]> {
    this.fill();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.fill();
    return super.keys();
  }
  override values(): MapIterator<number> {
    this.fill();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
  override forEach(f: (v: number, k: string, m: Map<string, number>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(f, thisArg);
  }
  override set(k: string, v: number): this {
    this.fill();
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    this.fill();
    return super.delete(k);
  }
  override clear(): void {
    this.filled = true;
    super.clear();
  }
}

/**
 * How many keys keep a weight once `own` is taken out of `all`: every key of `all` but those whose whole weight is
 * the name's own (weights are positive and exact, so a key some other name votes for keeps a positive weight).
 */
function remaining(all: Map<string, number>, own: Map<string, number>): number {
  let gone = 0;
  for (const [k, w] of own) if (all.get(k) === w) gone++;
  return all.size - gone;
}

function excluding(t: Tally, votes: readonly Vote[], key: string): ArticleFocus {
  const own = t.byKey.get(key) ?? newSums();
  let full: ArticleFocus | null = null;
  const replayed = () => (full ??= replay(votes, key));
  const total = t.all.total - own.total;
  // a country or region none of the other names votes for has no share at all (a replay never sets it)
  const countries = new Shares((cc) => {
    const w = (t.all.countries.get(cc) ?? 0) - (own.countries.get(cc) ?? 0);
    return w > 0 ? w / total : undefined;
  }, () => replayed().countries, () => remaining(t.all.countries, own.countries));
  const regions = new Shares((r) => {
    const w = (t.all.regions.get(r) ?? 0) - (own.regions.get(r) ?? 0);
    if (!(w > 0)) return undefined;
    const cc = r.slice(0, 2);
    return w / ((t.all.perCountry.get(cc) ?? 0) - (own.perCountry.get(cc) ?? 0));
  }, () => replayed().regions, () => remaining(t.all.regions, own.regions));
  return { countries, regions, get city() { return replayed().city; } };
}
