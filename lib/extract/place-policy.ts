/**
 * Place policy: where one event is, and how sure that makes it.
 * In: the article (mentions, focus, country, venues), the sentence's findings, the event's trigger and type,
 * and what earlier sentences carry. Out: PlacePick — the place (or null), whether it was inherited, whether
 * it is the clause's own or a venue, its confidence term (confidence.ts) and the reasons.
 * Order: the trigger's own clause (place.ts choosePlace), a venue of the same type, the country for a
 * nationwide statement, the place of a recent sentence, the article focus. Numbers: data/extract/place.json
 * and events.json.
 */
import type { EventPlace, EventType, Mention } from '../schemas';
import { placeTerm } from './confidence';
import type { Article, Carry, SentenceFindings } from './context';
import { getLexicon } from './lexicon';
import { anyOf } from './phrase';
import { choosePlace, IN_ANOTHER_CLAUSE, IN_RELATIVE_CLAUSE, placeFromMention, type PlaceChoice } from './place';
import type { TriggerHit } from './triggers';
import { indexFrom, mentionsAround, mentionsWithin } from './mention-index';

/** Where an event is: its own clause, else a venue, the country, a previous sentence or the article focus. */
export interface PlacePick { place: EventPlace | null; inherited: boolean; own: boolean; venue: boolean; bonus: number; why: string[] }

let venueAfter: RegExp | null = null;

/**
 * Venues: a place glued to a trigger ("Geneva peace talks", "talks in Geneva"), kept even when the trigger
 * itself is not news, so that a later "the talks" can be placed.
 */
export function venuesOf(text: string, triggers: readonly TriggerHit[], mentions: readonly Mention[]): Article['venues'] {
  const { gapBefore, prepositionsAfter } = getLexicon().events.venue;
  const after = venueAfter ??= new RegExp(`^\\s+(?:${anyOf(prepositionsAfter)})\\s+(?:the\\s+)?$`, 'i');
  const venues: Article['venues'] = [];
  const venue = (x: Mention, t: TriggerHit) => x.isLocation && x.place && ((x.end <= t.start && t.start - x.end <= gapBefore) || (x.start >= t.end && after.test(text.slice(t.end, x.start))));
  for (const t of triggers) {
    const m = firstVenue(text, t, mentions, gapBefore, prepositionsAfter, venue);
    if (m) venues.push({ type: t.type, mention: m });
  }
  return venues;
}

/**
 * The first mention (in text order) that is a venue of trigger `t`: the same answer as a search from the article's
 * first mention, looking only near the trigger. A mention ending within gapBefore before the trigger starts before
 * any mention after it; a mention after it is one only when the words between are a preposition (and "the"), so the
 * search forward stops once more letters than that lie between.
 */
function firstVenue(text: string, t: TriggerHit, mentions: readonly Mention[], gapBefore: number, prepositions: readonly string[], venue: (x: Mention, t: TriggerHit) => unknown): Mention | undefined {
  const from = indexFrom(mentions, t.end);
  if (from < 0) return mentions.find((x) => venue(x, t));
  const before = mentionsAround(mentions, t.start - gapBefore, t.start).find((x) => venue(x, t));
  if (before) return before;
  const maxLetters = Math.max(0, ...prepositions.map((p) => p.replace(/\s/g, '').length)) + 'the'.length + 1;
  for (let i = from; i < mentions.length; i++) {
    const x = mentions[i]!;
    if (venue(x, t)) return x;
    if (text.slice(t.end, x.start).replace(/\s/g, '').length > maxLetters) break;
  }
  return undefined;
}

/** Spans that are not this event's place: actors, date words, places glued to another type's trigger. */
function excluded(a: Article, f: SentenceFindings, type: EventType): { start: number; end: number }[] {
  const { gapBefore } = getLexicon().events.venue;
  // a name that is an actor or a date ("Thursday", "March") is not this event's place
  const exclude: { start: number; end: number }[] = [...f.hits, ...f.cues];
  // a place glued to another event's trigger ("Geneva peace talks") belongs to that event
  for (const o of f.triggers) {
    if (o.type !== type) exclude.push(...mentionsWithin(a.mentions, f.s.start, o.start).filter((m) => m.end <= o.start && o.start - m.end <= gapBefore && m.start >= f.s.start));
  }
  return exclude;
}

/** The best place of the trigger's own stretch of the sentence (between same-type triggers when a type may repeat). */
function ownChoice(a: Article, f: SentenceFindings, trigger: TriggerHit, type: EventType): PlaceChoice | null {
  const { s } = f;
  const tl = getLexicon().triggers.types[type]!;
  const exclude = excluded(a, f, type);
  const sameType = f.triggers.filter((t) => t.type === type && t !== trigger);
  const prevSame = tl.multiPerSentence ? sameType.filter((t) => t.end <= trigger.start).pop() : undefined;
  const nextSame = tl.multiPerSentence ? sameType.find((t) => t.start >= trigger.end) : undefined;
  // choosePlace looks only at the mentions inside the stretch: hand it those (mention-index.ts), not the article's
  const from = prevSame ? prevSame.end : s.start, to = nextSame ? nextSame.start : s.end;
  return choosePlace(a.text, mentionsWithin(a.mentions, from, to), from, to, trigger, tl.placePrepositions, exclude, tl.venueOnly)
    ?? (tl.multiPerSentence ? choosePlace(a.text, mentionsWithin(a.mentions, s.start, s.end), s.start, s.end, trigger, tl.placePrepositions, exclude) : null);
}

/** The clause's choice, unless a relative clause or a foreign country in another clause makes it a poor one. */
function vetted(a: Article, f: SentenceFindings, choice: PlaceChoice | null, carry: Carry, why: string[]): PlaceChoice | null {
  if (!choice) return null;
  // the sentence's only place sits in a relative clause ("the town, which lies on the road linking Damascus and
  // Aleppo, after rebels withdrew"): the place the story was just at says more
  const recent = recentPlace(f, carry);
  if (recent && choice.why.includes(IN_RELATIVE_CLAUSE) && recent.id !== choice.place.id) {
    why.push(`"${choice.mention.text}" is in a relative clause`);
    return null;
  }
  // "…has sent drones, while the United Arab Emirates and Egypt support Haftar": a foreign country named only in
  // another clause is not where a story about another country happens
  const home = a.countryPlace ?? (a.focus ? placeFromMention(a.focus) : null);
  if (home && choice.place.precision === 'country' && choice.why.includes(IN_ANOTHER_CLAUSE) && choice.place.country !== home.country) {
    why.push(`"${choice.mention.text}" is a foreign country named in another clause`);
    return null;
  }
  return choice;
}

/** The place of a sentence at most events.json carry.placeSentences before, or null. */
function recentPlace(f: SentenceFindings, carry: Carry): EventPlace | null {
  const last = carry.lastPlace;
  return last && last.place && f.s.index - last.index <= getLexicon().events.carry.placeSentences ? last.place : null;
}

/** "the Middle East": a wide supra-national area says less than the article's own country or city. */
function tooWide(a: Article, choice: PlaceChoice): boolean {
  const { wideArea } = getLexicon().place;
  // (a desert or a valley across a border, "the Badia", still says where)
  return choice.place.country === null && Boolean(a.focus?.place?.country) && wideArea.kinds.includes(choice.place.kind) && choice.place.radiusKm >= wideArea.minRadiusKm;
}

export function placeFor(a: Article, f: SentenceFindings, trigger: TriggerHit, type: EventType, carry: Carry): PlacePick {
  const lex = getLexicon();
  const tl = lex.triggers.types[type]!;
  const why: string[] = [];
  const choice = vetted(a, f, ownChoice(a, f, trigger, type), carry, why);
  const venue = !choice && tl.venueOnly ? a.venues.filter((v) => v.type === type && v.mention.end <= trigger.start).pop() : undefined;
  const focus = a.focus;
  let place = choice?.place ?? null;
  let inherited = false;
  if (choice && focus && tooWide(a, choice)) {
    place = placeFromMention(focus); inherited = true;
    why.push(`"${choice.place.name}" spans several countries: article focus "${focus.text}" used instead`);
  }
  if (venue) {
    place = placeFromMention(venue.mention); inherited = true;
    why.push(`no venue in the clause: last ${type} venue "${venue.mention.text}"`);
    return { place, inherited, own: false, venue: true, bonus: placeTerm('venue', null), why };
  }
  if (choice) {
    why.push(...choice.why);
    return { place, inherited, own: true, venue: false, bonus: placeTerm('own', choice.place.precision), why };
  }
  const recent = recentPlace(f, carry);
  if (a.countryPlace && lex.countryWide.test(f.s.text)) {
    // "fled the country": a nationwide statement is placed at the country, never at an earlier town
    why.push(`nationwide words and no place in the sentence: the article's country "${a.countryPlace.text}"`);
    return { place: a.countryPlace, inherited: true, own: false, venue: false, bonus: placeTerm('countryWide', null), why };
  }
  if (recent) {
    why.push(`no place in the sentence: place "${recent.text}" from a previous sentence`);
    return { place: recent, inherited: true, own: false, venue: false, bonus: placeTerm('previousSentence', null), why };
  }
  if (focus) {
    why.push(`no place in the sentence: article focus "${focus.text}"`);
    return { place: placeFromMention(focus), inherited: true, own: false, venue: false, bonus: placeTerm('articleFocus', null), why };
  }
  why.push('no place found');
  return { place, inherited, own: false, venue: false, bonus: placeTerm('none', null), why };
}
