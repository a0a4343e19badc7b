/**
 * Metonymy: a capital or seat of government standing for its government, in each syntactic slot: subject of a
 * verb ("Beijing said", "Moscow deployed"), object ("thanked Beijing", "loyal to Damascus", "backed by Tehran"),
 * possessive ("Tehran's plans"), attributive ("Moscow troops"), a party to a relation ("talks between Kiev and
 * Moscow"), with its allies ("Washington and its allies"), one of a group ("members Riyadh and Cairo").
 * Literal uses ("arrived in Beijing", "a bomb in Ankara", "the Damascus countryside") are left alone.
 * In: a span and its context. Out: the cue that decided, or null. Verb, noun and phrase lists live in
 * data/geocode (cues.json, and the `slots` of capitals.json, validated here once at load).
 */
import { z } from 'zod';
import capitalsJson from '../../data/geocode/capitals.json';
import { parseDataFile } from '../gazetteer';
import { nameKey } from './namekey';
import { LEXICON } from './lexicon';
import { THRESHOLDS } from './data';
import type { Token } from './tokenize';
import type { Span } from './types';
import { gapAfter, hasPrepositionBefore, POSSESSIVE, prevWord, sepAt, type Context } from './context';

const M = THRESHOLDS.metonymy;

const Words = z.array(z.string().min(1));
export const SlotsFile = z.object({
  slots: z.strictObject({
    _about: z.string(),
    governmentNouns: Words,
    relationPhrases: z.array(z.string().regex(/^\S+ \S+$/, 'a noun and a preposition')),
    alliesAfter: z.strictObject({ joiners: Words, owners: Words, nouns: Words, maxWordsBetween: z.number().int().nonnegative() }),
    listWalkBack: z.number().int().positive(),
  }),
});
const SLOTS = parseDataFile(SlotsFile, capitalsJson, 'data/geocode/capitals.json').slots;
const lower = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map((x) => x.toLowerCase()));
const GOVERNMENT_NOUNS = lower(SLOTS.governmentNouns);
const RELATION_PHRASES = lower(SLOTS.relationPhrases);
const ALLY = {
  joiners: lower(SLOTS.alliesAfter.joiners),
  owners: lower(SLOTS.alliesAfter.owners),
  nouns: lower(SLOTS.alliesAfter.nouns),
  between: SLOTS.alliesAfter.maxWordsBetween,
};

/** Next word after the name, skipping adverbs, times and a coordinated second name. */
export function verbAfter(c: Context, s: Span, spans: readonly Span[], idx: number): Token | null {
  let k = s.last + 1;
  let skipped = 0;
  let nextSpan = idx + 1;
  while (k < c.tokens.length && skipped < M.maxWordsSkipped) {
    const t = c.tokens[k]!;
    if (sepAt(c, s, k) !== ' ') return null;
    if (t.lower === 'and' && spans[nextSpan] && spans[nextSpan]!.first === k + 1) {
      k = spans[nextSpan]!.last + 1;
      nextSpan++;
      skipped++;
      continue;
    }
    if (!t.cap && (LEXICON.speechVerbs.has(t.lower) || (t.lower.endsWith(M.pastTenseSuffix) && t.lower.length > M.pastTenseLongerThan && !LEXICON.attributeSuffixes.has(t.lower)))) return t;
    if (!LEXICON.adverbsBetween.has(t.lower)) return null;
    k++;
    skipped++;
  }
  return null;
}

export function politicalNounAfterPossessive(c: Context, s: Span): Token | null {
  const gap = gapAfter(c, s);
  if (!POSSESSIVE.test(gap)) return null;
  let k = s.last + 1;
  if (c.tokens[k]?.lower === 's') k++;
  for (let n = 0; n < M.possessiveWindow && k < c.tokens.length; n++, k++) {
    const t = c.tokens[k]!;
    if (n > 0 && t.sep !== ' ') return null;
    if (LEXICON.politicalNouns.has(t.lower)) return t;
  }
  return null;
}

/** "Moscow troops", "the Damascus government": the lowercase noun right after the name that it modifies, when that noun names a government's agents or acts. */
export function governmentNounAfter(c: Context, s: Span): Token | null {
  const next = c.tokens[s.last + 1];
  return next && !next.cap && gapAfter(c, s) === ' ' && GOVERNMENT_NOUNS.has(next.lower) ? next : null;
}

/** "Washington and its allies", "Tehran and its regional proxies": the ally noun that follows, or null. */
export function alliesAfter(c: Context, s: Span): Token | null {
  const joiner = c.tokens[s.last + 1];
  const owner = c.tokens[s.last + 2];
  if (!joiner || !owner || gapAfter(c, s) !== ' ' || owner.sep !== ' ' || !ALLY.joiners.has(joiner.lower) || !ALLY.owners.has(owner.lower)) return null;
  for (let k = s.last + 3, n = 0; k < c.tokens.length && n <= ALLY.between; k++, n++) {
    const t = c.tokens[k]!;
    if (t.sep !== ' ') return null;
    if (ALLY.nouns.has(t.lower)) return t;
  }
  return null;
}

/** "talks between Kiev and Moscow", "Ties with Riyadh": the noun and preposition before the name, or null. */
function relationBefore(c: Context, p: Token | undefined, p2: Token | undefined): string | null {
  if (!p || !p2 || p.cap || (p2.cap && !p2.sentenceStart)) return null;
  const phrase = `${p2.lower} ${p.lower}`;
  return RELATION_PHRASES.has(phrase) ? `${p2.text} ${p.text}` : null;
}

/** "informed the Paris Walmart store": the name is followed by a capitalised word (not a date) that it modifies. */
function modifiesName(c: Context, s: Span): boolean {
  const next = c.tokens[s.last + 1];
  return next !== undefined && next.cap && gapAfter(c, s) === ' ' && !LEXICON.calendar.has(next.lower);
}

/** Metonymy cue for a capital or seat of government, or null when the use looks literal. */
export function metonymyCue(c: Context, s: Span, spans: readonly Span[], idx: number): string | null {
  const p = prevWord(c, s);
  if (p && !p.cap && LEXICON.metonymyObjectVerbs.has(p.lower) && !modifiesName(c, s)) return `object of "${p.text}"`;
  // "called on Moscow to halt", "appealed to Ankara", "loyal to Damascus", "According to Moscow": a verb or adjective whose particle looks like a preposition
  const p2 = p && !p.cap ? prevWord(c, s, s.first - p.i + 1, false) : undefined;
  if (p && p2 && (!p2.cap || p2.sentenceStart) && LEXICON.metonymyObjectPhrases.has(`${p2.lower} ${p.lower}`)) return `object of "${p2.text} ${p.text}"`;
  const relation = relationBefore(c, p, p2);
  if (relation) return `a party to "${relation}"`;
  if (p && !p.cap && LEXICON.metonymyPrecedingNouns.has(p.lower)) return `named as one of the "${p.text}"`;
  const allies = alliesAfter(c, s);
  if (allies) return `named with its "${allies.text}"`;
  if (hasPrepositionBefore(c, s) || literalListHead(c, spans, idx)) return null;
  const agents = governmentNounAfter(c, s);
  if (agents) return `modifies "${agents.text}"`;
  const verb = verbAfter(c, s, spans, idx);
  if (verb) return `subject of "${verb.text}"`;
  const noun = politicalNounAfterPossessive(c, s);
  if (noun) return `possessive with "${noun.text}"`;
  return null;
}

export function isCapital(s: Span): string | null {
  const key = nameKey(s.text);
  if (LEXICON.seatOfGovernment.has(key)) return 'seat of government';
  const cc = LEXICON.capitals.get(key);
  if (cc === undefined) return null;
  // only when the gazetteer's candidates include that country's city of this name
  return s.entries.some((e) => e.country === cc && e.kind !== 'country') ? `capital of ${cc}` : null;
}

/** the gap between two names of a list: a possessive maybe, a comma maybe, then a joiner word (words.json listJoiners) */
const JOINED = new RegExp(`^(?:['’]s)?\\s*,?\\s+(?:${[...LEXICON.listJoiners].join('|')})\\s+$`);
const COMMA = /^(?:['’]s)?\s*,\s*$/;
type Gap = 'joined' | 'comma' | null;
const gapBetween = (c: Context, a: Span, b: Span): Gap => {
  const between = c.text.slice(a.end, b.start);
  return JOINED.test(between) ? 'joined' : COMMA.test(between) ? 'comma' : null;
};
/** A comma joins two names of a list only when the list goes on after the second ("Moscow, Tehran and Ankara"), not "in Kabul, Tehran said". */
const listGoesOn = (c: Context, spans: readonly Span[], k: number): boolean => spans[k + 1] !== undefined && gapBetween(c, spans[k]!, spans[k + 1]!) !== null;
const joinedInList = (c: Context, spans: readonly Span[], k: number): boolean => {
  const gap = gapBetween(c, spans[k - 1]!, spans[k]!);
  return gap === 'joined' || (gap === 'comma' && listGoesOn(c, spans, k));
};

/**
 * "between Damascus and Beirut", "in Tehran, Isfahan and Shiraz": a later name of a list whose first name has a
 * locative preposition shares it. The first name of the list, or null. Walks back at most `listWalkBack` names.
 */
export function literalListHead(c: Context, spans: readonly Span[], idx: number): Span | null {
  // "opened the road to Deir ez-Zor, and Moscow congratulated the army": a comma, a joiner and a verb after the
  // name open a new clause whose subject it is; it does not share the list's preposition
  const s = spans[idx]!;
  if (idx > 0 && /,\s*\S+\s+$/.test(c.text.slice(spans[idx - 1]!.end, s.start)) && verbAfter(c, s, spans, idx)) return null;
  for (let k = idx, n = 0; k > 0 && n < SLOTS.listWalkBack; k--, n++) {
    if (!joinedInList(c, spans, k)) return null;
    const a = spans[k - 1]!;
    if (hasPrepositionBefore(c, a)) return a;
  }
  return null;
}

/** "Tehran and Beijing reached a deal", "Moscow, Tehran and Ankara agreed": a capital joined to a metonymic one. */
export function coordinateMetonymy(c: Context, spans: Span[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    if (!joinedInList(c, spans, k + 1)) continue;
    if (a.role === 'metonymy' && b.role === 'place' && isCapital(b) && !hasPrepositionBefore(c, b)) {
      b.role = 'metonymy';
      b.notes.push(`capital coordinated with "${a.text}", which stands for its government`);
    } else if (b.role === 'metonymy' && a.role === 'place' && isCapital(a) && !hasPrepositionBefore(c, a)) {
      a.role = 'metonymy';
      a.notes.push(`capital coordinated with "${b.text}", which stands for its government`);
    }
  }
}
