/**
 * displayPlaceName: the conventional English form a place is shown under, derived from its gazetteer name by one
 * general rule plus a small curated table (data/gazetteer/display-names.json). Zod-free and table-light, so client
 * components (markers, list, popups) and the server (pages, search text) compute the same name.
 * In: a place reference ({ id, name, country }). Out: "Tartus" for "Ţarţūs", "al-Bab" for "Al Bāb", "Geneva" for
 * "Genève" (curated), the name itself when it is already plain ASCII English ("Aleppo", "Deir ez-Zor").
 *
 * The rule: (1) a curated override by id wins; (2) otherwise diacritics are dropped (NFKD) and the ayn/hamza marks
 * ("‘", "ʿ", "ʾ") removed — the GeoNames "asciiname" form; (3) for places in the countries whose names are romanised
 * from Arabic or Persian script (data/geocode/transliteration.json `countries`), an article written as a separate
 * word before another word ("Al Bāb", "Ras al ‘Ayn", "Ar Raqqah") becomes "al-" joined to that word, as English
 * news writes it ("al-Bab", "Ras al-Ayn", "al-Raqqah"); a hyphenated article ("Deir ez-Zor") is left as written.
 * If folding would leave non-Latin letters the name is returned unchanged.
 */
import displayNames from '../../data/gazetteer/display-names.json';
import transliteration from '../../data/geocode/transliteration.json';

export interface NamedPlace {
  id: string;
  name: string;
  country: string | null;
}

const OVERRIDES: ReadonlyMap<string, string> = new Map(
  Object.entries((displayNames as { overrides: Record<string, { name: string }> }).overrides).map(([id, o]) => [id, o.name]),
);
const ARTICLE_COUNTRIES: ReadonlySet<string> = new Set((transliteration as { countries: string[] }).countries);
const ARTICLES: ReadonlySet<string> = new Set((transliteration as { articles: string[] }).articles);

const COMBINING = /[\u0300-\u036f]/g;
const MARKS = /[‘’ʿʾʼʻ`´]/g;
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', þ: 'th', ł: 'l', Ł: 'L', ı: 'i', ħ: 'h', Ħ: 'H',
};
const SPECIAL_RE = /[ßæÆœŒøØđĐðþłŁıħĦ]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** ASCII form of a Latin-script name: diacritics and ayn/hamza marks dropped ("Ţarţūs" → "Tartus"); null if other scripts remain. */
export function asciiName(name: string): string | null {
  if (!NON_ASCII.test(name)) return name;
  const out = name
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(MARKS, '')
    .replace(/\s+/g, ' ')
    .trim();
  return NON_ASCII.test(out) || out === '' ? null : out;
}

/** "Al Qusayr" → "al-Qusayr", "Ras al Ayn" → "Ras al-Ayn": a separate article word joined to the next word as "al-". */
export function normaliseArticles(name: string): string {
  const words = name.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next !== undefined && /^[A-Za-z]/.test(next) && ARTICLES.has(w.toLowerCase())) {
      out.push(`al-${next}`);
      i++;
    } else out.push(w);
  }
  return out.join(' ');
}

/** The name a place is shown under (see the header for the rule). */
export function displayPlaceName(p: NamedPlace): string {
  const curated = OVERRIDES.get(p.id);
  if (curated) return curated;
  const ascii = asciiName(p.name);
  if (ascii === null) return p.name;
  return p.country !== null && ARTICLE_COUNTRIES.has(p.country) ? normaliseArticles(ascii) : ascii;
}

/** The gazetteer's own name when it differs from the display name ("Ţarţūs" for Tartus), else null. */
export function originalPlaceName(p: NamedPlace): string | null {
  return displayPlaceName(p) === p.name ? null : p.name;
}
