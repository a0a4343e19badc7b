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
interface Vote {
  key: string;
  countries: [string, number][];
  regions: [string, number][];
  city: GazetteerEntry | null;
}

const VOTE = THRESHOLDS.focus;

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
  const countries = new Map<string, number>();
  const regions = new Map<string, number>();
  const cities = new Map<string, { e: GazetteerEntry; n: number }>();
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
