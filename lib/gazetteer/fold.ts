/**
 * foldName: the skeleton key of a place name under the transliteration-folding table
 * (data/geocode/transliteration.json, zod-validated and compiled once at load).
 * In: any name as written ("Ma'arrat al-Nu'man", "Mhardeh", "Sheikh Maskin"), or a key normalizeName made.
 * Out: a short key shared by its romanisation variants ("mrtnmn", "mhrd", "xkmskn"): normalised, article words
 * removed, generic head spellings unified (`words`), the letter `rules` applied word by word in the table's
 * order, words joined without spaces (so "Tal Bisa" meets "Talbiseh"). Pure; no gazetteer access.
 * `foldable(country)` says whether entries of that country are indexed by skeleton (the table's `countries`).
 */
import { z } from 'zod';
import transliterationJson from '../../data/geocode/transliteration.json';
import { parseDataFile } from './datafile';
import { normalizeName, stripArticles } from './normalize';

const Rule = z.strictObject({
  from: z.string().min(1).refine((s) => {
    try {
      new RegExp(s, 'g');
      return true;
    } catch {
      return false;
    }
  }, 'a valid JavaScript regular expression'),
  to: z.string(),
  why: z.string().min(1),
});

export const TransliterationFile = z.object({
  _about: z.string(),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'an ISO alpha-2 code')).min(1),
  _aboutCountries: z.string(),
  minKeyLength: z.number().int().positive(),
  articles: z.array(z.string().regex(/^[a-z]+$/, 'a lowercase word')).min(1),
  _aboutArticles: z.string(),
  words: z.record(z.string().regex(/^[a-z]+$/, 'a lowercase word'), z.string().regex(/^[a-z]+$/, 'a lowercase word')),
  _aboutWords: z.string(),
  rules: z.array(Rule).min(1),
});
export type TransliterationFile = z.infer<typeof TransliterationFile>;

const TABLE = parseDataFile(TransliterationFile, transliterationJson, 'data/geocode/transliteration.json');

const WORDS = new Map(Object.entries(TABLE.words));
const RULES: readonly { re: RegExp; to: string }[] = TABLE.rules.map((r) => ({ re: new RegExp(r.from, 'g'), to: r.to }));
const COUNTRIES: ReadonlySet<string> = new Set(TABLE.countries);
const ARTICLES: ReadonlySet<string> = new Set(TABLE.articles);

/** Skeletons shorter than this are never looked up (two consonants match too many unrelated names). */
export const MIN_FOLD_KEY_LENGTH = TABLE.minKeyLength;

/** Is a country's name stock folded (romanised from Arabic or Persian script)? */
export function foldable(country: string | null): boolean {
  return country !== null && COUNTRIES.has(country);
}

/** One word through the table: its head spelling unified, then every letter rule in order. */
export function foldWord(word: string): string {
  let w = WORDS.get(word) ?? word;
  for (const r of RULES) w = w.replace(r.re, r.to);
  return w;
}

/** The skeleton of a key normalizeName produced (lowercase words separated by single spaces). */
export function foldKey(key: string): string {
  const words = stripArticles(key).split(' ');
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // an article spelling before another word is dropped, hyphenated or not ("an Nu'man", "al-Nu'man")
    if (w && !(i < words.length - 1 && ARTICLES.has(w))) out += foldWord(w);
  }
  return out;
}

/** The skeleton of a name as written. */
export function foldName(name: string): string {
  return foldKey(normalizeName(name));
}
