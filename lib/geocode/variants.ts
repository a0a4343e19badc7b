/**
 * Spelling variants and compound heads in running text (used by recognise.ts's name-matching loop).
 * In: tokens, a candidate name's token range, the spans found so far, the exact lookup.
 * Out: headOf — the generic head opening a name ("Tal", "Kafr", "Ra's": data/geocode/variants.json heads);
 * variantAllowed — may this name be read as a spelling variant at all (not a movement, faith, first name,
 * title, acronym); variantEvidence — does the text mark it as a place (a locative word before it, a kind word
 * after it, a known place as its parent or beside it in a list, a head that only opens place names);
 * keepVariantsInContext — a variant reading must lie in a country the text names otherwise (a place found
 * exactly, or a demonym), so a US or Greek name never folds onto an Afghan or Egyptian town; a text naming no
 * country keeps a variant written almost as the gazetteer writes it ("Banadir" for Banaadir: variants.json closeEdits).
 * Every check reads a few tokens around the name (constant work per name); the context pass is one linear pass.
 */
import { distance } from 'fastest-levenshtein';
import { foldName, normalizeName, stripArticles } from '../gazetteer';
import type { GazetteerEntry, PlaceKind } from '../schemas';
import { LEXICON, type CompoundHead } from './lexicon';
import { apostropheJoin, type Token } from './tokenize';
import type { Span } from './types';

export interface Head {
  row: CompoundHead;
  /** last token of the head (its apostrophe half included: "Ra|'s", "Ma|'arat") */
  end: number;
}

/** The generic head opening the name at token i, or null. */
export function headOf(tokens: readonly Token[], i: number): Head | null {
  let spelling = tokens[i]!.lower;
  let end = i;
  const n = tokens[i + 1];
  if (n !== undefined && !n.cap && apostropheJoin(tokens, i + 1)) {
    // "Ra's al-Ayn": the clitic-like half belongs to the head (apostropheJoin lets it through only before an article)
    if (n.lower === 's') end = i + 1;
    // "Ma'arat", "Qal'at", "Bi'r": a head written in two halves around the apostrophe
    else if (LEXICON.compoundHeads.has(spelling + n.lower)) {
      spelling += n.lower;
      end = i + 1;
    }
  }
  const row = LEXICON.compoundHeads.get(spelling);
  return row ? { row, end } : null;
}

/** Kinds of a known place that may stand as a variant's parent or list neighbour ("X, Idlib", "X and Hama"). */
const ANCHOR_KINDS: ReadonlySet<PlaceKind> = new Set<PlaceKind>(['country', 'admin1', 'admin2', 'region', 'city', 'town']);

/** May tokens i..k be read as a spelling variant? Not a word that is usually something else, nor an acronym. */
export function variantAllowed(tokens: readonly Token[], i: number, k: number, head: Head | null): boolean {
  // "Sheikh" is a title and a head: as a head it opens a name and asks for stronger evidence (variantEvidence)
  if (head === null && LEXICON.personTitles.has(tokens[i]!.lower)) return false;
  let letters = '';
  for (let x = i; x <= k; x++) {
    const t = tokens[x]!;
    if (t.allCaps && t.text.length > 1) return false;
    if (LEXICON.neverVariants.has(t.lower)) return false;
    // a word half after an apostrophe belongs to the word before it ("Qur'an")
    letters += (x > i && !apostropheJoin(tokens, x) ? ' ' : '') + t.lower;
  }
  for (const w of letters.split(' ')) if (LEXICON.neverVariants.has(w)) return false;
  if (i === k || !letters.includes(' ')) {
    if (LEXICON.ambiguous.has(letters) || LEXICON.calendar.has(letters) || LEXICON.firstNames.has(letters) || LEXICON.titles.has(letters)) return false;
  }
  return true;
}

/** A known place (of ANCHOR_KINDS) written at token k (alone or with the next joined word). */
function anchorAt(tokens: readonly Token[], k: number, lookup: (name: string) => GazetteerEntry[]): boolean {
  const t = tokens[k];
  if (t === undefined || !t.cap) return false;
  const ok = (es: GazetteerEntry[]) => es.some((e) => ANCHOR_KINDS.has(e.kind));
  if (ok(lookup(t.text))) return true;
  const n = tokens[k + 1];
  return n !== undefined && n.cap && (n.sep === ' ' || n.sep === '-') && ok(lookup(`${t.text} ${n.text}`));
}

const COMMA = /^\s*,\s*$/;

/** Does the text mark tokens i..k as a place? (see the file header; the words are in variants.json and cues.json) */
export function variantEvidence(
  tokens: readonly Token[], i: number, k: number, out: readonly Span[], lookup: (name: string) => GazetteerEntry[], head: Head | null,
): boolean {
  if (head !== null && head.row.placeWord && head.end < k) return true;
  const first = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev !== undefined && !prev.cap && !first.sentenceStart && /^\s$/.test(first.sep)) {
    const personish = (head !== null && !head.row.placeWord) || LEXICON.firstNames.has(first.lower);
    if (LEXICON.variantEvidenceBefore.has(prev.lower) || LEXICON.variantKindBefore.has(prev.lower)) return true;
    if (!personish && LEXICON.variantWeakEvidenceBefore.has(prev.lower)) return true;
    const before = tokens[i - 2];
    if (prev.lower === 'of' && before !== undefined && !/[,.;]/.test(prev.sep) && LEXICON.ofHeads.has(before.lower)) return true;
  }
  const next = tokens[k + 1];
  if (next !== undefined && !next.sentenceStart) {
    if (!next.cap && next.sep === ' ' && LEXICON.regionSuffixes.has(next.lower)) return true;
    if (COMMA.test(next.sep) && anchorAt(tokens, k + 1, lookup)) return true;
    if (!next.cap && next.sep === ' ' && (next.lower === 'in' || LEXICON.listJoiners.has(next.lower)) && anchorAt(tokens, k + 2, lookup)) return true;
  }
  // listed after a known place: "Saraqib, Sarakeb and …", "Hama and Mhardeh"
  const last = out[out.length - 1];
  if (last !== undefined && last.role === 'place' && last.entries.length > 0) {
    // after a comma only when the list goes on after it ("Saraqib, Sarakeb and …"), not "In Homs, Xyz said"
    if (last.last === i - 1 && COMMA.test(first.sep) && next !== undefined && (COMMA.test(next.sep) || (!next.cap && LEXICON.listJoiners.has(next.lower)))) return true;
    if (last.last === i - 2 && prev !== undefined && LEXICON.listJoiners.has(prev.lower) && !prev.cap) return true;
  }
  return false;
}

/** A name as compared letter by letter: normalised, articles and spaces removed ("Ain Oussara" → "ainoussara"). */
const compact = (name: string): string => stripArticles(normalizeName(name)).replace(/ /g, '');

/**
 * Is e a region or a large place (or `written` a compound with a place head), and `written` within the table's
 * edit allowance of a name of e sharing its skeleton?
 */
function writtenClose(written: string, e: GazetteerEntry): boolean {
  const C = LEXICON.variantClose;
  // a compound opened by a head that only names places ("Kafr Qaseem") is trusted at any size
  const headed = LEXICON.compoundHeads.get(written.slice(0, written.search(/[^\p{L}]|$/u)).toLowerCase())?.placeWord === true;
  if (!headed && !C.kinds.has(e.kind) && (e.population ?? 0) < C.minPopulation) return false;
  const skeleton = foldName(written);
  const w = compact(written);
  const allowed = Math.max(C.minEdits, Math.round(C.share * w.length));
  for (const form of [e.name, ...e.alt]) {
    if (foldName(form) === skeleton && distance(w, compact(form)) <= allowed) return true;
  }
  return false;
}

/**
 * Keep a variant's readings in the countries the text names by other means (the first reading of each name found
 * exactly, each demonym's country); in a text that names no country, the readings it is written almost exactly like. Out: the spans kept (in order) and the variants dropped (none of their readings
 * is in such a country), whose words the caller reads again without variants.
 */
export function keepVariantsInContext(spans: Span[]): { kept: Span[]; dropped: Span[] } {
  if (!spans.some((s) => s.variant !== undefined)) return { kept: spans, dropped: [] };
  const countries = new Set<string>();
  for (const s of spans) {
    if (s.variant !== undefined) continue;
    const c = s.source === 'demonym' ? s.demonymCountry : s.entries[0]?.country;
    if (c) countries.add(c);
  }
  const kept: Span[] = [];
  const dropped: Span[] = [];
  for (const s of spans) {
    if (s.variant === undefined) {
      kept.push(s);
      continue;
    }
    let inText = s.entries.filter((e) => e.country !== null && countries.has(e.country));
    // a text that names no country at all (a terse note) may still name a region or a city all but exactly
    if (inText.length === 0 && countries.size === 0) inText = s.entries.filter((e) => writtenClose(s.text, e));
    if (inText.length === 0) {
      dropped.push(s);
      continue;
    }
    if (inText.length < s.entries.length) {
      s.entries = inText;
      s.variant = inText[0]!.name;
      s.notes[s.notes.length - 1] = `spelling variant of ${s.variant}`;
    }
    kept.push(s);
  }
  return { kept, dropped };
}
