/**
 * The text an event is searched by (filter `q`) and how a query is matched, shared by every backend.
 * In: a ConflictEvent and its article title; a query string (plus, optionally, spelling variants of it).
 * Out: one folded search text per event (stored in the SQL backends' `search` column) and the needles to find in it.
 *
 * Folding (foldSearch): lower case, diacritics dropped (NFKD), apostrophes and ayn/hamza marks dropped, every run of
 * other characters (punctuation, hyphens, quotes, NUL) one space — so "Ţarţūs", "TARTUS" and "Tartus" are one
 * text and "al-Bab" equals "Al Bāb". The search text is the folded quote, article title, the place's gazetteer name,
 * its display name (lib/geo displayPlaceName) and the mention text that located it. A query matches when its folded
 * form is a substring of the search text, or one of its variants appears there as whole words. Spelling variants ("Tartous"
 * for Ţarţūs) are found by the read side (lib/api/search.ts: the gazetteer's alternate names and transliteration
 * skeletons) and handed to the store as `variants`; the store itself needs no gazetteer.
 */
import type { ConflictEvent } from '../schemas';
import { displayPlaceName } from '../geo';

const APOSTROPHES = /['’‘ʿʾ`´ʼʻ]/g;
const COMBINING = /[\u0300-\u036f]/g;
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h' };
const SPECIAL_RE = /[ßæœøđðþłıħ]/g;
const OTHER = /[^\p{L}\p{N}]+/gu;
const NON_ASCII = /[^\x00-\x7f]/;
/** a character neither ASCII nor General Punctuation (U+2000–206F holds no letter or number) */
const RARE = /[^\x00-\x7f\u2000-\u206f]/;
const NOT_ALNUM = /[^A-Za-z0-9]+/g;

/** Folded form of any text: lower case, no diacritics or apostrophes, other characters as single spaces, trimmed. */
export function foldSearch(s: string): string {
  // ASCII is its own NFKD form
  const t = (NON_ASCII.test(s) ? s.normalize('NFKD').replace(COMBINING, '') : s)
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(APOSTROPHES, '');
  // every run of other characters → one space. OTHER (Unicode classes) cost ≈ 7 µs on a two-byte sentence, most of
  // a report's search text (bench/ingest): runs between ASCII letters and digits are found by a plain regex, and
  // only a run holding a character outside ASCII and General Punctuation is split by OTHER — the same runs (no
  // run of OTHER crosses an ASCII letter or digit)
  const spaced = RARE.test(t) ? t.replace(NOT_ALNUM, (run) => (RARE.test(run) ? run.replace(OTHER, ' ') : ' ')) : t.replace(NOT_ALNUM, ' ');
  return spaced.trim();
}

/**
 * The folded search text of an event (what `q` is matched against); lines: quote, title, place names, each line
 * with a space before and after so a variant can be matched as whole words (" tartous ").
 */
export function searchText(e: ConflictEvent, title: string): string {
  const names = e.place ? [e.place.name, displayPlaceName(e.place), e.place.text] : [];
  return [e.quote.text, title, ...names].map((s) => ` ${foldSearch(s)} `).join('\n');
}

/** Most variants one query carries into the store (each is one more substring test). */
export const MAX_SEARCH_VARIANTS = 24;
/** Shortest folded variant used: shorter names ("Bab") would match too many unrelated words. */
export const MIN_VARIANT_LENGTH = 4;

/**
 * The distinct folded needles of a query and its variants, the query first: the query as a substring, each variant
 * (at least MIN_VARIANT_LENGTH characters folded, at most MAX_SEARCH_VARIANTS of them) as whole words (" tartous ").
 * Empty when the query folds to nothing (the query schema rejects such a q).
 */
export function searchNeedles(q: string, variants: readonly string[] = []): string[] {
  const out = new Set<string>();
  const first = foldSearch(q);
  if (first) out.add(first);
  let n = 0;
  for (const v of variants) {
    if (n >= MAX_SEARCH_VARIANTS) break;
    const f = foldSearch(v);
    if (f.length < MIN_VARIANT_LENGTH || f === first) continue;
    const needle = ` ${f} `;
    if (!out.has(needle)) {
      out.add(needle);
      n++;
    }
  }
  return [...out];
}

/** True when the search text contains one of the needles (no needle: nothing matches). */
export function matchesSearch(text: string, needles: readonly string[]): boolean {
  return needles.some((n) => text.includes(n));
}
