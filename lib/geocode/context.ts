/**
 * Reading the words around a name: separators, the previous word, locative prepositions, "north of",
 * lists closed by "counties", datelines. Shared by classify, qualify and the metonymy and name checks.
 * In: the article context (text, tokens) and a span. Out: cues, each as a short human-readable reason.
 */
import { LEXICON } from './lexicon';
import { THRESHOLDS } from './data';
import type { Token } from './tokenize';
import type { Span } from './types';

export const POSSESSIVE = /^['’]s?$/;

export interface Context {
  text: string;
  tokens: Token[];
  /** words that also occur in lowercase somewhere in the text ("march", "reading") */
  lowercaseWords: Set<string>;
}

/** A sentence's end mark (closing quotes and brackets after it included), or a line break. */
export const SENTENCE_END = /[.!?]["”’)]*\s|\n/;

/** No sentence end stands between the two spans. */
export function sameSentence(c: Context, a: Span, b: Span): boolean {
  const gap = a.end <= b.start ? c.text.slice(a.end, b.start) : c.text.slice(b.end, a.start);
  return !SENTENCE_END.test(gap);
}

/** The separator before token k, measured from the span's end for the first token after it ("U.S. State"). */
export const sepAt = (c: Context, s: Span, k: number): string => (k === s.last + 1 ? c.text.slice(s.end, c.tokens[k]!.start) : c.tokens[k]!.sep);

export const gapAfter = (c: Context, s: Span): string => {
  const next = c.tokens[s.last + 1];
  return next ? c.text.slice(s.end, next.start) : c.text.slice(s.end);
};

export function prevWord(c: Context, s: Span, back = 1, skipThe = true): Token | undefined {
  const t0 = c.tokens[s.first - back];
  // "at the White House", "in the Jdeideh quarter": look past the article
  if (skipThe && t0 && t0.lower === 'the' && !c.tokens[s.first - back + 1]!.sentenceStart && !t0.sentenceStart) return prevWord(c, s, back + 1, false);
  const t = t0;
  if (!t) return undefined;
  // do not look across a sentence break
  for (let k = s.first - back + 1; k <= s.first; k++) if (c.tokens[k]!.sentenceStart) return undefined;
  return t;
}

/** "north of X", "outskirts of X", "residents of X": an "of" that introduces a place. */
export function placeOf(c: Context, p: Token | undefined): boolean {
  if (!p || p.lower !== 'of') return false;
  const head = c.tokens[p.i - 1];
  // ("the Mayor of Tyr": a title keeps its capital; "the Governor of the Bank" names no place)
  return head !== undefined && ((!head.cap && LEXICON.ofHeads.has(head.lower)) || (!head.sentenceStart && LEXICON.ofTitleHeads.has(head.lower) && c.tokens[p.i + 1]?.cap === true));
}

const LIST_HEAD_WINDOW = THRESHOLDS.context.listHeadWindow;

/** "Becker, Clay and Douglas counties": the name is one of a list closed by a plural place noun. */
export function listHead(c: Context, s: Span): string | null {
  for (let k = s.last + 1, n = 0; k < c.tokens.length && n < LIST_HEAD_WINDOW; k++, n++) {
    const t = c.tokens[k]!;
    if (!/^(,\s?|\s|\s?&\s)$/.test(t.sep) && !(t.sep === ' ' || t.sep === ', ')) return null;
    if (!t.cap && LEXICON.listHeads.has(t.lower)) return t.lower;
    if (!t.cap && !LEXICON.listJoiners.has(t.lower)) return null;
  }
  return null;
}

/** A dateline: an all-capitals name opening a paragraph, followed by a dash ("ROSWELL -", "CORSICANA —") or by an abbreviated state and the next sentence ("SALINA, Kan. Strong winds"). */
export function isDateline(c: Context, s: Span): boolean {
  const next = c.tokens[s.last + 1];
  const after = next ? c.text.slice(s.end, next.start) : '';
  if (!c.tokens[s.first]!.allCaps) return false;
  if (/^[,\s]*(\([^)]*\))?\s*(-{1,2}|—|–)\s/.test(after)) return true;
  // "HURRICANE, W.Va. -", "SALINA, Kan. —", "CARTHAGE, N.C. (AP) -": a state between the name and the dash
  const rest = c.text.slice(s.end, s.end + 40);
  if (DATELINE_DASH.test(rest)) return true;
  // "SALINA, Kan. Strong winds …", "COVINGTON, Ky. (AP)  A man …": no dash, but the name opens a sentence and the
  // next sentence starts right after the state (and the agency)
  return c.tokens[s.first]!.sentenceStart && DATELINE_NO_DASH.test(rest);
}
const DATELINE_DASH = /^,\s?[A-Z][A-Za-z]*\.?(\s?[A-Z][a-z]*\.?)?\s*(\([^)]*\))?\s*(-{1,2}|—|–)\s/;
const DATELINE_NO_DASH = /^,\s?[A-Z][A-Za-z]*(?:\.(?:\s?[A-Z][a-z]*\.)?\s*(?:\([A-Z][^)]*\))?|\s*\([A-Z][^)]*\))\s+[A-Z]/;

/** A locative preposition, a dateline, a list, a qualifier word or an explicit parent right around the name. */
export function hasLiteralContext(c: Context, s: Span, spans: readonly Span[], idx: number, strict = true): string | null {
  const p = prevWord(c, s);
  if (locative(c, p)) return `preceded by "${p!.text}"`;
  if (placeOf(c, p)) return `preceded by "${c.tokens[p!.i - 1]!.text} of"`;
  if (isDateline(c, s)) return 'a dateline';
  const head = listHead(c, s);
  if (head) return `listed before "${head}"`;
  if (!strict) {
    if (p && LEXICON.directions.has(p.lower) && !p.cap) return `preceded by "${p.text}"`;
    const next = c.tokens[s.last + 1];
    // a kind word, or its abbreviation in capitals ("Biu LGA")
    if (next && next.sep === ' ' && (!next.cap || next.allCaps) && LEXICON.regionSuffixes.has(next.lower)) return `followed by "${next.text}"`;
    // two-word kind words: "the Hmeimim air base", "the Qusayr border area"
    const next2 = c.tokens[s.last + 2];
    if (next && next2 && next.sep === ' ' && next2.sep === ' ' && !next.cap && LEXICON.regionSuffixes.has(`${next.lower} ${next2.lower}`)) {
      return `followed by "${next.text} ${next2.text}"`;
    }
  }
  const after = spans[idx + 1];
  if (after && /^,\s?$/.test(c.text.slice(s.end, after.start)) && after.entries.some((e) => e.kind === 'admin1' || e.kind === 'country')) {
    return `followed by ", ${after.text}"`;
  }
  return null;
}

export function hasPrepositionBefore(c: Context, s: Span): boolean {
  const p = prevWord(c, s);
  if (placeOf(c, p)) return true;
  return locative(c, p);
}

/** A locative preposition ("in", "near", "to"), not the end of a phrase such as "according to" or "due to". */
function locative(c: Context, p: Token | undefined): boolean {
  if (p === undefined || (p.cap && !p.sentenceStart) || !LEXICON.literalPrepositions.has(p.lower) || p.lower === 'of') return false;
  const b1 = c.tokens[p.i - 1];
  const b2 = c.tokens[p.i - 2];
  if (b1 && LEXICON.notLocative.has(`${b1.lower} ${p.lower}`)) return false;
  return !(b1 && b2 && LEXICON.notLocative.has(`${b2.lower} ${b1.lower} ${p.lower}`));
}
