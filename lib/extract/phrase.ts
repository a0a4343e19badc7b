/**
 * Phrase → regular-expression source, shared by every lexicon in data/extract.
 * In: a phrase such as "air strike*" or "push * out" (space = spaces or hyphens, trailing * = any
 * word ending, a lone * = one to four words). Out: a regex source with letter/digit boundaries.
 * All compilation happens once at load; nothing here runs per sentence.
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

function escapeWord(w: string, ci = false): string {
  const e = w.replace(SPECIAL, '\\$&');
  return (ci ? e.replace(/[a-zA-Z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`) : e).replace(/['’]/g, "['’]").replace(/-/g, '[-‐–]');
}

/** Regex source for one phrase; `caseFirst` makes a lowercase first letter match either case. */
export function phraseSource(phrase: string, caseFirst = false, ci = false): string {
  const words = phrase.trim().split(/\s+/);
  const parts = words.map((w) => {
    // (a figure with inner commas is one word: "seized 1,5 tons of", "685,000 packs")
    if (w === '*') return "(?:(?:[0-9]+(?:,[0-9]+)+|[A-Za-zÀ-ÖØ-öø-ÿ0-9'’.-]+)\\s+){0,3}?(?:[0-9]+(?:,[0-9]+)+|[A-Za-zÀ-ÖØ-öø-ÿ0-9'’.-]+)";
    const wild = w.endsWith('*') && w.length > 1;
    const core = wild ? w.slice(0, -1) : w;
    return escapeWord(core, ci) + (wild ? "[a-zß-öø-ÿ'’-]*" : '');
  });
  let src = parts.join('["“”‘’]?[\\s\\u00a0-]+["“”‘’]?');
  if (caseFirst) {
    const first = phrase.trim()[0];
    if (first && first.toLowerCase() === first && first.toUpperCase() !== first) {
      src = `[${first}${first.toUpperCase()}]` + src.slice(escapeWord(first).length);
    }
  }
  return src;
}

/**
 * Left and right boundaries: no letter or digit may touch the phrase, except a lower→upper case
 * change, which is how glued captions read ("CeasefireFighting", "fightersAt least").
 */
export const LB = '(?:(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9])|(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ]))';
export const RB = '(?:(?![A-Za-zÀ-ÖØ-öø-ÿ0-9])|(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ]))';

/** One alternation of many phrases, longest first so the longest wins at a position. */
export function alternation(phrases: readonly string[], caseFirst = false, ci = false): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return sorted.map((p) => phraseSource(p, caseFirst, ci)).join('|');
}

/**
 * A plain alternation of words, in the data file's order: regex specials escaped, nothing else
 * rewritten (no hyphen or quote variants, no reordering); each space of a phrase becomes `space`
 * (a literal space unless given, e.g. '\\s+'). For rules whose regex was written by hand around a
 * word list: the list moves to data and the regex stays the same.
 */
export function anyOf(words: readonly string[], space = ' '): string {
  return words.map((w) => w.replace(SPECIAL, '\\$&').replace(/ /g, space)).join('|');
}

/** Normalised key for looking a matched text back up in a table. */
export function phraseKey(s: string): string {
  return s.toLowerCase().replace(/[’]/g, "'").replace(/["“”‘]/g, '').replace(/[\s\u00a0‐–-]+/g, ' ').trim();
}

/** Plain boundaries for regexes compiled with the i flag (where a case change cannot be seen). */
export const LBI = '(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9])';
export const RBI = '(?![A-Za-zÀ-ÖØ-öø-ÿ0-9])';

/**
 * Compile a list of phrases into a regex with boundaries. An 'i' in flags is honoured by spelling
 * letters as [aA] classes instead (faster in V8, and the glued-caption boundary stays visible).
 */
export function compileList(phrases: readonly string[], flags = 'gi'): RegExp {
  if (phrases.length === 0) return /(?!)/g;
  const ci = flags.includes('i');
  return new RegExp(`${LB}(?:${alternation(phrases, false, ci)})${RB}`, flags.replace('i', ''));
}

/** True when `text` ends with one of the cue phrases (checked with a precompiled `$`-anchored regex). */
export function compileSuffix(phrases: readonly string[]): RegExp {
  return new RegExp(`${LBI}(?:${alternation(phrases)})[\\s,]*$`, 'i');
}

/** Regex matching text that starts with one of the phrases. */
export function compilePrefix(phrases: readonly string[]): RegExp {
  return new RegExp(`^[\\s,]*(?:${alternation(phrases)})${RBI}`, 'i');
}
