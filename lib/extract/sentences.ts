/**
 * Sentence splitting and quotation spans.
 * In: article text (paragraphs separated by newlines). Out: sentences as spans into the text, with
 * their paragraph index; quoted spans (“…”, "…") so speech can be told from news.
 * Abbreviations (Mr., Feb.) and clause words come from data/extract/sentences.json; dotted initialisms
 * (U.S., a.m.) are recognised by shape. A sentence never crosses a line break.
 */
import { getLexicon } from './lexicon';

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface QuotedSpan { start: number; end: number; words: number }

const INITIALISM = /^(?:\p{L}\.)+$/u;
const BOUNDARY = /[.!?…]+["”’')\]]*(?=\s)/gu;
const NEXT_START = /^\s+["“‘'(\[]?[\p{Lu}\p{N}]/u;
/**
 * A wire dateline opening a paragraph: "KYIV, Oct 12 (Reuters) - ", "GAZA CITY (AP) — ",
 * "Khartoum (Reuters) – ", "BEIRUT — ". It says where the reporter filed from, not where anything
 * happened: it is left out of the sentence (so out of quotes, places and dates).
 */
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu}'’.-]{2,}(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?\s*(?:\(\p{Lu}[\p{L} .&/-]{0,30}\)\s*)?|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)?\s*\(\p{Lu}[\p{L} .&/-]{0,30}\)\s*)[-—–]+\s+/u;

const datelineMemo = new Map<string, number>();

/** Length of the dateline that opens `line`, or 0 (memoised by the line's head: every line is asked twice). */
export function datelineLength(line: string): number {
  const head = line.slice(0, 90);
  let n = datelineMemo.get(head);
  if (n === undefined) {
    const m = DATELINE.exec(head);
    n = m ? m[0].length : 0;
    if (datelineMemo.size >= 20_000) datelineMemo.clear();
    datelineMemo.set(head, n);
  }
  return n;
}

function isAbbreviation(text: string, dot: number): boolean {
  // the token that ends at the period (dot = index of the first boundary char)
  let s = dot;
  while (s > 0 && !/\s/.test(text[s - 1] ?? ' ')) s--;
  const token = text.slice(s, dot + 1).replace(/^["“‘'(\[]+/, '');
  if (INITIALISM.test(token)) return true;
  const bare = token.replace(/\.$/, '').toLowerCase();
  return getLexicon().abbreviations.has(bare);
}

function splitParagraph(text: string, pStart: number, pEnd: number, out: Omit<Sentence, 'index' | 'paragraph'>[]): void {
  const para = text.slice(pStart, pEnd);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(para)) !== null) {
    const end = m.index + m[0].length;
    if (!NEXT_START.test(para.slice(end, end + 4))) continue;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(para, m.index)) continue;
    push(text, pStart + from, pStart + end, out);
    from = end;
  }
  push(text, pStart + from, pEnd, out);
}

function push(text: string, start: number, end: number, out: Omit<Sentence, 'index' | 'paragraph'>[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** The datelines that open lines ("KYIV, Oct 12 (Reuters) - "): where a reporter filed from. */
export function datelineSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const LINE = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = LINE.exec(text)) !== null) {
    const n = datelineLength(m[0]);
    if (n > 0) out.push({ start: m.index, end: m.index + n });
  }
  return out;
}

/** Split text into sentences; spans index into `text`. */
export function splitSentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  const LINE = /[^\n]+/g;
  let m: RegExpExecArray | null;
  let paragraph = 0;
  while ((m = LINE.exec(text)) !== null) {
    if (m[0].trim() === '') continue;
    const parts: Omit<Sentence, 'index' | 'paragraph'>[] = [];
    splitParagraph(text, m.index + datelineLength(m[0]), m.index + m[0].length, parts);
    for (const p of parts) result.push({ start: p.start, end: p.end, text: p.text, index: result.length, paragraph });
    paragraph++;
  }
  return result;
}

const QUOTE_PAIR = /“[^”\n]*(?:”|$)|"[^"\n]*(?:"|$)/gmu;

/** Quoted spans per line; an unclosed opening quote runs to the end of its paragraph. */
export function quotedSpans(text: string): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  QUOTE_PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_PAIR.exec(text)) !== null) {
    if (m[0].length === 0) { QUOTE_PAIR.lastIndex++; continue; }
    const words = m[0].split(/\s+/).filter(Boolean).length;
    out.push({ start: m.index, end: m.index + m[0].length, words });
  }
  return out;
}

/** ", which backs the GNA," / ", who …,": a relative clause right after a name, before its verb (sentences.json). */
export const relativeClause = (): RegExp => getLexicon().relativeClause;

/** Words that open another clause: a date or cue across one belongs to something else (sentences.json). */
export const clauseGap = (): RegExp => getLexicon().clauseGap;

/** Items of a start-sorted list lying inside the span (binary search, then a short scan). */
export function within<T extends { start: number; end: number }>(list: readonly T[], s: { start: number; end: number }): T[] {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i]!.start < s.end; i++) if (list[i]!.end <= s.end) out.push(list[i]!);
  return out;
}

/** Index of the sentence that starts at `start`, or -1 (binary search). */
export function sentenceIndexAt(sentences: readonly Sentence[], start: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = sentences[mid]!;
    if (x.start === start) return mid;
    if (x.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
