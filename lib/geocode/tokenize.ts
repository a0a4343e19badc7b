/**
 * Tokeniser for the geoparser: one pass over the text, words with their spans and shape.
 * In: raw text. Out: Token[] (letters/digits runs) with the separator that precedes each token,
 * so later stages can ask "is this joined by a space, a hyphen, an apostrophe or a sentence break?".
 */

export interface Token {
  /** index in the token array */
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  /** first letter uppercase */
  cap: boolean;
  /** every letter uppercase and at least two letters */
  allCaps: boolean;
  /** text between the previous token's end and this token's start */
  sep: string;
  /** first token after a sentence break (or of the text) */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const UPPER = /^\p{Lu}/u;
const LOWER_ANY = /\p{Ll}/u;
const BREAK = /[.!?\n:;“”"()•|]|—|–/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = WORD.exec(text)) !== null) {
    const t = m[0];
    const sep = text.slice(prevEnd, m.index);
    const prev = out[out.length - 1];
    // "U.S. officials": the dot after a one-letter token is an abbreviation, not a sentence break
    const abbrevDot = prev !== undefined && prev.text.length <= 2 && /^\.\s?$/.test(sep) && prev.cap;
    const sentenceStart = out.length === 0 || (BREAK.test(sep) && !abbrevDot);
    out.push({
      i: out.length,
      start: m.index,
      end: m.index + t.length,
      text: t,
      lower: t.toLowerCase(),
      cap: UPPER.test(t),
      allCaps: t.length >= 2 && !LOWER_ANY.test(t) && UPPER.test(t),
      sep,
      sentenceStart,
    });
    prevEnd = m.index + t.length;
  }
  return out;
}

/** Separator is a plain in-name join: one space, or a hyphen (no sentence break, no comma, no newline). */
export function isNameJoin(sep: string): boolean {
  return sep === ' ' || sep === '-' || sep === '‐' || sep === '\u00a0';
}

export function isHyphen(sep: string): boolean {
  return sep === '-' || sep === '‐' || sep === '‑';
}
