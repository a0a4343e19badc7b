/**
 * Event place selection from the geoparser's mentions.
 * In: the located mentions of one sentence, the trigger span and the type's preferred prepositions.
 * Out: an EventPlace (keeping the mention's precision: a region stays a region, never a fake point)
 * or null, with a score and the reasons. Fallbacks (previous sentence, article focus) live in index.ts.
 */
import type { EventPlace, Mention } from '../schemas';
import { compileSuffix } from './phrase';
import { distanceKm } from '../geo';

const KIND_RANK: Record<string, number> = {
  neighbourhood: 6, base: 6, airport: 6, facility: 6,
  village: 4, town: 4, city: 4,
  admin2: 3, feature: 2.5, region: 2, admin1: 2, sea: 1.5, country: 1, continent: 0,
};
const PRECISION_RANK: Record<string, number> = { exact: 1, near: 0.7, region: 0.2, country: 0 };

const CLAUSE_GAP_STRONG = /[;:—–]|\b(?:but|while|which|who|that|because|whereas)\b/i;

/** "air base in X", "shelling of X", "talks in X": the place right after the trigger's preposition */
const ATTACHED = /^\s+(in|at|on|near|outside|of|around|into|to|for|from|towards)\s+(?:the\s+)?$/i;

const SPEAKER_SEAT = /^\s*,?\s*(?:said|says|told|announced|claimed|reported|confirmed|stated)\b/i;

export interface PlaceChoice { place: EventPlace; score: number; why: string[]; mention: Mention }

const prepCache = new Map<string, RegExp>();
function prepRegex(preps: readonly string[]): RegExp {
  const key = preps.join('|');
  let re = prepCache.get(key);
  if (!re) { re = compileSuffix(preps.length ? preps : ['in']); prepCache.set(key, re); }
  return re;
}

/** EventPlace from a mention; the directional point (if any) is the one drawn. */
export function placeFromMention(m: Mention): EventPlace | null {
  if (!m.isLocation || !m.place) return null;
  const point = m.point ?? { lat: m.place.lat, lon: m.place.lon };
  return {
    id: m.place.id, name: m.place.name, kind: m.place.kind, country: m.place.country,
    lat: point.lat, lon: point.lon,
    precision: m.precision ?? (m.place.kind === 'country' ? 'country' : 'exact'),
    radiusKm: m.radiusKm ?? 0,
    text: m.text, start: m.start, end: m.end,
  };
}

/** "the southern Gaza city of Rafah", "the Idlib town of Saraqeb": a place word ending a mention, then "of". */
const DESCRIBES = /(?:city|town|village|port|district|neighbou?rhood|suburb|camp|province|governorate|region)$/i;

/**
 * Mentions that only describe the place named after them ("the southern Gaza city of Rafah" describes Rafah):
 * the place named → its description.
 */
function describedPlaces(text: string, mentions: readonly Mention[], from: number, to: number): Map<Mention, Mention> {
  const out = new Map<Mention, Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const d = mentions[i]!, m = mentions[i + 1]!;
    if (d.start < from || m.end > to || !d.isLocation || !m.isLocation || !m.place) continue;
    if (DESCRIBES.test(d.text) && /^\s+of\s+$/.test(text.slice(d.end, m.start))) out.set(m, d);
  }
  return out;
}

/** Score every located mention in [from, to) and return the best, or null when none is located. */
export function choosePlace(
  text: string, mentions: readonly Mention[], from: number, to: number,
  trigger: { start: number; end: number }, preps: readonly string[], exclude: readonly { start: number; end: number }[] = [],
  clauseOnly = false,
): PlaceChoice | null {
  const re = prepRegex(preps);
  const describedBy = describedPlaces(text, mentions, from, to);
  const descriptions = new Set(describedBy.values());
  let best: PlaceChoice | null = null;
  const sameClause: PlaceChoice[] = [];
  for (const m of mentions) {
    if (m.start < from || m.end > to || !m.isLocation || !m.place) continue;
    if (exclude.some((e) => e.start < m.end && m.start < e.end)) continue;
    if (descriptions.has(m)) continue;
    const place = placeFromMention(m);
    if (!place) continue;
    const why: string[] = [];
    let score = (KIND_RANK[m.place.kind] ?? 2) + (PRECISION_RANK[place.precision] ?? 0);
    why.push(`${m.place.kind} (${place.precision})`);
    // "the southern Gaza city of Rafah": Rafah stands where the whole description stands
    const desc = describedBy.get(m);
    if (desc) why.push(`named by "${text.slice(desc.start, m.end)}"`);
    const at = desc ? desc.start : m.start;
    const before = text.slice(Math.max(from, at - 40), at);
    if (re.test(before.replace(DESCRIPTION_BEFORE, '').replace(/\b(?:the|a|an|northern|southern|eastern|western|central|north|south|east|west|rebel-held|government-held|besieged|city of|town of|village of|province of|port city of|port of|capital|capital city)\s*$/i, '').replace(/\b(?:the|a|an)\s*$/i, ''))) {
      score += 1.5;
      why.push('after a place preposition');
    }
    // "the junta in Bamako said …": the seat of the speaker, not where it happened
    if (m.end <= trigger.start && SPEAKER_SEAT.test(text.slice(m.end, Math.min(to, m.end + 20)))) {
      score -= 3;
      why.push('seat of the speaker');
    }
    const attached = at >= trigger.end ? ATTACHED.exec(text.slice(trigger.end, at)) : null;
    if (attached && preps.includes(attached[1]!.toLowerCase())) {
      score += 2;
      why.push('attached to the trigger');
    }
    const dist = m.start >= trigger.end ? m.start - trigger.end : Math.max(0, trigger.start - m.end);
    score -= dist / 120;
    const gap = m.start >= trigger.end ? text.slice(trigger.end, m.start) : text.slice(m.end, trigger.start);
    // an agent ("brokered by Russia") is not where it happened
    if (/\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, m.start - 8), m.start))) continue;
    // a short appositive ("Tyre, Lebanon's main port") stays in the clause; a relative clause the trigger is
    // not in ("the town, which lies on the highway linking Damascus and Aleppo, after rebels withdrew") does not
    const relative = inOtherRelativeClause(text, m, trigger, from, to);
    if (CLAUSE_GAP_STRONG.test(gap) || (/,\s/.test(gap) && gap.length > 25) || relative) {
      if (clauseOnly) continue;
      score -= 4;
      why.push(relative ? IN_RELATIVE_CLAUSE : 'in another clause');
    }
    const c: PlaceChoice = { place, score, why, mention: m };
    if (!best || score > best.score) best = c;
    // a comma is no clause break for this ("…, capturing the town of X"); "which", ";" and the like are
    if (!CLAUSE_GAP_STRONG.test(gap)) sameClause.push(c);
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

/** "the Kazakh capital", "the Syrian city of", "the northern Iraqi town of": words that describe the name after them */
const DESCRIPTION_BEFORE = /\b(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?(?:capital(?:\s+city)?|city\s+of|town\s+of|village\s+of|port\s+city\s+of|port\s+of)\s*$/;

/** The reason choosePlace gives a place inside a ", which …," clause the trigger is not in. */
export const IN_RELATIVE_CLAUSE = 'in a relative clause, not the clause of the trigger';

const RELATIVE_OPENER = /,\s*(?:which|who|whose|where)\b[^,;]*$/i;

/** The mention sits in a ", which …," clause of [from, to) and the trigger outside it. */
function inOtherRelativeClause(text: string, m: { start: number; end: number }, trigger: { start: number; end: number }, from: number, to: number): boolean {
  const open = RELATIVE_OPENER.exec(text.slice(from, m.start));
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
  return distanceKm(p.lat, p.lon, area.lat, area.lon) <= Math.max(area.radiusKm * 1.2, 30);
}

/** The article's focus: the most often named specific place (city or finer), else the most named place. */
export function articleFocus(mentions: readonly Mention[], country: string | null = null): Mention | null {
  const counts = new Map<string, { n: number; m: Mention; score: number }>();
  for (const m of mentions) {
    if (!m.isLocation || !m.place) continue;
    const c = counts.get(m.place.id);
    if (c) { c.n++; c.score++; continue; }
    const rank = KIND_RANK[m.place.kind] ?? 2;
    counts.set(m.place.id, { n: 1, m, score: 1 + (rank >= 4 ? 1 : 0) + (country && m.place.country === country ? 1 : 0) });
  }
  let best: { n: number; m: Mention; score: number } | null = null;
  for (const c of counts.values()) if (!best || c.score > best.score) best = c;
  return best?.m ?? null;
}
