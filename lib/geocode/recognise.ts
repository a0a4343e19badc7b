/**
 * Stage 1, recognition: find every candidate toponym span in the text.
 * In: text, its tokens, a cached gazetteer lookup. Out: Span[] in text order, each with its gazetteer entries.
 * Capitalised token runs (with in-name connectors: "Deir ez-Zor", "Isle of Man", "Bosnia and Herzegovina")
 * are checked against the gazetteer longest-match-first; written abbreviations ("U.S.", "Ga.") and
 * demonyms ("Iraqi") come from data/geocode. Roles are assigned later by classify.
 */
import type { GazetteerEntry } from '../schemas';
import { DOTTED_ABBREVIATIONS, LEXICON } from './lexicon';
import { THRESHOLDS } from './data';
import { isNameJoin, type Token } from './tokenize';
import type { Span } from './types';

export type Lookup = (name: string) => GazetteerEntry[];

const R = THRESHOLDS.recognise;
const MAX_NAME_TOKENS = R.maxNameTokens;
/** Arabic article spellings that may open a name in lowercase ("al-Qaim", "el-Arish"). */
const LOWER_OPENERS = LEXICON.lowercaseNameOpeners;

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
  if (t.cap) return t.text.length > 1;
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
  };
}

export function recognise(text: string, tokens: Token[], lookup: Lookup): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
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
    // widest window of capitalised words and in-name connectors
    let j = i;
    while (
      j + 1 < tokens.length &&
      j + 1 - i < MAX_NAME_TOKENS &&
      (isNameJoin(tokens[j + 1]!.sep) || (APOSTROPHE.test(tokens[j + 1]!.sep) && tokens[j]!.text.length === 1)) &&
      (tokens[j + 1]!.cap || LEXICON.connectors.has(tokens[j + 1]!.lower))
    ) {
      j++;
    }
    let matchLast = -1;
    let entries: GazetteerEntry[] = [];
    for (let k = j; k >= i; k--) {
      if (!tokens[k]!.cap) continue;
      if (k === i && (!t.cap || shortCaps(t))) continue;
      // "Tal al-Sultan", "Khan al-Ahmar": a name that goes on with an Arabic article is not cut before it
      if (k < j && articleJoinAfter(tokens, k)) continue;
      const found = lookup(text.slice(t.start, tokens[k]!.end));
      if (found.length > 0) {
        matchLast = k;
        entries = found;
        break;
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
      out.push(span(text, tokens, i, matchLast, entries, 'name'));
      i = matchLast + 1;
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

/** Token k is followed by an Arabic article hyphenated to a capitalised word: "Tal| al-Sultan", "Deir| ez-Zor". */
function articleJoinAfter(tokens: Token[], k: number): boolean {
  const a = tokens[k + 1];
  const b = tokens[k + 2];
  return a !== undefined && b !== undefined && (a.sep === ' ' || a.sep === '-') && LOWER_OPENERS.has(a.lower) && (b.sep === '-' || b.sep === '‐') && b.cap;
}
