/**
 * normalizeName: the ONE key function shared by the gazetteer build and every lookup.
 * In: any place name as written ("Ṭarṭūs", "al-Bab", "Deir ez-Zor", "Mare'").
 * Out: a lowercase ASCII-ish key: diacritics stripped (NFKD), apostrophes and ayn/hamza marks dropped,
 * hyphens, dots and other punctuation turned into single spaces, and every Arabic article
 * (al-, el-, ad-, ar-, as-, ash-, at-, az-, an-, …) written as "al". An article is only recognised as a
 * whole word followed by another word (after a hyphen or a space), so "Alabama" stays "alabama"; the spellings
 * that are also English words (an, as, at, …) only count when hyphenated or capitalised, so "at Tartus" keeps "at".
 * stripArticles() removes those canonical "al" words so "Bab" and "al-Bab" can meet.
 */

/** Arabic definite article spellings (sun-letter assimilations included), as whole words. */
const ARTICLES = new Set([
  'al', 'el', 'il', 'ul',
  'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'an', 'ed', 'edh', 'er', 'es', 'esh', 'et', 'eth', 'ez', 'en',
]);

const APOSTROPHES = /['’‘ʿʾ`´ʼʻ"“”]/g;
const COMBINING = /[\u0300-\u036f]/g;
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h',
};
const SPECIAL_RE = /[ßæœøđðþłıħ]/g;

/**
 * Article spellings that are also everyday English/Latin words ("at Tartus", "as Kerry said"): only an article
 * when hyphenated ("as-Suwayda") or capitalised ("As Suwayda", "At Tanf"), as gazetteers write them.
 */
const AMBIGUOUS = new Set(['an', 'as', 'at', 'ad', 'en', 'es', 'et', 'ed', 'er', 'il', 'ul']);

const NON_ASCII = /[^\x00-\x7f]/;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[A-Za-z0-9]+/g;
const UPPER = /^\p{Lu}/u;

function lowerWord(w: string): string {
  const l = w.toLowerCase();
  return NON_ASCII.test(l) ? l.replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c) : l;
}

export function normalizeName(s: string): string {
  let t = NON_ASCII.test(s) ? s.normalize('NFKD').replace(COMBINING, '') : s;
  t = t.replace(APOSTROPHES, '');
  const re = NON_ASCII.test(t) ? WORD : ASCII_WORD;
  re.lastIndex = 0;
  const words: string[] = [];
  const hyphenAfter: boolean[] = [];
  let m: RegExpExecArray | null;
  let prevEnd = -1;
  while ((m = re.exec(t)) !== null) {
    if (prevEnd >= 0) hyphenAfter[words.length - 1] = /[-‐‑–—]/.test(t.slice(prevEnd, m.index));
    words.push(m[0]);
    prevEnd = m.index + m[0].length;
  }
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const l = lowerWord(w);
    // an article is a whole word followed by another word; "Al" alone or last stays as written
    const isArticle = i < words.length - 1 && ARTICLES.has(l) && (!AMBIGUOUS.has(l) || hyphenAfter[i] === true || UPPER.test(w));
    out += (i ? ' ' : '') + (isArticle ? 'al' : l);
  }
  return out;
}

/** Remove canonical article words from a normalised key ("al bab" → "bab", "ras al ayn" → "ras ayn"). */
export function stripArticles(key: string): string {
  if (!key.includes('al ')) return key;
  const words = key.split(' ');
  const kept = words.filter((w, i) => !(w === 'al' && i < words.length - 1));
  return kept.length > 0 ? kept.join(' ') : key;
}

/** True when a key carries at least one article word that stripArticles would drop. */
export function hasArticle(key: string): boolean {
  return stripArticles(key) !== key;
}
