/**
 * Tokeniser for the geoparser: one pass over the text, words with their spans and shape.
 * In: raw text. Out: Token[] (letters/digits runs) with the separator that precedes each token,
 * so later stages can ask "is this joined by a space, a hyphen, an apostrophe or a sentence break?".
 * Why the extractor has its own (lib/extract/matcher.ts `tokenize`, Word[]): the two cut words
 * differently on purpose. Here a token is a maximal run of any Unicode letters and digits ("McDonald",
 * "Ḩalab", "M5" are one token each), which is what a place name is made of. The extractor's words
 * are the word starts of its phrase regexes: Latin letters only, split at a lower→upper case change
 * (glued captions, "CeasefireFighting") and between letters and digits. One tokenizer would change
 * which names the geoparser joins or which phrases the extractor tries, i.e. the output.
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

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}/u;
const LOWER_ANY = /\p{Ll}/u;
const BREAK = /[.!?\n:;“”"()•|]|—|–/;

/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 neither (the rest is asked of WORD_CHAR). */
const wordTable = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const ascii = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  wordTable[c] = ascii ? 1 : 2;
}

/** Is the code point a letter or a digit (\p{L} or \p{N})? */
function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) {
    let v = wordTable[cp]!;
    if (v === 0) wordTable[cp] = v = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
    return v === 1;
  }
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** First letter uppercase (\p{Lu}); ASCII answered without the regex. */
function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t);
}

/** Words: maximal runs of letters and digits (code points, as /[\p{L}\p{N}]+/gu finds them). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    let cp = text.codePointAt(i)!;
    if (!isWordCodePoint(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do i += cp > 0xffff ? 2 : 1;
    while (i < n && isWordCodePoint((cp = text.codePointAt(i)!)));
    const t = text.slice(start, i);
    const sep = text.slice(prevEnd, start);
    const prev = out[out.length - 1];
    // "U.S. officials": the dot after a one-letter token is an abbreviation, not a sentence break
    const abbrevDot = prev !== undefined && prev.text.length <= 2 && /^\.\s?$/.test(sep) && prev.cap;
    const sentenceStart = out.length === 0 || (sep !== ' ' && BREAK.test(sep) && !abbrevDot);
    const cap = startsUpper(t);
    out.push({
      i: out.length,
      start,
      end: i,
      text: t,
      lower: t.toLowerCase(),
      cap,
      allCaps: t.length >= 2 && cap && !LOWER_ANY.test(t),
      sep,
      sentenceStart,
    });
    prevEnd = i;
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

/** An apostrophe, ʿayn or hamza mark written inside a word ("Dar'a", "A‘zaz", "Qal’at"). */
const APOSTROPHE_IN_WORD = /^['’ʿʾ‘ʼ`]$/;
/** The same mark opening a word after a lowercase article ("al 'Ayn", "al-‘Ayn"). */
const APOSTROPHE_AFTER_ARTICLE = /^[ \-‐][’'ʿʾ‘ʼ`]$/;
/** English clitics after an apostrophe ("Syria's", "don't", "we'll"): the possessive is not part of a name. */
const CLITICS: ReadonlySet<string> = new Set(['s', 't', 'd', 'll', 're', 've', 'm']);
/** Arabic article spellings that may follow "Ra's" ("Ra's al-Ayn", "Ra's an Naqurah"). */
const ARTICLE_AFTER_CLITIC: ReadonlySet<string> = new Set(['al', 'el', 'an', 'as', 'ash', 'ad', 'ar', 'at', 'az', 'ez', 'es', 'en', 'ed']);

/**
 * Token k continues the word or name before it across an apostrophe: the second half of "Dar'a", "A'zaz",
 * "Ma'arat", "Nu'man", or a word after an article written with its ʿayn ("al 'Ayn"). A clitic ("Syria's")
 * only continues a name when an Arabic article follows it ("Ra's al-Ayn").
 */
export function apostropheJoin(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const p = tokens[k - 1];
  if (t === undefined || p === undefined) return false;
  if (APOSTROPHE_IN_WORD.test(t.sep)) {
    if (!CLITICS.has(t.lower)) return true;
    const n = tokens[k + 1];
    return t.lower === 's' && n !== undefined && isNameJoin(n.sep) && ARTICLE_AFTER_CLITIC.has(n.lower);
  }
  return t.cap && !p.cap && APOSTROPHE_AFTER_ARTICLE.test(t.sep) && ARTICLE_AFTER_CLITIC.has(p.lower);
}
