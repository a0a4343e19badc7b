/**
 * Stage 1, recognition: find every candidate toponym span in the text.
 * In: text, its tokens, a cached gazetteer lookup. Out: Span[] in text order, each with its gazetteer entries.
 * Capitalised token runs (with in-name connectors: "Deir ez-Zor", "Isle of Man", "Bosnia and Herzegovina")
 * are checked against the gazetteer longest-match-first; written abbreviations ("U.S.", "Ga.") and
 * demonyms ("Iraqi") come from data/geocode. Roles are assigned later by classify.
 * A name the gazetteer does not hold exactly may be a spelling variant (lookup.variant: the transliteration
 * skeleton, "Mhardeh" → Muḩradah): kept only with place evidence in the text (variants.ts). Compound names
 * opened by a generic head ("Tal Abyad", "Kafr Nabl": data/geocode/variants.json) are matched whole or not at all,
 * and a bare head ("near Tal") is never a place. An apostrophe inside a word joins it ("Dar'a", "Ma'arat").
 */
import type { GazetteerEntry } from '../schemas';
import { DOTTED_ABBREVIATIONS, LEXICON } from './lexicon';
import { THRESHOLDS } from './data';
import { apostropheJoin, isNameJoin, type Token } from './tokenize';
import { headOf, keepVariantsInContext, variantAllowed, variantEvidence } from './variants';
import type { Span } from './types';

/** Exact lookup; `variant`, when the gazetteer offers it, finds spelling variants (Gazetteer.lookupVariant). */
export type Lookup = ((name: string) => GazetteerEntry[]) & { variant?: (name: string) => GazetteerEntry[] };

const R = THRESHOLDS.recognise;
const MAX_NAME_TOKENS = R.maxNameTokens;
/** Arabic article spellings that may open a name in lowercase ("al-Qaim", "el-Arish"). */
const LOWER_OPENERS = LEXICON.lowercaseNameOpeners;
/** "Colonia", "Bairro": a word that opens the name of a part of town (thresholds.json abstain.neighbourhoodNamePrefixes) */
const PART_OF_TOWN_OPENERS: ReadonlySet<string> = new Set(THRESHOLDS.abstain.neighbourhoodNamePrefixes);
const NAME_PARTICLES: ReadonlySet<string> = new Set(THRESHOLDS.abstain.nameParticles);
/** token i is followed by a lowercase name particle and a capitalised word ("Colonia los Presidentes") */
const particleThenName = (tokens: readonly Token[], i: number): boolean => {
  const p = tokens[i + 1];
  const n = tokens[i + 2];
  return p !== undefined && n !== undefined && !p.cap && p.sep === ' ' && NAME_PARTICLES.has(p.lower) && n.cap && n.sep === ' ';
};

const DIGITS = /^\p{N}+$/u;
/**
 * "Colonia 5 de Mayo", "Barrio 23 de Enero": the last token of a part of town's name that goes on with a number (and
 * a particle and capitalised words: the date or number it is named after) after its opener at i; -1 if none
 */
function numberedNameEnd(tokens: readonly Token[], i: number, to: number): number {
  const n = tokens[i + 1];
  if (n === undefined || i + 1 >= to || n.sep !== ' ' || !DIGITS.test(n.text)) return -1;
  let k = i + 1;
  while (k + 1 < to) {
    const t = tokens[k + 1]!;
    if (t.sep !== ' ' || !(t.cap || DIGITS.test(t.text) || (NAME_PARTICLES.has(t.lower) && tokens[k + 2]?.cap === true))) break;
    k++;
  }
  return k;
}

const abbrevByFirstChar = new Map<string, string[]>();
for (const a of DOTTED_ABBREVIATIONS) {
  const list = abbrevByFirstChar.get(a[0]!) ?? [];
  list.push(a);
  abbrevByFirstChar.set(a[0]!, list);
}
const LETTER = /\p{L}/u;
/** "Côte d'Ivoire", "O'Leary": an apostrophe after a one-letter word joins the name */
const APOSTROPHE = /^['’]$/;

function abbreviationAt(text: string, t: Token): string | null {
  const list = abbrevByFirstChar.get(text[t.start]!);
  if (!list) return null;
  for (const a of list) {
    if (!text.startsWith(a, t.start)) continue;
    const after = text[t.start + a.length];
    if (after !== undefined && LETTER.test(after)) continue;
    // "US" must not be the start of "U.S.": a dotless form followed by a dot-letter is something else
    if (after === '.' && !a.endsWith('.') && LETTER.test(text[t.start + a.length + 1] ?? '')) continue;
    return a;
  }
  return null;
}

/**
 * A dotted state abbreviation counts without a comma before it ("in S.C. today", "Fla. economist", "D-N.D.")
 * unless it is also a title and a name follows ("Del. Smith", "Miss. Jones").
 */
function standaloneState(abbr: string, next: Token | undefined): boolean {
  if (!abbr.includes('.')) return false;
  return !(LEXICON.stateAbbrevTitles.has(abbr) && next !== undefined && next.cap && /^\s$/.test(next.sep.slice(-1)));
}

function lastTokenBefore(tokens: Token[], from: number, end: number): number {
  let k = from;
  while (k + 1 < tokens.length && tokens[k + 1]!.end <= end) k++;
  return k;
}

function demonymLength(tokens: Token[], i: number): { len: number; country: string | null } | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (next && next.sep === ' ' && next.cap) {
    const two = `${t.text} ${next.text}`;
    if (LEXICON.demonyms.has(two)) return { len: 2, country: LEXICON.demonyms.get(two) ?? null };
  }
  if (LEXICON.demonyms.has(t.text)) return { len: 1, country: LEXICON.demonyms.get(t.text) ?? null };
  if (t.text.endsWith('s') && LEXICON.demonyms.has(t.text.slice(0, -1))) {
    return { len: 1, country: LEXICON.demonyms.get(t.text.slice(0, -1)) ?? null };
  }
  return null;
}

/** A short all-capitals word ("SAN", "LOS", "UN") is read as an acronym unless it opens a capitalised name ("SAN FRANCISCO"). */
function shortCaps(t: Token): boolean {
  return t.allCaps && t.text.length <= R.acronymMaxLetters;
}

function canOpen(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.cap && shortCaps(t)) {
    const next = tokens[i + 1];
    // only the words that open place names (data/geocode words.json shortCapsOpeners): "THE US ARMY" is no name
    return next !== undefined && next.cap && next.allCaps && next.sep === ' ' && LEXICON.shortCapsOpeners.has(t.lower);
  }
  // a one-letter word opens a name only as the first half of a word cut at an apostrophe ("A'zaz")
  if (t.cap) return t.text.length > 1 || (apostropheJoin(tokens, i + 1) && !tokens[i + 1]!.cap);
  const next = tokens[i + 1];
  if (!LOWER_OPENERS.has(t.lower) || next === undefined || !next.cap) return false;
  // "al-Qaim", "ez-Zor"; with a space only the unambiguous spellings ("al Qusayr", "el Arish")
  return next.sep === '-' || (next.sep === ' ' && LEXICON.spacedNameOpeners.has(t.lower));
}

function span(text: string, tokens: Token[], first: number, last: number, entries: GazetteerEntry[], source: Span['source']): Span {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  // every field present from the start: spans keep one shape through the stages (no hidden-class changes)
  return {
    first, last, start, end, text: text.slice(start, end), entries, source, role: 'place', notes: [],
    demonymCountry: undefined, actorCue: undefined, qualifier: undefined, parent: undefined, parentCountry: undefined, kindHint: undefined,
    variant: undefined,
  };
}

export function recognise(text: string, tokens: Token[], lookup: Lookup): Span[] {
  const out = scan(text, tokens, lookup, 0, tokens.length);
  const { kept, dropped } = keepVariantsInContext(out);
  if (dropped.length === 0) return kept;
  // a variant read in a country the text never names is withdrawn: its words are read again, exactly only
  const exact: Lookup = (name: string) => lookup(name);
  for (const d of dropped) kept.push(...scan(text, tokens, exact, d.first, d.last + 1));
  return kept.sort((a, b) => a.start - b.start);
}

/** The name-matching loop over the tokens [from, to): windows never reach past `to`. */
function scan(text: string, tokens: Token[], lookup: Lookup, from: number, to: number): Span[] {
  const out: Span[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (!t.cap && !LOWER_OPENERS.has(t.lower)) {
      i++;
      continue;
    }
    const abbr = t.cap ? abbreviationAt(text, t) : null;
    if (abbr !== null) {
      const last = lastTokenBefore(tokens, i, t.start + abbr.length);
      const placeName = LEXICON.abbrevPlaces.get(abbr);
      const state = LEXICON.usStates.get(abbr);
      if (placeName !== undefined) {
        const s = span(text, tokens, i, last, lookup(placeName), 'abbreviation');
        s.end = t.start + abbr.length;
        s.text = abbr;
        if (s.entries.length > 0) out.push(s);
      } else if (state !== undefined && (t.sep.includes(',') || standaloneState(abbr, tokens[last + 1]))) {
        const name = LEXICON.usStateNames.get(state) ?? state;
        const entries = lookup(name).filter((e) => e.country === 'US' && e.kind === 'admin1');
        const s = span(text, tokens, i, last, entries, 'abbreviation');
        s.end = t.start + abbr.length;
        s.text = abbr;
        if (entries.length > 0) out.push(s);
      }
      if (placeName !== undefined || state !== undefined || LEXICON.abbrevOrgs.has(abbr)) {
        i = last + 1;
        continue;
      }
    }
    if (!canOpen(tokens, i)) {
      i++;
      continue;
    }
    // "Colonia 20 de Noviembre": a part of town named after a date or a number is one name; no word of it is a place
    const numbered = PART_OF_TOWN_OPENERS.has(t.lower) ? numberedNameEnd(tokens, i, to) : -1;
    if (numbered > i) {
      i = numbered + 1;
      continue;
    }
    // widest window of capitalised words and in-name connectors (and word halves after an apostrophe: "Dar'a")
    let j = i;
    while (
      j + 1 < to &&
      j + 1 - i < MAX_NAME_TOKENS &&
      (((isNameJoin(tokens[j + 1]!.sep) || (APOSTROPHE.test(tokens[j + 1]!.sep) && tokens[j]!.text.length === 1)) &&
        (tokens[j + 1]!.cap || LEXICON.connectors.has(tokens[j + 1]!.lower))) ||
        apostropheJoin(tokens, j + 1))
    ) {
      j++;
    }
    // a generic head ("Tal", "Kafr", "Ra's") followed by a name: the head alone never ends a match
    const head = t.cap ? headOf(tokens, i) : null;
    const headEnd = head ? head.end : -1;
    const compound = head !== null && headEnd < j;
    let matchLast = -1;
    let entries: GazetteerEntry[] = [];
    let variantOf: string | undefined;
    const canEnd = (k: number): boolean => {
      const tk = tokens[k]!;
      if (!tk.cap && !apostropheJoin(tokens, k)) return false;
      // a word cut at its apostrophe is never matched by its first half ("Ba'ath" is not "Ba")
      if (k + 1 < tokens.length && !tokens[k + 1]!.cap && apostropheJoin(tokens, k + 1)) return false;
      if (k === i && (!t.cap || shortCaps(t))) return false;
      // an Arabic article opening a longer name is never a place by itself ("Al Hishah" is not Ål, Norway)
      if (k === i && j > i && LOWER_OPENERS.has(t.lower)) return false;
      // "Colonia Mesa Colorada": the opener of a part of town's name is never that part of town by itself (La Colonia, MX)
      // ("Colonia los Presidentes": a particle and a capitalised word go on with the name)
      if (k === i && PART_OF_TOWN_OPENERS.has(t.lower) && (j > i || particleThenName(tokens, i))) return false;
      if (compound && k <= headEnd) return false;
      // a bare head is no place ("near Tal"), unless the table says it names a town on its own ("Bab")
      if (head !== null && !compound && !head.row.alone && k <= headEnd) return false;
      // "Tal al-Sultan", "Khan al-Ahmar": a name that goes on with an Arabic article is not cut before it
      return !(k < j && articleJoinAfter(tokens, k));
    };
    for (let k = j; k >= i; k--) {
      if (!canEnd(k)) continue;
      const found = lookup(text.slice(t.start, tokens[k]!.end));
      if (found.length > 0) {
        matchLast = k;
        entries = found;
        break;
      }
    }
    if (matchLast < 0 && lookup.variant) {
      for (let k = j; k >= i; k--) {
        if (!canEnd(k) || !variantAllowed(tokens, i, k, head)) continue;
        const found = lookup.variant(text.slice(t.start, tokens[k]!.end));
        if (found.length > 0 && variantEvidence(tokens, i, k, out, lookup, head)) {
          matchLast = k;
          entries = found;
          variantOf = found[0]!.name;
          break;
        }
      }
    }
    const dem = t.cap ? demonymLength(tokens, i) : null;
    const gazLen = matchLast >= 0 ? matchLast - i + 1 : 0;
    if (dem && dem.len >= gazLen) {
      const s = span(text, tokens, i, i + dem.len - 1, [], 'demonym');
      s.role = 'demonym';
      s.demonymCountry = dem.country;
      out.push(s);
      i += dem.len;
      continue;
    }
    if (matchLast >= 0) {
      const s = span(text, tokens, i, matchLast, entries, 'name');
      if (variantOf !== undefined) {
        s.variant = variantOf;
        s.notes.push(`spelling variant of ${variantOf}`);
      }
      out.push(s);
      i = matchLast + 1;
      continue;
    }
    // "Colonia Las Americas": an unknown name of a part of town is one name; no word of it is a place on its own
    if (j > i && PART_OF_TOWN_OPENERS.has(t.lower)) {
      i = j + 1;
      // (a name longer than the window goes on: "Colonia Santa Rosa del Valle")
      while (i < to && isNameJoin(tokens[i]!.sep) && (tokens[i]!.cap || LEXICON.connectors.has(tokens[i]!.lower))) i++;
      continue;
    }
    // an unknown compound opened by a generic head ("Tal Xyz") is one unknown name: neither its head nor the
    // word after it is a place on its own (an English spelling at a sentence start, "Tell Congress", excepted)
    if (compound && !(head!.row.english && t.sentenceStart)) {
      i = compoundTail(tokens, headEnd, j) + 1;
      continue;
    }
    // an unknown compound opening here ("Tal al-Sultan"): none of its words is a place on its own (the cue pass
    // may take it whole); a window opening earlier ("Residents of Maarat al-Numan") is retried from the next word
    let compoundEnd = -1;
    if (articleJoinAfter(tokens, i)) for (let k = i; k < j && (k === i || articleJoinAfter(tokens, k)); k += 2) compoundEnd = k + 2;
    i = compoundEnd > i ? compoundEnd + 1 : i + 1;
  }
  return out;
}

/**
 * Last token of the compound whose head ends at headEnd, within the window ending at j: the word after the head
 * (an article before it included: "Ras al-Xyz"), its apostrophe halves ("Nu'man") and any "al-Xyz" that follows.
 */
function compoundTail(tokens: Token[], headEnd: number, j: number): number {
  let end = headEnd + 1;
  if (end < j && !tokens[end]!.cap && LOWER_OPENERS.has(tokens[end]!.lower)) end++;
  while (end < j && !tokens[end + 1]!.cap && apostropheJoin(tokens, end + 1)) end++;
  while (end + 2 <= j && articleJoinAfter(tokens, end)) {
    end += 2;
    while (end < j && !tokens[end + 1]!.cap && apostropheJoin(tokens, end + 1)) end++;
  }
  return Math.min(end, j);
}

/** Token k is followed by an Arabic article hyphenated to a capitalised word: "Tal| al-Sultan", "Deir| ez-Zor". */
function articleJoinAfter(tokens: Token[], k: number): boolean {
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  return a !== undefined && b !== undefined && (a.sep === ' ' || a.sep === '-') && LOWER_OPENERS.has(a.lower) && (b.sep === '-' || b.sep === '‐') && b.cap;
}
