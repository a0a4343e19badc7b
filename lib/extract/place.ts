/**
 * Event place selection from the geoparser's mentions: scoring the mentions of one clause or sentence.
 * In: the located mentions of one sentence, the trigger span and the type's preferred prepositions.
 * Out: an EventPlace (keeping the mention's precision: a region stays a region, never a fake point)
 * or null, with a score and the reasons; the article's focus. Ranks, score terms, windows and cue words:
 * data/extract/place.json, compiled once (placeIndex). Fallbacks (venue, country, previous sentence,
 * article focus) live in place-policy.ts.
 */
import type { EventPlace, Mention } from '../schemas';
import { getLexicon, type Lexicon } from './lexicon';
import { anyOf, compileSuffix } from './phrase';
import { distanceKm } from '../geo';

interface PlaceIndex {
  rules: Lexicon['place'];
  /** a clause break between a mention and the trigger: punctuation or a clause-opening word */
  clauseGapStrong: RegExp;
  /** "air base in X", "shelling of X", "talks in X": the place right after the trigger's preposition */
  attached: RegExp;
  /** "the junta in Bamako said": a speech verb right after a mention */
  speakerSeat: RegExp;
  /** "the southern Gaza city of Rafah": a place word ending a mention, then "of" */
  describes: RegExp;
  describesJoin: RegExp;
  /** "the Kazakh capital", "the Syrian city of": words that describe the name after them */
  descriptionBefore: RegExp;
  modifierBefore: RegExp;
  articleBefore: RegExp;
  relativeOpener: RegExp;
  /** "the Luhansk People's Militia": a group noun right after a mention */
  groupNounAfter: RegExp;
  /** "Hamidiyah in Hama", "X, in the Hama countryside": the words between a place and the place that holds it */
  containerGap: RegExp;
}

let index: PlaceIndex | null = null;

function placeIndex(): PlaceIndex {
  if (index) return index;
  const rules = getLexicon().place;
  const d = rules.descriptionHeads;
  index = {
    rules,
    clauseGapStrong: new RegExp(`[;:—–]|\\b(?:${anyOf(rules.clauseGapWords)})\\b`, 'i'),
    attached: new RegExp(`^\\s+(${anyOf(rules.attachedPrepositions)})\\s+(?:the\\s+)?$`, 'i'),
    speakerSeat: new RegExp(`^\\s*,?\\s*(?:${anyOf(rules.speakerSeatVerbs)})\\b`, 'i'),
    describes: new RegExp(`(?:${anyOf(rules.describingNouns.words)})$`, 'i'),
    describesJoin: new RegExp(`^\\s+(?:${anyOf(rules.describingNouns.joiners)})\\s+$`),
    descriptionBefore: new RegExp(`\\b(?:the\\s+)?(?:[A-Z][\\w'’-]+\\s+)?(?:${anyOf(d.heads, '\\s+')})\\s*$`),
    modifierBefore: new RegExp(`\\b(?:${anyOf(d.modifiers)})\\s*$`, 'i'),
    articleBefore: new RegExp(`\\b(?:${anyOf(d.articles)})\\s*$`, 'i'),
    groupNounAfter: new RegExp(`^\\s+(?:${anyOf(rules.groupNounAfter.words, '\\s+')})(?![\\w'’])`, 'i'),
    relativeOpener: new RegExp(`,\\s*(?:${anyOf(rules.relativeOpeners.words)})\\b[^,;]*$`, 'i'),
    containerGap: new RegExp(`^\\s*,?\\s*(?:${anyOf(rules.container.prepositions)})\\s+(?:the\\s+)?$`, 'i'),
  };
  return index;
}

const kindRank = (rules: Lexicon['place'], kind: string) => rules.kindRank[kind] ?? rules.defaultKindRank;

export interface PlaceChoice { place: EventPlace; score: number; why: string[]; mention: Mention }

const prepCache = new Map<string, RegExp>();
function prepRegex(preps: readonly string[]): RegExp {
  const key = preps.join('|');
  let re = prepCache.get(key);
  if (!re) { re = compileSuffix(preps.length ? preps : getLexicon().place.defaultPrepositions); prepCache.set(key, re); }
  return re;
}

/** EventPlace from a mention; the directional point (if any) is the one drawn. */
export function placeFromMention(m: Mention): EventPlace | null {
  if (!m.isLocation || !m.place) return null;
  const point = m.point ?? { lat: m.place.lat, lon: m.place.lon };
  const place: EventPlace = {
    id: m.place.id, name: m.place.name, kind: m.place.kind, country: m.place.country,
    lat: point.lat, lon: point.lon,
    precision: m.precision ?? (m.place.kind === 'country' ? 'country' : 'exact'),
    radiusKm: m.radiusKm ?? 0,
    text: m.text, start: m.start, end: m.end,
  };
  // a name in no gazetteer: drawn at the known place it lies in or near, and flagged
  if (m.inGazetteer === false) {
    place.inGazetteer = false;
    place.parent = m.parent ?? null;
  }
  return place;
}

/**
 * Mentions that only describe the place named after them ("the southern Gaza city of Rafah" describes Rafah):
 * the place named → its description.
 */
function describedPlaces(text: string, mentions: readonly Mention[], from: number, to: number): Map<Mention, Mention> {
  const { describes, describesJoin } = placeIndex();
  const out = new Map<Mention, Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const d = mentions[i]!, m = mentions[i + 1]!;
    if (d.start < from || m.end > to || !d.isLocation || !m.isLocation || !m.place) continue;
    if (describes.test(d.text) && describesJoin.test(text.slice(d.end, m.start))) out.set(m, d);
  }
  return out;
}

/**
 * "near Krasnohorivka, Donetsk", "in Ar Rajban (Al Jabal Al Gharbi)": a place right after another, set off only
 * by a comma or a bracket and no finer than it, names the area that holds the first: it is no candidate itself.
 * So does "Hama" in "shelled Hamidiyah in Hama" or "Hamidiyah, in the Hama countryside" when Hamidiyah lies in
 * or near it, or is a name in no gazetteer placed at it; and the written container (the mention's `parent`).
 */
function containersAfter(text: string, mentions: readonly Mention[], from: number, to: number, exclude: readonly { start: number; end: number }[]): Mention[] {
  const { rules, containerGap } = placeIndex();
  const out: Mention[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!, b = mentions[i + 1]!;
    if (a.start < from || b.end > to || !a.isLocation || !a.place || !b.isLocation || !b.place) continue;
    if (exclude.some((e) => e.start < a.end && a.start < e.end)) continue;
    if (b.place.id === a.place.id || kindRank(rules, b.place.kind) > kindRank(rules, a.place.kind)) continue;
    const gap = text.slice(a.end, b.start);
    if (/^\s*[,(]\s*$/.test(gap)) out.push(b);
    else if (containerGap.test(gap) && (a.parent?.id === b.place.id || heldBy(a, b))) out.push(b);
  }
  return out;
}

/** Mention a lies in or near mention b's place: a name in no gazetteer placed at it, or a point within its reach. */
function heldBy(a: Mention, b: Mention): boolean {
  const pa = placeFromMention(a), pb = placeFromMention(b);
  if (!pa || !pb) return false;
  if (a.inGazetteer === false) return a.parent?.id === b.place!.id;
  if (pa.precision === 'region' || pa.precision === 'country' || pa.country === null || pa.country !== pb.country) return false;
  if (pb.precision === 'country') return true;
  return liesIn(pa, { ...pb, precision: 'region' }) || distanceKm(pa.lat, pa.lon, pb.lat, pb.lon) <= placeIndex().rules.container.maxKm;
}

/** Score every located mention in [from, to) and return the best, or null when none is located. */
export function choosePlace(
  text: string, mentions: readonly Mention[], from: number, to: number,
  trigger: { start: number; end: number }, preps: readonly string[], exclude: readonly { start: number; end: number }[] = [],
  clauseOnly = false,
): PlaceChoice | null {
  const re = prepRegex(preps);
  const ix = placeIndex();
  const { score: terms, windows } = ix.rules;
  const describedBy = describedPlaces(text, mentions, from, to);
  const descriptions = new Set(describedBy.values());
  for (const m of containersAfter(text, mentions, from, to, exclude)) descriptions.add(m);
  let best: PlaceChoice | null = null;
  const sameClause: PlaceChoice[] = [];
  for (const m of mentions) {
    if (m.start < from || m.end > to || !m.isLocation || !m.place) continue;
    if (exclude.some((e) => e.start < m.end && m.start < e.end)) continue;
    if (descriptions.has(m)) continue;
    const place = placeFromMention(m);
    if (!place) continue;
    const why: string[] = [];
    let score = kindRank(ix.rules, m.place.kind) + (ix.rules.precisionRank[place.precision] ?? 0);
    why.push(`${m.place.kind} (${place.precision})`);
    // "the southern Gaza city of Rafah": Rafah stands where the whole description stands
    const desc = describedBy.get(m);
    if (desc) why.push(`named by "${text.slice(desc.start, m.end)}"`);
    const at = desc ? desc.start : m.start;
    const before = text.slice(Math.max(from, at - windows.prepositionLookback), at);
    if (re.test(before.replace(ix.descriptionBefore, '').replace(ix.modifierBefore, '').replace(ix.articleBefore, ''))) {
      score += terms.afterPreposition;
      why.push('after a place preposition');
    }
    // "the junta in Bamako said …": the seat of the speaker, not where it happened
    if (m.end <= trigger.start && ix.speakerSeat.test(text.slice(m.end, Math.min(to, m.end + windows.speakerSeatLookahead)))) {
      score += terms.speakerSeat;
      why.push('seat of the speaker');
    }
    if (ix.groupNounAfter.test(text.slice(m.end, Math.min(to, m.end + 30)))) {
      score += ix.rules.groupNounAfter.score;
      why.push('names a group ("… forces"), not where');
    }
    const attached = at >= trigger.end ? ix.attached.exec(text.slice(trigger.end, at)) : null;
    if (attached && preps.includes(attached[1]!.toLowerCase())) {
      score += terms.attached;
      why.push('attached to the trigger');
    }
    const dist = m.start >= trigger.end ? m.start - trigger.end : Math.max(0, trigger.start - m.end);
    score -= dist / terms.distanceDivisor;
    const gap = m.start >= trigger.end ? text.slice(trigger.end, m.start) : text.slice(m.end, trigger.start);
    // an agent ("brokered by Russia") is not where it happened
    if (getLexicon().agentBefore.test(text.slice(Math.max(from, m.start - windows.agentLookback), m.start))) continue;
    // … nor a group named after a place ("organised by Keep Belgrade Afloat")
    if (getLexicon().agentNameBefore.test(text.slice(Math.max(from, m.start - windows.agentNameLookback), m.start))) continue;
    // a short appositive ("Tyre, Lebanon's main port") stays in the clause; a relative clause the trigger is
    // not in ("the town, which lies on the highway linking Damascus and Aleppo, after rebels withdrew") does not
    const relative = inOtherRelativeClause(text, m, trigger, from, to);
    if (ix.clauseGapStrong.test(gap) || (/,\s/.test(gap) && gap.length > windows.longCommaGap) || relative) {
      if (clauseOnly) continue;
      score += terms.otherClause;
      why.push(relative ? IN_RELATIVE_CLAUSE : IN_ANOTHER_CLAUSE);
    }
    const c: PlaceChoice = { place, score, why, mention: m };
    if (!best || score > best.score) best = c;
    // a comma is no clause break for this ("…, capturing the town of X"); "which", ";" and the like are
    if (!ix.clauseGapStrong.test(gap)) sameClause.push(c);
  }
  // "pushed into Idlib province, capturing the town of Maarat al-Numan": the finer place inside the region wins
  if (best && (best.place.precision === 'region' || best.place.precision === 'country')) {
    const area = best.place;
    const finer = sameClause
      .filter((c) => (c.place.precision === 'exact' || c.place.precision === 'near') && liesIn(c.place, area))
      .sort((a, b) => b.score - a.score)[0];
    if (finer) {
      finer.why.push(`lies in "${area.text}", which the words also name: the finer place`);
      best = finer;
    }
  }
  if (best) best.why.unshift(`place "${best.mention.text}" in the sentence`);
  return best;
}

/** The reason choosePlace gives a place inside a ", which …," clause the trigger is not in. */
export const IN_RELATIVE_CLAUSE = 'in a relative clause, not the clause of the trigger';

/** The reason choosePlace gives a place across another clause break. */
export const IN_ANOTHER_CLAUSE = 'in another clause';

/** The mention sits in a ", which …," clause of [from, to) and the trigger outside it. */
function inOtherRelativeClause(text: string, m: { start: number; end: number }, trigger: { start: number; end: number }, from: number, to: number): boolean {
  const open = placeIndex().relativeOpener.exec(text.slice(from, m.start));
  if (!open) return false;
  const start = from + open.index;
  const rest = text.slice(m.end, to);
  const close = rest.search(/[,;]/);
  const end = close < 0 ? to : m.end + close;
  return trigger.end <= start || trigger.start >= end;
}

/** A point place inside a wider one: same country and within its radius (a province, a country). */
function liesIn(p: EventPlace, area: EventPlace): boolean {
  if (p.country === null || p.country !== area.country) return false;
  if (area.precision === 'country') return true;
  const { radiusFactor, minKm } = placeIndex().rules.liesIn;
  return distanceKm(p.lat, p.lon, area.lat, area.lon) <= Math.max(area.radiusKm * radiusFactor, minKm);
}

/** The article's focus: the most often named specific place (city or finer), else the most named place. */
export function articleFocus(mentions: readonly Mention[], country: string | null = null): Mention | null {
  const { rules } = placeIndex();
  const counts = new Map<string, { n: number; m: Mention; score: number }>();
  for (const m of mentions) {
    if (!m.isLocation || !m.place) continue;
    const c = counts.get(m.place.id);
    if (c) { c.n++; c.score++; continue; }
    const rank = kindRank(rules, m.place.kind);
    counts.set(m.place.id, { n: 1, m, score: 1 + (rank >= rules.focus.specificRank ? 1 : 0) + (country && m.place.country === country ? 1 : 0) });
  }
  let best: { n: number; m: Mention; score: number } | null = null;
  for (const c of counts.values()) if (!best || c.score > best.score) best = c;
  return best?.m ?? null;
}
