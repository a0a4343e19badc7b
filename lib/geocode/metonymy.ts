/**
 * Metonymy: a capital or seat of government standing for its government ("Beijing said", "Tehran's plans",
 * "thanked Beijing", "members Riyadh and Cairo"). Literal uses ("arrived in Beijing") are left alone.
 * In: a span and its context. Out: the cue that decided, or null. Verb and noun lists live in data/geocode.
 */
import { nameKey } from './namekey';
import { LEXICON } from './lexicon';
import { THRESHOLDS } from './data';
import type { Token } from './tokenize';
import type { Span } from './types';
import { gapAfter, hasPrepositionBefore, POSSESSIVE, prevWord, sepAt, type Context } from './context';

const M = THRESHOLDS.metonymy;

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

/** Metonymy cue for a capital or seat of government, or null when the use looks literal. */
export function metonymyCue(c: Context, s: Span, spans: readonly Span[], idx: number): string | null {
  const p = prevWord(c, s);
  if (p && !p.cap && LEXICON.metonymyObjectVerbs.has(p.lower)) return `object of "${p.text}"`;
  // "called on Moscow to halt", "appealed to Ankara": a phrasal verb whose particle looks like a preposition
  const p2 = p && !p.cap ? prevWord(c, s, s.first - p.i + 1, false) : undefined;
  if (p && p2 && !p2.cap && LEXICON.metonymyObjectPhrases.has(`${p2.lower} ${p.lower}`)) return `object of "${p2.text} ${p.text}"`;
  if (p && !p.cap && LEXICON.metonymyPrecedingNouns.has(p.lower)) return `named as one of the "${p.text}"`;
  if (hasPrepositionBefore(c, s)) return null;
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

/** the gap between two coordinated names: a possessive maybe, then a joiner word (words.json listJoiners) */
const COORDINATED = new RegExp(`^(?:['’]s)?\\s+(?:${[...LEXICON.listJoiners].join('|')})\\s+$`);

/** "Tehran and Beijing reached a deal", "Riyadh and Cairo": a capital joined by "and" to a metonymic one. */
export function coordinateMetonymy(c: Context, spans: Span[]): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1]!;
    const between = c.text.slice(a.end, b.start);
    if (!COORDINATED.test(between)) continue;
    if (a.role === 'metonymy' && b.role === 'place' && isCapital(b) && !hasPrepositionBefore(c, b)) {
      b.role = 'metonymy';
      b.notes.push(`capital coordinated with "${a.text}", which stands for its government`);
    } else if (b.role === 'metonymy' && a.role === 'place' && isCapital(a) && !hasPrepositionBefore(c, a)) {
      a.role = 'metonymy';
      a.notes.push(`capital coordinated with "${b.text}", which stands for its government`);
    }
  }
}
