/**
 * Texts with many place names, for the geoparser's cost-versus-size benchmark and its complexity test.
 * In: a gazetteer and a name count. Out: sentences of three names each ("Fighting was reported in X, Y and Z.").
 * `variedNames` draws distinct names deterministically from the gazetteer's cities, towns and villages (a fixed
 * stride through the entries, so every country with many entries appears), every fourth name a repeat of an
 * earlier one; `repeatedNames` cycles through fifteen well-known names.
 */
import type { MemoryGazetteer } from '../lib/gazetteer';

const REPEATED = [
  'Aleppo', 'Homs', 'Idlib', 'Damascus', 'Hama', 'Raqqa', 'Deir ez-Zor', 'Daraa', 'Latakia', 'Tartus',
  'Kobani', 'Manbij', 'Palmyra', 'Afrin', 'Qamishli',
];

const LOCAL_KINDS = new Set(['city', 'town', 'village']);
/** a stride coprime with any gazetteer size that is not one of its multiples: visits entries all over the table */
const STRIDE = 7919;

/** `n` names, distinct ones from the gazetteer with every fourth a repeat of an earlier one. */
export function variedNames(g: MemoryGazetteer, n: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let i = 0;
  for (let visited = 0; out.length < n && visited < g.size * 2; visited++) {
    i = (i + STRIDE) % g.size;
    if (out.length % 4 === 3) {
      out.push(out[(out.length * 31) % out.length]!);
      continue;
    }
    const e = g.at(i);
    // plain names only: one to three words of letters, so the text reads as names in a list
    if (!LOCAL_KINDS.has(e.kind) || !/^\p{Lu}\p{L}+( \p{Lu}\p{L}+){0,2}$/u.test(e.name) || seen.has(e.name)) continue;
    seen.add(e.name);
    out.push(e.name);
  }
  return out;
}

export function repeatedNames(n: number): string[] {
  return Array.from({ length: n }, (_, k) => REPEATED[k % REPEATED.length]!);
}

/** The names in sentences of three. */
export function namesText(names: readonly string[]): string {
  const parts: string[] = [];
  for (let k = 0; k < names.length; k += 3) {
    const [a, b, c] = names.slice(k, k + 3);
    parts.push(c ? `Fighting was reported in ${a}, ${b} and ${c}.` : b ? `Fighting was reported in ${a} and ${b}.` : `Fighting was reported in ${a}.`);
  }
  return parts.join(' ');
}
