/**
 * PhraseMatcher: finds many phrases in a text in one pass over its words.
 * In: phrases (data/extract syntax, see phrase.ts) with a value each; case-insensitive or not.
 * Out: non-overlapping matches, longest first at each word, in text order.
 * Why: one regex alternation of hundreds of phrases is tried at every character; here each word is
 * looked up in a map by its first word (or stem, for "clash*") and only those phrases are tested,
 * with sticky regexes compiled once. Word starts follow the same boundaries as phrase.ts (letters,
 * digits, and the lower→upper case change of glued captions).
 * Two tokenizers, on purpose: `tokenize` here yields the word starts the phrase regexes can match at
 * (Latin letters, split at lower→upper case changes and between letters and digits, lowercased, no
 * shape), while lib/geocode/tokenize.ts yields name tokens (maximal Unicode letter/digit runs with
 * case shape and separators). Cutting "CeasefireFighting" or "M5" one way for both would change the
 * phrases the extractor tries or the names the geoparser joins, so the output; each is one scan over
 * code units, and one shared scan would still have to produce both cuts.
 */
import { RB, phraseSource } from './phrase';

export interface PhraseMatch<T> { start: number; end: number; text: string; value: T }

/**
 * `gap`/`next`: a cheap test before the regex, for a phrase of two or more words whose first word is plain: the
 * code unit the second word must start with (lowercased when `fold`), found `gap` code units after the word's start
 * past the separator the regex allows; next = -1 when the phrase has no such test.
 */
interface Candidate<T> { re: RegExp; value: T; stem: string | null; gap: number; next: number; fold: boolean }

const WORD = /[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+(?![a-zß-öø-ÿ])|[0-9]+/g;
const STEM_KEY = 3;

function firstWord(phrase: string): { key: string; stem: boolean } | null {
  const token = phrase.trim().split(/\s+/)[0] ?? '';
  WORD.lastIndex = 0;
  const m = WORD.exec(token.replace(/\*$/, ''));
  if (!m) return null;
  const stem = token.endsWith('*') && m.index + m[0].length === token.length - 1;
  return { key: m[0].toLowerCase(), stem };
}

/** The first STEM_KEY (3) code units of a word of at least that length, as one exact number (< 2^48). */
function stemCode(w: string): number {
  return (w.charCodeAt(0) * 65536 + w.charCodeAt(1)) * 65536 + w.charCodeAt(2);
}

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAlnum = (ch: string) => /^[A-Za-zÀ-ÖØ-öø-ÿ0-9]$/.test(ch);

/** The second-word test of a phrase (see Candidate), or next = -1. */
function secondWord(phrase: string, ci: boolean): { gap: number; next: number; fold: boolean } {
  const words = phrase.trim().split(/\s+/);
  const [w1, w2] = words;
  if (!w1 || !w2 || w1.includes('*') || w2 === '*') return { gap: 0, next: -1, fold: false };
  const first = w2[0]!;
  if (!isAlnum(first)) return { gap: 0, next: -1, fold: false };
  const code = first.charCodeAt(0);
  // the regex spells ASCII letters as [aA] when case-insensitive: compare lowercased; anything else exactly
  const fold = ci && /[A-Za-z]/.test(first);
  // each character of a plain word matches exactly one code unit (phrase.ts escapeWord)
  return { gap: w1.length, next: fold && isAsciiUpper(code) ? code + 32 : code, fold };
}

/** ["“”‘’]: the optional quote on either side of the separator between two words of a phrase (phrase.ts). */
const isQuote = (c: number) => c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
const SPACE = /\s/;
/** [\s\u00a0-]: the separator between two words of a phrase (phrase.ts). */
const isSeparator = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 45 || c === 0xa0 || (c > 8 && c < 14) || (c > 127 && SPACE.test(text[i]!));
};

/**
 * False when the phrase cannot match at `start`: the code unit where its second word must begin (past the first
 * word, an optional quote, one or more separators and an optional quote) is not the one it begins with.
 */
function mayMatch<T>(c: Candidate<T>, text: string, start: number): boolean {
  if (c.next < 0) return true;
  let i = start + c.gap;
  if (isQuote(text.charCodeAt(i))) i++;
  if (!isSeparator(text, i)) return false;
  while (isSeparator(text, i)) i++;
  if (isQuote(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  return (c.fold && isAsciiUpper(code) ? code + 32 : code) === c.next;
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

export class PhraseMatcher<T> {
  private readonly byWord = new Map<string, Candidate<T>[]>();
  /** by the first STEM_KEY code units of the stem, as one number (stemCode): no string slice per word */
  private readonly byStem = new Map<number, Candidate<T>[]>();

  constructor(entries: readonly { phrase: string; value: T }[], opts: { caseInsensitive: boolean; caseFirst?: boolean }) {
    const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
    for (const { phrase, value } of sorted) {
      const fw = firstWord(phrase);
      if (!fw) throw new Error(`phrase "${phrase}" has no word to index; fix the data file`);
      const re = new RegExp(`(?:${phraseSource(phrase, opts.caseFirst ?? false, opts.caseInsensitive)})${RB}`, 'y');
      const c: Candidate<T> = { re, value, stem: fw.stem ? fw.key : null, ...secondWord(phrase, opts.caseInsensitive) };
      if (fw.stem && fw.key.length >= STEM_KEY) push(this.byStem, stemCode(fw.key), c);
      else push(this.byWord, fw.key, c);
    }
  }

  /**
   * Like matchAll for several lexicons at once: `group` names the lexicon of a value; each group
   * keeps its own left-to-right, non-overlapping scan, so matches of different groups may overlap.
   */
  matchGrouped(text: string, words: readonly Word[], group: (v: T) => string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const from = new Map<string, number>();
    const best = new Map<string, PhraseMatch<T>>();
    for (const w of words) {
      const exact = this.byWord.get(w.lower);
      const stems = w.lower.length >= STEM_KEY ? this.byStem.get(stemCode(w.lower)) : undefined;
      if (!exact && !stems) continue;
      best.clear();
      for (const list of [exact, stems]) {
        if (!list) continue;
        for (const c of list) {
          if (c.stem && !w.lower.startsWith(c.stem)) continue;
          if (!mayMatch(c, text, w.start)) continue;
          const g = group(c.value);
          if ((from.get(g) ?? 0) > w.start) continue;
          c.re.lastIndex = w.start;
          const m = c.re.exec(text);
          const prev = best.get(g);
          if (m && (!prev || m[0].length > prev.end - prev.start)) best.set(g, { start: w.start, end: w.start + m[0].length, text: m[0], value: c.value });
        }
      }
      for (const [g, m] of best) {
        out.push(m);
        from.set(g, m.end);
      }
    }
    return out;
  }

  /** All matches, non-overlapping, scanning left to right; at one word the longest match wins. */
  matchAll(text: string, words: readonly Word[] = tokenize(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let from = 0;
    for (const w of words) {
      if (w.start < from) continue;
      const exact = this.byWord.get(w.lower);
      const stems = w.lower.length >= STEM_KEY ? this.byStem.get(stemCode(w.lower)) : undefined;
      if (!exact && !stems) continue;
      let best: PhraseMatch<T> | null = null;
      for (const list of [exact, stems]) {
        if (!list) continue;
        for (const c of list) {
          if (c.stem && !w.lower.startsWith(c.stem)) continue;
          if (!mayMatch(c, text, w.start)) continue;
          c.re.lastIndex = w.start;
          const m = c.re.exec(text);
          if (m && (!best || m[0].length > best.end - best.start)) best = { start: w.start, end: w.start + m[0].length, text: m[0], value: c.value };
        }
      }
      if (best) {
        out.push(best);
        from = best.end;
      }
    }
    return out;
  }
}

export interface Word { start: number; lower: string }


const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xde);
const isLower = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xf6) || (c >= 0xf8 && c <= 0xff);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The words of a text (letters or digits, split at lower→upper case changes), lowercased: the matches of
 * WORD, found by a scan over code units instead of regex calls (same words, no match arrays).
 */
export function tokenize(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isLower(c) || (isUpper(c) && j < n && isLower(text.charCodeAt(j)))) {
      // [A-Z]?[a-z]+
      if (!isLower(c)) j++;
      while (j < n && isLower(text.charCodeAt(j))) j++;
    } else if (isUpper(c)) {
      // [A-Z]+(?![a-z]): the capital before a lower-case letter starts the next word
      while (j < n && isUpper(text.charCodeAt(j))) j++;
      if (j < n && isLower(text.charCodeAt(j))) j--;
    } else if (isDigit(c)) {
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    } else {
      i++;
      continue;
    }
    out.push({ start: i, lower: text.slice(i, j).toLowerCase() });
    i = j;
  }
  return out;
}
