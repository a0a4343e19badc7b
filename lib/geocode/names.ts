/**
 * Is a one-word name really a place here? Calendar words, all-capital words, words of a longer capitalised
 * name, surnames ("Jane Ripley" … "Ripley said"), streets, and names whose only candidates are small places
 * need context; the article can supply it (the same name used as a place, a list, a country it names, a
 * county of a state it names) or the words around it ("Mindy Miller of Ravenel", "a Chapin man").
 * In: a span and its context. Out: a reason to drop it (or to keep it), human-readable.
 */
import { nameKey } from './namekey';
import { LEXICON } from './lexicon';
import { THRESHOLDS } from './data';
import { isHyphen, isNameJoin } from './tokenize';
import type { Span } from './types';
import type { Token } from './tokenize';
import { gapAfter, hasLiteralContext, hasPrepositionBefore, isDateline, listHead, prevWord, sameSentence, type Context } from './context';

export const SURNAME = 'surname: ';
export const PERSON_VERBS: ReadonlySet<string> = LEXICON.personVerbsAround;
export const NEEDS_CONTEXT = 'only small places or alternate names match ';
const N = THRESHOLDS.names;
const STRONG_KINDS: ReadonlySet<string> = new Set(N.strongKinds);
const NAMED_KINDS: ReadonlySet<string> = new Set(N.namedKinds);
const TITLE = N.titleCase;

/** Is some candidate a well-known place by its primary name (a country, a region, a city of 100k+)? */
const ALWAYS_MAJOR: ReadonlySet<string> = new Set(N.alwaysMajorKinds);
const ALIAS_OK_KINDS: ReadonlySet<string> = new Set(N.aliasOkKinds);
export function hasMajorCandidate(s: Span): boolean {
  const key = nameKey(s.text);
  return s.entries.some((e) => {
    if (ALWAYS_MAJOR.has(e.kind)) return true;
    if (nameKey(e.name) !== key) return false;
    return STRONG_KINDS.has(e.kind) || (e.population !== null && e.population >= N.majorPopulation);
  });
}

/** "Tripoli Airport Road": a name followed by a capitalised street noun names the street, not the place. */
export function streetNamedAfter(c: Context, s: Span): string | null {
  const nextTok = c.tokens[s.last + 1];
  return nextTok && nextTok.cap && gapAfter(c, s) === ' ' && LEXICON.streetSuffixes.has(nextTok.lower) ? `"${c.text.slice(s.start, nextTok.end)}" is a street` : null;
}

/**
 * One-word names that need context: calendar words; all-caps words; a word inside a longer capitalised
 * name ("Human Rights", "Security Council") unless it is a major place; a name whose only candidates are
 * villages, neighbourhoods or alternate names unless a preposition, a parent or a qualifier marks it.
 */
export function weakName(c: Context, s: Span, spans: readonly Span[], idx: number): string | null {
  const t = c.tokens[s.first]!;
  const at = spansAt(spans);
  if (LEXICON.calendar.has(t.lower)) return `"${s.text}" is a calendar word`;
  if (LEXICON.neverAlone.has(t.lower)) return `"${s.text}" alone is a common word, not a place name`;
  if (LEXICON.vehicleMakes.has(t.lower) && !hasPrepositionBefore(c, s) && !gapAfter(c, s).startsWith(',')) return `"${s.text}" names a car here (no locative word before it)`;
  const major = hasMajorCandidate(s);
  const nextTok = c.tokens[s.last + 1];
  const street = streetNamedAfter(c, s);
  if (street) return street;
  // "on Murree road in Rawalpindi": a road named after the place it leads to, when the sentence names another place
  // ("a Kabul street" is in Kabul; "blocked the Halba highway" alone says where)
  const before = c.tokens[s.first - 1];
  if (nextTok && !nextTok.cap && gapAfter(c, s) === ' ' && LEXICON.roadNouns.has(nextTok.lower) && !(before && LEXICON.indefiniteArticles.has(before.lower) && !before.cap)
    && spans.some((o) => o !== s && o.first !== s.first && o.role !== 'common' && !c.tokens[o.first]!.sentenceStart && sameSentence(c, s, o))) {
    return `"${c.text.slice(s.start, nextTok.end)}" names a road leading there, not where the text is`;
  }
  const unit = hyphenatedUnit(c, s);
  if (unit) return `"${unit}": one unit's hyphenated name, no part of it a place alone`;
  if (nextTok && nextTok.cap && isHyphen(gapAfter(c, s)) && !at.byFirst.has(nextTok.i)) {
    return `"${c.text.slice(s.start, nextTok.end)}": part of a hyphenated name`;
  }
  const prevTok = c.tokens[s.first - 1];
  if (prevTok && prevTok.cap && isHyphen(t.sep) && !at.byLast.has(prevTok.i)) {
    return `"${c.text.slice(prevTok.start, s.end)}": part of a hyphenated name`;
  }
  if (prevTok && prevTok.cap && !prevTok.sentenceStart && t.sep === ' ' && !t.sentenceStart && !LEXICON.placePrefixes.has(prevTok.lower) && !LEXICON.demonyms.has(prevTok.text) && !LEXICON.calendar.has(prevTok.lower)) {
    const beforeSpan = at.byLast.get(prevTok.i);
    // a country, a state or a continent is not a surname ("Taco Bell Canada", "Education Minnesota"); a big city may be ("Luther Burbank")
    const neverSurname = s.entries.some((e) => ALWAYS_MAJOR.has(e.kind));
    if ((!beforeSpan || !hasMajorCandidate(beforeSpan)) && !neverSurname) {
      return `${SURNAME}"${prevTok.text} ${s.text}": the name ends a longer capitalised name, as a surname or brand does`;
    }
  }
  const owned = nextTok && nextTok.lower === 's' && /^['’]$/.test(nextTok.sep) ? c.tokens[nextTok.i + 1] : undefined;
  if (!major && owned && owned.cap && owned.sep === ' ' && !owned.sentenceStart && !LEXICON.streetSuffixes.has(owned.lower) && !at.byFirst.has(owned.i)) {
    // "Hope's Wings", "Guay's Auto Body": a small-place spelling that owns a capitalised name is a name itself
    return `"${s.text}'s ${owned.text}": a possessive inside a longer name`;
  }
  // "near the town of Khan Touman": when the name goes on and the first word is only another place's alias,
  // the whole name is missing from the gazetteer; its first word is not the place (preposition or not)
  if (!major && nextTok && nextTok.cap && gapAfter(c, s) === ' ' && !at.byFirst.has(nextTok.i) && continuesName(nextTok)) {
    const key = nameKey(s.text);
    if (!s.entries.some((e) => nameKey(e.name) === key)) return `"${c.text.slice(s.start, nextTok.end)}": the name goes on, and "${s.text}" alone is only another place's alternate name`;
  }
  // "… Was Sent To Penal Colony": in a headline written in title case, a word followed by another capitalised
  // word is part of a longer name unless it is a country or region by its own name
  if (nextTok && nextTok.cap && gapAfter(c, s) === ' ' && !(at.byFirst.get(nextTok.i)?.some(namedMajor) ?? false) && continuesName(nextTok) && titleCaseLine(c, s.first) && !namedMajor(s)) {
    return `"${c.text.slice(s.start, nextTok.end)}": one name in a title-case headline`;
  }
  if (isDateline(c, s) || listHead(c, s) || hasPrepositionBefore(c, s) || personOf(c, s) || residentOf(c, s)) return null;
  if (t.allCaps && !major) return `"${s.text}" is an all-capitals word and no major place has that name`;
  if (!major) {
    const before = prevWord(c, s);
    if (before && !before.cap && PERSON_VERBS.has(before.lower)) return `${SURNAME}"${before.text} ${s.text}": a person speaking`;
    const prev = c.tokens[s.first - 1];
    const next = c.tokens[s.last + 1];
    const prevSpan = prev ? at.byLast.get(prev.i) : undefined;
    const prevJoined = prev && prev.cap && !LEXICON.calendar.has(prev.lower) && !t.sentenceStart && isNameJoin(t.sep) && !(prev.sentenceStart && LEXICON.ambiguous.has(prev.lower)) && (!prevSpan || !hasMajorCandidate(prevSpan));
    // "Biu LGA": a kind word abbreviated in capitals ends the name, it does not continue it
    const nextJoined = next && next.cap && isNameJoin(next.sep) && !at.byFirst.has(next.i) && !(next.allCaps && LEXICON.regionSuffixes.has(next.lower));
    if (prevJoined && !nextJoined) return `${SURNAME}"${s.text}" ends a longer capitalised name ("${c.text.slice(prev.start, t.end)}"), as a surname does`;
    // "Lewisburg Mayor John Manchester", "a Kettering Republican": the title word keeps the town a place
    const modifier = nextJoined && !prevJoined && LEXICON.placeModifierNouns.has(next.lower);
    if ((prevJoined || nextJoined) && !modifier) return `"${s.text}" is one word of a longer capitalised name ("${c.text.slice((prevJoined ? prev : t).start, (nextJoined ? next : t).end)}")`;
  }
  if (!major && !t.sentenceStart) {
    const next2 = c.tokens[s.last + 1];
    if (next2 && next2.sep === ' ' && PERSON_VERBS.has(next2.lower)) return `${SURNAME}"${s.text} ${next2.text}": a person speaking`;
  }
  const key = nameKey(s.text);
  // a country, continent or sea by another of its names ("Britain", "the Mediterranean") is as good as its primary name
  const named = s.entries.some((e) => ALIAS_OK_KINDS.has(e.kind) || (NAMED_KINDS.has(e.kind) && nameKey(e.name) === key));
  if (!named && !hasLiteralContext(c, s, spans, idx, false)) {
    return `${NEEDS_CONTEXT}"${s.text}", and nothing around it marks a place`;
  }
  return null;
}

/** "the Mayo-Sava division": the hyphenated run of capitalised words around a one-word name, when a unit word (words.json hyphenatedUnitWords) follows it. */
function hyphenatedUnit(c: Context, s: Span): string | null {
  let a = s.first;
  let b = s.last;
  for (let n = 0; n < 4 && a > 0 && isHyphen(c.tokens[a]!.sep) && c.tokens[a - 1]!.cap; n++) a--;
  for (let n = 0; n < 4 && b + 1 < c.tokens.length && isHyphen(c.tokens[b + 1]!.sep) && (c.tokens[b + 1]!.cap || c.tokens[b + 2]?.sep === '-'); n++) b++;
  // "the al-Bayda governorate": an Arabic article is part of the name, not another place
  for (let k = a; k <= b; k++) if (LEXICON.lowercaseNameOpeners.has(c.tokens[k]!.lower)) return null;
  const unit = c.tokens[b + 1];
  if (a === b || !unit || unit.cap || unit.sep !== ' ' || !LEXICON.hyphenatedUnitWords.has(unit.lower)) return null;
  return c.text.slice(c.tokens[a]!.start, unit.end);
}

/** The spans by first token (in text order) and by last token (the first such span), for one spans list. */
export interface SpansAt {
  byFirst: Map<number, Span[]>;
  byLast: Map<number, Span>;
}

const spansAtCache = new WeakMap<readonly Span[], SpansAt & { n: number }>();
/**
 * The token → span index of a spans list, built on first use and kept while the list keeps its length
 * (classification never moves a span's tokens), so asking "does a name start at the next token" costs one lookup
 * instead of a pass over every span.
 */
export function spansAt(spans: readonly Span[]): SpansAt {
  const hit = spansAtCache.get(spans);
  if (hit && hit.n === spans.length) return hit;
  const ix = { byFirst: new Map<number, Span[]>(), byLast: new Map<number, Span>(), n: spans.length };
  for (const x of spans) {
    const list = ix.byFirst.get(x.first);
    if (list) list.push(x);
    else ix.byFirst.set(x.first, [x]);
    if (!ix.byLast.has(x.last)) ix.byLast.set(x.last, x);
  }
  spansAtCache.set(spans, ix);
  return ix;
}

/** A country, first-level region, continent or sea by its own name (not by one of its alternate names). */
function namedMajor(s: Span): boolean {
  const key = nameKey(s.text);
  return s.entries.some((e) => ALIAS_OK_KINDS.has(e.kind) || (ALWAYS_MAJOR.has(e.kind) && nameKey(e.name) === key));
}

/**
 * The token's line is a headline in title case: at least five words of four letters or more, and at most one of
 * them in lowercase ("Head Of Russian Prisons Confirms Navalny Was Sent To Penal Colony"). Looks at 40 tokens.
 */
function titleCaseLine(c: Context, k: number): boolean {
  let first = k;
  while (first > 0 && k - first < TITLE.lookTokens && !/\n/.test(c.tokens[first]!.sep)) first--;
  if (/\n/.test(c.tokens[first]!.sep) === false && first > 0) return false;
  let long = 0, lower = 0;
  for (let i = first; i < c.tokens.length && i - first < TITLE.lookTokens; i++) {
    const t = c.tokens[i]!;
    if (i > first && /\n/.test(t.sep)) break;
    if (t.text.length < TITLE.longWordLetters || /^\d/.test(t.text)) continue;
    long++;
    if (!t.cap) lower++;
  }
  return long >= TITLE.minLongWords && lower <= TITLE.maxLowercase;
}

/** A capitalised word that continues a name (not a kind word, an organisation word, a title or a date). */
function continuesName(t: Token): boolean {
  const w = t.lower;
  return !LEXICON.regionSuffixes.has(w) && !LEXICON.orgSuffixes.has(w) && !LEXICON.placeModifierNouns.has(w) && !LEXICON.calendar.has(w) && !LEXICON.streetSuffixes.has(w) && !t.allCaps;
}

const RESIDENT_AT_START = LEXICON.residentNounsAtSentenceStart;

/** "Mindy Miller of Ravenel", "Phillip Christofoli, 36, of Gaston", "Troop 208 of Coleridge": where a person or group is from. */
export function personOf(c: Context, s: Span): boolean {
  const of = c.tokens[s.first - 1];
  const b = c.tokens[s.first - 2];
  if (!of || !b || of.lower !== 'of' || of.cap || c.tokens[s.first]!.sep !== ' ' || of.sentenceStart) return false;
  if (/^\d+$/.test(b.text)) return true;
  // "Julie and Timothy Drexler, both of Annville"
  if (LEXICON.groupWordsBeforeOf.has(b.lower) && /,\s$/.test(b.sep)) return true;
  const a = c.tokens[s.first - 3];
  if (!b.cap || b.sentenceStart || b.allCaps || of.sep !== ' ' || LEXICON.orgSuffixes.has(b.lower) || LEXICON.regionSuffixes.has(b.lower)) return false;
  if (a === undefined || !a.cap || a.allCaps || !/^\.? $/.test(b.sep)) return false;
  if (LEXICON.firstNames.has(a.lower) || /^[A-Z]$/.test(a.text) || LEXICON.personTitles.has(a.lower)) return true;
  // "Leo Drexler of Annville": two capitalised words opening a clause, neither a name word of places or bodies
  const before = c.tokens[a.i - 1];
  const opens = a.sentenceStart || (before !== undefined && /,\s$/.test(a.sep)) || (before !== undefined && !before.cap && LEXICON.personClauseOpeners.has(before.lower));
  return opens && !LEXICON.orgSuffixes.has(a.lower) && !LEXICON.ambiguous.has(a.lower) && !LEXICON.calendar.has(a.lower);
}

/** "a Chapin man", "a Lovejoy senior", "Chapin man dies…": a place named as someone's home. */
export function residentOf(c: Context, s: Span): boolean {
  const next = c.tokens[s.last + 1];
  if (!next || next.cap || next.sep !== ' ' || !LEXICON.residentNounsAfter.has(next.lower)) return false;
  const p = c.tokens[s.first - 1];
  if (p && !c.tokens[s.first]!.sentenceStart && LEXICON.indefiniteArticles.has(p.lower)) return true;
  return c.tokens[s.first]!.sentenceStart && RESIDENT_AT_START.has(next.lower);
}

/** Surnames: the word after a first name or a title anywhere in the text ("Jane Ripley", "Gov. Ripley"). */
export function personNames(c: Context): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < c.tokens.length; k++) {
    const p = c.tokens[k - 1]!;
    const t = c.tokens[k]!;
    if (!t.cap || !p.cap || !/^\.? $/.test(t.sep)) continue;
    // "William J. Seymour": a middle initial after a first name
    // ("Tyrise M. Bell": any capitalised word before the initial, when it does not open the sentence)
    const f = k >= 2 ? c.tokens[k - 2]! : undefined;
    const initial = /^[A-Z]$/.test(p.text) && t.sep === '. ' && f !== undefined && p.sep === ' ' && f.cap && !f.allCaps && (LEXICON.firstNames.has(f.lower) || (!f.sentenceStart && f.text.length > 2));
    if (!initial && !LEXICON.firstNames.has(p.lower) && !LEXICON.personTitles.has(p.lower)) continue;
    // "John Paul Jones": the last capitalised word of the run is the surname
    let last = k;
    while (last + 1 < c.tokens.length && c.tokens[last + 1]!.cap && c.tokens[last + 1]!.sep === ' ' && last - k < 2) last++;
    out.add(c.tokens[last]!.text);
  }
  return out;
}

/** the text between two listed names: a comma, or a joiner word (words.json listJoiners) with an optional comma */
const LIST_GAP = new RegExp(`^(,\\s?|,?\\s(${[...LEXICON.listJoiners].join('|')})\\s)$`);

/**
 * A name that needed context is a place when the article supplies it: the same name is used as a place
 * elsewhere, it is coordinated with a place ("Sanaa and Hodeidah", "Manbij, Kobani"), or one of its
 * candidates lies in a country the article names.
 */
export function oneSensePerArticle(c: Context, spans: Span[]): void {
  const places = new Set(spans.filter((s) => s.role === 'place').map((s) => nameKey(s.text)));
  const countries = new Set<string>();
  /** "CC/State" of every first-level region the article names ("Georgia", "Athens, Ga.") */
  const states = new Set<string>();
  for (const s of spans) {
    if (s.role === 'demonym' && s.demonymCountry) countries.add(s.demonymCountry);
    if (s.role !== 'place' && s.role !== 'organisation') continue;
    const key = nameKey(s.text);
    for (const e of s.entries) {
      if (e.kind !== 'country' && e.kind !== 'admin1') continue;
      const own = s.source === 'abbreviation' || nameKey(e.name) === key;
      if (s.role === 'place' && e.kind === 'country' && e.country && own) countries.add(e.country);
      if (e.kind === 'admin1' && e.country && e.admin1 && own) states.add(`${e.country}/${e.admin1}`);
    }
  }
  spans.forEach((s, k) => {
    if (s.role !== 'common' || !s.notes[s.notes.length - 1]?.startsWith(NEEDS_CONTEXT)) return;
    let why: string | null = null;
    if (places.has(nameKey(s.text))) why = 'used as a place elsewhere in the article';
    const prev = spans[k - 1];
    const next = spans[k + 1];
    const joined = (a: Span | undefined, b: Span | undefined) => a !== undefined && b !== undefined && LIST_GAP.test(c.text.slice(a.end, b.start));
    if (!why && prev?.role === 'place' && joined(prev, s)) why = `listed with "${prev.text}"`;
    if (!why && next?.role === 'place' && joined(s, next)) why = `listed with "${next.text}"`;
    const w = c.tokens[s.first]!.lower;
    const wordLike = s.first === s.last && (LEXICON.ambiguous.has(w) || LEXICON.personTitles.has(w) || LEXICON.titles.has(w) || LEXICON.firstNames.has(w) || c.lowercaseWords.has(w));
    const inCountry = wordLike ? undefined : s.entries.find((e) => e.country !== null && countries.has(e.country) && (e.kind === 'city' || e.kind === 'town'));
    if (!why && inCountry) why = `a candidate lies in ${inCountry.country}, a country the article names`;
    // "Clarke and Oconee", "joined Forsyth": a county of a state the article names, written without "County"
    const county = wordLike ? undefined : s.entries.find((e) => e.kind === 'admin2' && e.country !== null && e.admin1 !== null && states.has(`${e.country}/${e.admin1}`));
    if (!why && county) why = `${county.name} lies in ${county.admin1}, a state the article names`;
    if (!why) return;
    s.role = 'place';
    s.notes.push(why);
  });
}
