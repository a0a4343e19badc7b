/**
 * Headline shape: does one cleaned line look like a news headline?
 * In: a cleaned line. Out: null when it looks like a headline, else the reason it does not.
 * A headline is short (3–15 words; shorter lines are section labels or tags), in Title Case (most content words capitalised), with no
 * sentence-final . ! ; , : (a final ? or closing quote is fine) and no sentence break inside.
 * Where the line sits (between blank lines) is checked by split.ts, not here.
 */
import { lastMark, wordsOf } from './normalize';

export const HEADLINE_MIN_WORDS = 3;
export const HEADLINE_MAX_WORDS = 15;
const HEADLINE_MAX_CHARS = 160;
/** Share of content words that must start with a capital (or digit) for Title Case. */
const TITLE_CASE_RATIO = 0.6;

/** Words Title Case may leave lower-case. */
const SMALL_WORDS = new Set(
  'a an and as at but by de del der des di du el en for from in into la le nor of off on onto or over per the to up upon via vs von with'.split(
    ' ',
  ),
);

const ABBREVIATION = /\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Jr|Sr|Prof|Gov|Sen|Rep|No|vs|Vs)\./gu;
const LEADING_PUNCT = /^[\p{P}\p{S}]+/u;

function startsUpper(word: string): boolean {
  const w = word.replace(LEADING_PUNCT, '');
  return /^[\p{Lu}\p{N}]/u.test(w);
}

function hasLetter(word: string): boolean {
  return /\p{L}/u.test(word);
}

/** Why `line` is not a headline, or null when it looks like one. */
export function headlineProblem(line: string): string | null {
  if (line.length === 0) return 'empty line';
  if (line.length > HEADLINE_MAX_CHARS) return `longer than ${HEADLINE_MAX_CHARS} characters`;
  const words = wordsOf(line);
  if (words.length < HEADLINE_MIN_WORDS) return `fewer than ${HEADLINE_MIN_WORDS} words`;
  if (words.length > HEADLINE_MAX_WORDS) return `more than ${HEADLINE_MAX_WORDS} words`;
  if (/https?:\/\/|www\./i.test(line)) return 'contains a URL';
  if (/^["\u201C\u2018'\u00AB]/u.test(line) && /["\u201D\u2019'\u00BB]$/u.test(line)) return 'a quotation, not a headline';
  const mark = lastMark(line);
  if (mark !== '' && '.!;:,\u2026-\u2013\u2014'.includes(mark)) return `ends with "${mark}" like a sentence`;
  if (/[.!?]\s+[\p{Lu}"\u201C]/u.test(line.replace(ABBREVIATION, 'X'))) return 'contains a sentence break';
  if (!/^[\p{L}\p{N}"'\u2018\u201C\u00AB]/u.test(line)) return 'starts with a dash, bullet or symbol';
  const first = words[0] ?? '';
  if (!startsUpper(first)) return 'first word is not capitalised';
  const content = words.filter((w) => hasLetter(w) && !SMALL_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  if (content.length === 0) return 'no content words';
  const capitalised = content.filter(startsUpper).length;
  if (capitalised / content.length < TITLE_CASE_RATIO) {
    return `not Title Case (${capitalised} of ${content.length} content words capitalised)`;
  }
  return null;
}

export function isHeadlineLike(line: string): boolean {
  return headlineProblem(line) === null;
}
