/**
 * Merging: the same event told twice in one article (caption and body, restatements) becomes one.
 * In: draft events in text order. Out: merged drafts (new objects; inputs untouched).
 * Rule (ACLED aggregation): same type, same background flag, dates within a day, places within
 * max(50 km, either radius) or one containing the other (days and km: data/extract/events.json `merge`), and acting actors overlapping (or one side
 * naming none). The merged event keeps the best quote, the union of actors (strongest role), the
 * lowest fatality count, the most specific place, the most precise date, and both spans in `why`.
 */
import { CellGrid, distanceKm } from '../geo';
import type { EventActor } from '../schemas';
import type { Draft } from './draft';
import { mergedConfidence } from './confidence';
import { getLexicon } from './lexicon';
import { roleRank } from './roles';

const PRECISION_RANK = { exact: 4, near: 3, region: 2, country: 1 } as const;
const DAY = 86_400_000;

function acting(d: Draft): Set<string> {
  return new Set(d.actors.filter((a) => a.role === 'actor').map((a) => a.id));
}

function datesCompatible(a: Draft, b: Draft): boolean {
  if (!a.date.value || !b.date.value) return true;
  if (a.type === b.type && getLexicon().triggers.types[a.type]?.timeless) return true;
  const diff = Math.abs(Date.parse(a.date.value) - Date.parse(b.date.value)) / DAY;
  const { dayDays, coarserDays } = getLexicon().events.merge;
  const slack = Math.max(a.date.precision ?? 1, b.date.precision ?? 1) === 1 ? dayDays : coarserDays;
  return diff <= slack;
}

function placesCompatible(a: Draft, b: Draft): boolean {
  if (!a.place || !b.place) return true;
  if (a.place.id === b.place.id) return true;
  if ((a.place.precision === 'country' || b.place.precision === 'country') && a.place.country !== null && a.place.country === b.place.country) {
    return true;
  }
  const km = distanceKm(a.place.lat, a.place.lon, b.place.lat, b.place.lon);
  return km <= Math.max(getLexicon().events.merge.minKm, a.place.radiusKm, b.place.radiusKm);
}

function actorsCompatible(a: Draft, b: Draft): boolean {
  const x = acting(a);
  const y = acting(b);
  if (x.size === 0 || y.size === 0) return true;
  for (const id of x) if (y.has(id)) return true;
  return false;
}

const violent = (d: Draft) => getLexicon().triggers.types[d.type]?.violent === true;

/** The same casualty figure for the same place and time is the same incident, whatever it is called. */
function sameToll(a: Draft, b: Draft): boolean {
  return a.fatalities !== null && b.fatalities !== null && a.fatalities.count > 0 && a.fatalities.count === b.fatalities.count
    && violent(a) && violent(b);
}

export function sameEvent(a: Draft, b: Draft): boolean {
  if (a.background !== b.background || !datesCompatible(a, b) || !placesCompatible(a, b)) return false;
  return (a.type === b.type && actorsCompatible(a, b)) || sameToll(a, b);
}

let vague: RegExp | null = null;
/** "dozens", "hundreds of people": a vague quantity (data/extract/numbers.json `vague`), not a count. */
function isVague(text: string): boolean {
  vague ??= new RegExp(`\\b(?:${Object.keys(getLexicon().numbers.vague).join('|')})\\b`, 'i');
  return vague.test(text);
}

function betterPlace(a: Draft['place'], b: Draft['place']): Draft['place'] {
  if (!a) return b;
  if (!b) return a;
  const ra = PRECISION_RANK[a.precision], rb = PRECISION_RANK[b.precision];
  if (ra !== rb) return ra > rb ? a : b;
  return a.radiusKm <= b.radiusKm ? a : b;
}

function combine(a: Draft, b: Draft): Draft {
  const best = b.confidence > a.confidence ? b : a;
  const other = best === a ? b : a;
  const actors = new Map<string, EventActor>();
  for (const x of [...a.actors, ...b.actors]) {
    const prev = actors.get(x.id);
    if (!prev || roleRank(x.role) > roleRank(prev.role)) actors.set(x.id, x);
  }
  const told = [a.fatalities, b.fatalities].filter((f): f is NonNullable<typeof f> => f !== null);
  // a figure beats a vague quantity ("at least 42" over a headline's "dozens"); among figures, the lowest (ACLED)
  const exact = told.filter((f) => !isVague(f.text));
  const fat = exact.length ? exact : told;
  const fatalities = fat.length ? fat.reduce((m, f) => (f.count < m.count ? f : m)) : null;
  const placeA = a.placeInherited ? null : a.place;
  const placeB = b.placeInherited ? null : b.place;
  const place = betterPlace(placeA, placeB) ?? betterPlace(a.place, b.place);
  const dateOwn = [a, b].filter((d) => d.date.text !== null && !d.dateInherited);
  const date = (dateOwn.sort((x, y) => (x.date.precision ?? 9) - (y.date.precision ?? 9))[0] ?? best).date;
  return {
    ...best,
    // the first telling names the type (a later "bombardments" does not rename a "fighting")
    type: a.type,
    trigger: a.type === best.type ? best.trigger : a.trigger,
    actors: [...actors.values()].sort((x, y) => x.start - y.start),
    place,
    placeInherited: place === a.place ? a.placeInherited : b.placeInherited,
    date,
    fatalities,
    confidence: mergedConfidence(a.confidence, b.confidence),
    why: [
      ...best.why,
      `merged with the same ${other.type} told at ${other.quote.start}–${other.quote.end}: "${other.quote.text.slice(0, 80)}"`,
      ...(fatalities && fat.length > 1 ? [`lowest fatality figure kept (${fat.map((f) => f.count).join(' vs ')}, ACLED rule)`] : []),
      ...(fatalities && exact.length && exact.length < told.length ? [`the figure "${fatalities.text}" kept over a vague quantity`] : []),
    ],
    mergedSpans: [...best.mergedSpans, ...other.mergedSpans],
  };
}

/** Merge restatements; the first mention's position decides the order. */
export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const kept = new KeptIndex(getLexicon().events.merge.minKm);
  for (const d of drafts) {
    const i = kept.first(out, d);
    if (i >= 0) out[i] = combine(out[i]!, d);
    else out.push(d);
    kept.add(i >= 0 ? i : out.length - 1, out[i >= 0 ? i : out.length - 1]!);
  }
  return out;
}

/**
 * The kept events by where they are, so that a new telling is compared only with those it may merge with: the first
 * kept event (in order) that is the same event, as a scan of every kept event finds it. A telling placed finer than a
 * country can only merge with an event without a place, of the same place, a country-wide one of its country, one
 * wider than minKm, or one within max(minKm, its radius) km (a grid of minKm cells); any other is compared with all.
 * An event's entries stay when a merge moves it (a superset: each candidate is checked with sameEvent).
 */
class KeptIndex {
  private readonly noPlace: number[] = [];
  private readonly byId = new Map<string, number[]>();
  private readonly countryWide = new Map<string, number[]>();
  private readonly wide: number[] = [];
  private readonly grid: CellGrid<number>;
  constructor(private readonly minKm: number) {
    this.grid = new CellGrid(minKm);
  }

  add(i: number, d: Draft): void {
    const p = d.place;
    if (!p) { this.noPlace.push(i); return; }
    push(this.byId, p.id, i);
    if (p.precision === 'country' && p.country !== null) push(this.countryWide, p.country, i);
    if (p.radiusKm > this.minKm) this.wide.push(i);
    else this.grid.add(p.lat, p.lon, i);
  }

  first(out: readonly Draft[], d: Draft): number {
    const p = d.place;
    if (!p || p.precision === 'country') return out.findIndex((e) => sameEvent(e, d));
    const seen = new Set<number>([...this.noPlace, ...this.byId.get(p.id) ?? [], ...(p.country !== null ? this.countryWide.get(p.country) ?? [] : []), ...this.wide]);
    this.grid.some(p.lat, p.lon, Math.max(this.minKm, p.radiusKm), (i) => { seen.add(i); return false; });
    let best = -1;
    for (const i of seen) if ((best < 0 || i < best) && sameEvent(out[i]!, d)) best = i;
    return best;
  }
}

function push<K>(m: Map<K, number[]>, k: K, i: number): void {
  const list = m.get(k);
  if (list) list.push(i);
  else m.set(k, [i]);
}
