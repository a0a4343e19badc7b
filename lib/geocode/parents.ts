/**
 * Written parents: which place a name is said to lie in, and which reading of that parent the text means.
 * In: the qualified spans (with their gazetteer readings) and the text. Out: `span.parent` set on the child
 * span, and a map child span → the parent's reading that holds it (used by resolve.ts and candidates.ts).
 * Forms read (the kind words are cues.json regionSuffixes, the prepositions thresholds.json resolve.parents):
 *   "X, Y"                      "Paris, Texas", "Cuauhtemoc municipality, Chihuahua", "X district, Y"
 *   "X (Y)", "X (Y, Z)"         "San Antonio (Valparaiso)", "Amchide (Mayo-Sava, Extreme-Nord)"
 *   "X (W, Y)", W no place found "Al Birayn checkpoint (Sabir al Mawadim, Taizz)": Y holds X
 *   "X (W, Y)", X fits no W      "the village of Tieba (Bankass, Mopti)": Y holds X
 *   "X (W, Y)": "W, Y"           a chain of nested units, not a list: Y holds W as strongly as brackets do
 *   "X in Y", "X, in Y"         "Hamidiyah in Hama", "a village in Jalisco"
 *   "X <kind word> of Y"        "Dogankoy village of Pervari"
 *   "Y's X <kind word>"         "Herat's Gulran district"
 * A link is kept when some reading of X lies inside (or, for a city parent, near) some reading of Y: a list
 * ("Aleppo, Homs and Hama", "China, Japan") never is. A name with no reading (an unknown village) is linked
 * when Y has a region reading and the form is not a list. With a kind word or brackets the form is strong
 * enough to keep the link even when no reading of X fits: X is then a namesake of a place missing from the
 * gazetteer (abstain.ts withdraws its far-away reading).
 */
import type { GazetteerEntry } from '../schemas';
import { distanceKm } from '../geo';
import { kmToExtent } from './geometry';
import { LEXICON } from './lexicon';
import { THRESHOLDS } from './data';
import type { Context } from './context';
import type { Span } from './types';
import { nameKey } from './namekey';
import { primaryKey } from './entrykeys';

const P = THRESHOLDS.resolve.parents;
const CONTAINER_KINDS: ReadonlySet<string> = new Set(P.containerKinds);
const EXTENT_KINDS: ReadonlySet<string> = new Set(P.extentKinds);
const NEAR_KINDS: ReadonlySet<string> = new Set(P.nearKinds);
const WIDE_CHILD_KINDS: ReadonlySet<string> = new Set(P.neverInsideKinds);
const MINOR_KINDS: ReadonlySet<string> = new Set(P.minorKinds);

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** the kind words that may sit between a name and its parent ("municipality", "air base") */
const KIND_WORDS = `(?:${[...LEXICON.regionSuffixes.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
const PREPS = `(?:${P.prepositions.map(escape).join('|')})`;
/** the gap between the child (its name, or its qualified phrase) and the parent, by form */
const COMMA = new RegExp(`^(\\s${KIND_WORDS})?,\\s?(?:the\\s)?$`, 'i');
const BRACKET = new RegExp(`^(\\s${KIND_WORDS})?\\s?\\(\\s?(?:the\\s)?$`, 'i');
/** "Al Birayn checkpoint (Sabir al Mawadim, Taizz)": the last of a bracketed chain (its first names no place found) holds the child too */
const BRACKET_TAIL = /^(?:\s[\p{Ll}]+)?\s?\(\s?[^()\n,;]{2,60},\s?(?:the\s)?$/u;
/** the text before a name opens a bracket right after a capitalised name (and its kind word): "Samboko village (" */
const BRACKET_OPEN = /\p{Lu}[\p{L}'’-]*(?:\s[\p{Ll}]+)?\s?\(\s?$/u;
const PREP = new RegExp(`^(\\s${KIND_WORDS})?,?\\s${PREPS}\\s(?:the\\s)?$`, 'i');
const KIND_OF = new RegExp(`^\\s${KIND_WORDS}\\sof\\s(?:the\\s)?$`, 'i');
const OF = /^\sof\s(?:the\s)?$/i;
const POSSESSIVE = /^['’]s?\s$/;
/** what follows a parent when it is one of a list: ", Z" or " and Z" */
const LIST_ON = new RegExp(`^(,\\s?|,?\\s(${[...LEXICON.listJoiners].map(escape).join('|')})\\s)(the\\s)?$`);

export type ParentForm = 'comma' | 'bracket' | 'preposition' | 'kindOf' | 'possessive';

export interface ParentLink {
  child: Span;
  parent: Span;
  form: ParentForm;
  /** a kind word or brackets mark the parent: the link holds even when no reading of the child fits */
  strong: boolean;
  /** every reading of the child is a minor place far from the parent: a namesake of a place the gazetteer lacks */
  namesake: boolean;
}

/** Where the span's phrase ends: after a kind word written behind the name ("Cuauhtemoc municipality"). */
const phraseEnd = (s: Span): number => (s.qualifier && s.qualifier.end > s.end && s.qualifier.start <= s.start ? s.qualifier.end : s.end);
/** Where the span's phrase starts: before a direction word ("northern Yemen"). */
const phraseStart = (s: Span): number => (s.qualifier && s.qualifier.start < s.start ? s.qualifier.start : s.start);

const canParent = (p: Span): boolean => (p.role === 'place' || p.role === 'metonymy') && p.entries.some((e) => CONTAINER_KINDS.has(e.kind) || NEAR_KINDS.has(e.kind));
const regionReading = (p: Span): boolean => p.entries.some((e) => CONTAINER_KINDS.has(e.kind));
/** a reading that can lie inside a region: not a country, sea or continent, nor a first-level region */
const localReading = (s: Span): boolean => s.entries.some((e) => !WIDE_CHILD_KINDS.has(e.kind) && e.kind !== 'admin1');

/** A minor place: a village, town or neighbourhood of under minorPopulation people (or unknown). */
export const isMinor = (e: GazetteerEntry): boolean => MINOR_KINDS.has(e.kind) && (e.population === null || e.population < P.minorPopulation);

/** The child reading `e` lies inside (or, for a city or town, near) the parent reading `p`. */
export function liesIn(e: GazetteerEntry, p: GazetteerEntry): boolean {
  if (e.id === p.id || WIDE_CHILD_KINDS.has(e.kind)) return false;
  if (p.kind === 'country') return e.country === p.country && e.kind !== 'country';
  if (e.parentId === p.id) return true;
  if (e.country !== p.country) return false;
  if (p.kind === 'admin1') return e.kind !== 'admin1' && e.admin1 !== null && e.admin1 === p.admin1;
  if (p.kind === 'admin2') return e.kind !== 'admin1' && e.kind !== 'admin2' && distanceKm(e.lat, e.lon, p.lat, p.lon) <= P.admin2RadiusFactor * Math.max(p.radiusKm, 1);
  if (NEAR_KINDS.has(p.kind)) return !CONTAINER_KINDS.has(e.kind) && distanceKm(e.lat, e.lon, p.lat, p.lon) <= P.nearKm + p.radiusKm;
  return false;
}

function formOf(c: Context, s: Span, p: Span): ParentForm | null {
  const gap = c.text.slice(phraseEnd(s), phraseStart(p));
  if (COMMA.test(gap)) return 'comma';
  if (BRACKET.test(gap) || BRACKET_TAIL.test(gap)) return 'bracket';
  if (PREP.test(gap)) return 'preposition';
  // "Zubayrqaya village of Siirt": the kind word is already part of the child's phrase
  if (KIND_OF.test(gap) || (phraseEnd(s) > s.end && OF.test(gap))) return 'kindOf';
  return null;
}

/** A kind word written right after the name ("Gulran district"), or a kind hint from one. */
const hasKindWord = (c: Context, s: Span): boolean => phraseEnd(s) > s.end || (s.kindHint !== undefined && /^\s\S/.test(c.text.slice(s.end, s.end + 2)));

/** "Aleppo, Homs and Hama": the parent is followed by another name of a list, which does not hold it. */
function listedOn(c: Context, p: Span, next: Span | undefined): boolean {
  if (!next || (next.role !== 'place' && next.role !== 'metonymy')) return false;
  if (!LIST_ON.test(c.text.slice(phraseEnd(p), phraseStart(next)))) return false;
  // "Kafr Nabl, Idlib, Syria": a chain, each name inside the next
  return !p.entries.some((e) => next.entries.some((q) => CONTAINER_KINDS.has(q.kind) && liesIn(e, q)));
}

/**
 * "Shyroka Balka, Donetsk" with only a village of that name 600 km away: every reading of the child in the
 * parent's countries is a minor place (minorKinds, population under minorPopulation or unknown) far (farKm) from
 * every region reading of the parent (every reading, when none lies in those countries). The child is then a namesake of a place the
 * gazetteer lacks, not one of a list. ("Tuzla, Istanbul": a Tuzla in Bosnia is no candidate for a place written
 * inside Istanbul; the Turkish one is a village 650 km away. "Tuzla, Sarajevo" stays a list: Tuzla is a city of
 * Sarajevo's country.)
 */
export function namesake(child: Span, parent: Span): boolean {
  const regions = parent.entries.filter((q) => CONTAINER_KINDS.has(q.kind));
  const countries = new Set(regions.map((q) => q.country));
  const home = child.entries.filter((e) => countries.has(e.country));
  // ("Taji, Iraq" with only a Taji in China: no reading at home, every reading weighed as before)
  return (home.length > 0 ? home : child.entries).every((e) => isMinor(e) && regions.every((q) => outsideRegion(e, q)));
}

/**
 * A minor place lies outside a region written as its parent: far (farKm) from the region's centre beyond its
 * radius, or, for a first-level region or a country (whose extent the gazetteer knows), not in it and more than
 * outsideRegionKm beyond its edge ("Slavne, Donetsk" with only a Slavne of another oblast 300 km away).
 */
export function outsideRegion(e: GazetteerEntry, q: GazetteerEntry): boolean {
  if (distanceKm(e.lat, e.lon, q.lat, q.lon) > P.farKm + q.radiusKm) return true;
  return EXTENT_KINDS.has(q.kind) && !liesIn(e, q) && kmToExtent(e.lat, e.lon, q) > P.outsideRegionKm;
}

/**
 * "China, Japan", "Texas, Oklahoma": a name that is itself a country or a first-level region (of radius at least
 * listRegionKm: not the City of London) by its own name is one of a list, whatever namesake village lies in the
 * next ("Barinas, Barinas state" excepted: the same region). A kind word or brackets say otherwise.
 */
function namesRegion(child: Span, parent: Span): boolean {
  const key = nameKey(child.text);
  return child.entries.some((e) => (e.kind === 'country' || (e.kind === 'admin1' && e.radiusKm >= P.listRegionKm)) && primaryKey(e) === key
    && !parent.entries.some((q) => q.id === e.id));
}

function fits(child: Span, parent: Span): boolean {
  return child.entries.some((e) => parent.entries.some((q) => liesIn(e, q)));
}

/**
 * The place that closes the bracketed chain after spans[k] ("X (W, Y)": Y), among the next three names after the
 * following one, accepted by `accept`; `first` stops at the first accepted, otherwise the last one wins.
 */
function bracketTail(c: Context, spans: readonly Span[], k: number, accept: (q: Span) => boolean, first: boolean): Span | undefined {
  const s = spans[k]!;
  let found: Span | undefined;
  for (let j = k + 2; j <= k + 4 && j < spans.length; j++) {
    const q = spans[j]!;
    if (accept(q) && BRACKET_TAIL.test(c.text.slice(phraseEnd(s), phraseStart(q)))) {
      found = q;
      if (first) break;
    }
  }
  return found;
}

/**
 * Find the written parents and set `span.parent` on each child (also on names with no reading).
 * Returns the links in text order.
 */
export function linkParents(c: Context, spans: readonly Span[]): ParentLink[] {
  const links: ParentLink[] = [];
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k]!;
    let p = spans[k + 1]!;
    // "Al Birayn checkpoint (Sabir al Mawadim, Taizz)": words inside the bracket that name no place are skipped
    if (!canParent(p)) p = bracketTail(c, spans, k, canParent, true) ?? p;
    // "Tieba (Bankass, Mopti)": a known name that fits no reading of the bracket's first place is held by its last one
    if (s.entries.length > 0 && canParent(p) && !fits(s, p) && BRACKET.test(c.text.slice(phraseEnd(s), phraseStart(p)))) {
      p = bracketTail(c, spans, k, (q) => canParent(q) && regionReading(q), false) ?? p;
    }
    // "the north of Marib (Marib, Marib)": a part of a place is not a place inside another
    if (s.role === 'place' && s.qualifier?.kind !== 'direction' && canParent(p)) {
      const form = formOf(c, s, p);
      if (form) {
        const known = s.entries.length > 0;
        // "(Mambasa, Nord-Kivu)": inside brackets after a name, a comma chains nested units, it lists nothing
        const chained = form === 'comma' && BRACKET_OPEN.test(c.text.slice(Math.max(0, phraseStart(s) - 120), phraseStart(s)));
        const strong = form === 'bracket' || form === 'kindOf' || chained || (hasKindWord(c, s) && form !== 'preposition');
        if (known && !strong && namesRegion(s, p)) continue;
        const fit = known && fits(s, p);
        const far = known && !fit && form === 'comma' && regionReading(p) && namesake(s, p) && !listedOn(c, p, spans[k + 2]);
        const ok = known
          ? fit || far || (strong && regionReading(p) && localReading(s))
          : regionReading(p) && (form !== 'comma' || !listedOn(c, p, spans[k + 2]));
        if (ok) {
          s.parent = p;
          links.push({ child: s, parent: p, form, strong: strong || far, namesake: far });
          continue;
        }
      }
    }
    // "Herat's Gulran district": the parent before the child
    if (p.role === 'place' && canParent(s) && POSSESSIVE.test(c.text.slice(s.end, p.start)) && hasKindWord(c, p) && !p.parent) {
      if (p.entries.length === 0 ? regionReading(s) : fits(p, s)) {
        p.parent = s;
        links.push({ child: p, parent: s, form: 'possessive', strong: true, namesake: false });
      }
    }
  }
  return links;
}

/**
 * The parent's reading each link means: among the parent's region (or city) readings, one that holds a
 * reading of the child, inside the parent's own parent when it has one ("Pervari, Siirt": Siirt first);
 * ties go to the parent's order in the gazetteer (most important first). A link whose child fits no reading
 * has none: the parent keeps the reading it gets on its own ("La Candelaria, Bogota": the city, not its district).
 */
export function parentReadings(links: readonly ParentLink[]): Map<Span, GazetteerEntry> {
  const out = new Map<Span, GazetteerEntry>();
  for (let k = links.length - 1; k >= 0; k--) {
    const { child, parent, namesake: far } = links[k]!;
    const grand = out.get(parent);
    const readings = parent.entries.filter((q) => (CONTAINER_KINDS.has(q.kind) || NEAR_KINDS.has(q.kind)) && (!grand || q.id === grand.id || liesIn(q, grand)));
    const hint = parent.kindHint;
    const ranked = hint ? [...readings.filter((q) => hintFits(hint, q.kind)), ...readings.filter((q) => !hintFits(hint, q.kind))] : readings;
    const holding = far ? undefined : ranked.find((q) => child.entries.some((e) => liesIn(e, q)));
    if (holding) out.set(child, holding);
  }
  return out;
}

/** "Bolivar state": a region reading fits a first-level kind word. */
function hintFits(hint: string, kind: string): boolean {
  return (hint === 'admin1' && kind === 'admin1') || (hint === 'admin2' && kind === 'admin2') || (hint === 'city' && NEAR_KINDS.has(kind));
}
