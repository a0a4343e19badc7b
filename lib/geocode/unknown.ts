/**
 * Unknown places: names in no gazetteer that the words around them mark as places.
 * In (recogniseUnknown): the article context and the gazetteer spans. Out: new spans (source 'cue') for the
 * capitalised names no span covers that are marked by a place noun ("the village of X", "X village", "the
 * villages of X, W and V", "X and W villages"), by a written parent after a locative word ("in X, Idlib",
 * "shelled X in Hama", "near X (Y, Z)", "X, in the Idlib countryside") or by "near / outside / east of X".
 * Persons, organisations, calendar words, agencies and titles are refused (words.json, organisations.json,
 * unknown.json rejectWords), and a name after "near" must end its phrase ("near Hamid said" is refused).
 * In (placeUnknown): such a span after resolution. Out: where to draw it — its written parent, else the nearest
 * place named in the same sentence, else the article's focus region or country — with the precision and
 * radius of that parent, or 'drop' when the only mark was a parent that turned out to be no place.
 * Cue words, kinds, precision and radius floors: data/geocode/unknown.json.
 */
import { z } from 'zod';
import type { GazetteerEntry, PlaceKind } from '../schemas';
import { PlaceKind as PlaceKindSchema } from '../schemas';
import { distance } from 'fastest-levenshtein';
import { normalizeName, parseDataFile, stripArticles, type Gazetteer } from '../gazetteer';
import unknownJson from '../../data/geocode/unknown.json';
import { LEXICON } from './lexicon';
import { nameKey } from './namekey';
import { listHead, type Context } from './context';
import { NEEDS_CONTEXT, personNames } from './names';
import { isNameJoin, type Token } from './tokenize';
import type { ArticleFocus } from './focus';
import type { Resolution, Span } from './types';
import { distanceKm } from '../geo';

const Words = z.array(z.string().min(1)).min(1);
const KindTable = z.object({ _about: z.string() }).catchall(PlaceKindSchema);
export const UnknownFile = z.strictObject({
  _about: z.string(),
  prefixNouns: KindTable,
  suffixNouns: KindTable,
  nearBefore: z.strictObject({ _about: z.string(), phrases: Words }),
  locativeBefore: z.strictObject({ _about: z.string(), prepositions: Words, verbs: Words }),
  parentRegionWords: z.strictObject({ _about: z.string(), words: Words }),
  followers: z.strictObject({ _about: z.string(), words: Words }),
  rejectWords: z.strictObject({ _about: z.string(), words: Words }),
  maxNameWords: z.number().int().positive(),
  precision: z.strictObject({
    _about: z.string(),
    near: z.array(PlaceKindSchema), region: z.array(PlaceKindSchema), country: z.array(PlaceKindSchema),
    minRadiusKm: z.strictObject({ near: z.number().nonnegative(), region: z.number().nonnegative(), country: z.number().nonnegative() }),
  }),
  defaultKind: PlaceKindSchema,
  parentSlack: z.number().positive(),
  parentSlackKm: z.number().positive(),
  closeSpelling: z.strictObject({
    _about: z.string(),
    kinds: z.array(PlaceKindSchema).min(1),
    minLetters: z.number().int().positive(),
    maxEdits: z.number().int().nonnegative(),
    longFrom: z.number().int().positive(),
    longEdits: z.number().int().nonnegative(),
    maxParentKm: z.number().positive(),
    radiusSlack: z.number().positive(),
    minKm: z.number().nonnegative(),
  }),
});
const U = parseDataFile(UnknownFile, unknownJson, 'data/geocode/unknown.json');

const kindTable = (t: z.infer<typeof KindTable>): Map<string, PlaceKind> =>
  new Map(Object.entries(t).filter(([k]) => k !== '_about') as [string, PlaceKind][]);
const PREFIX_NOUNS = kindTable(U.prefixNouns);
const SUFFIX_NOUNS = kindTable(U.suffixNouns);
const NEAR_PHRASES: readonly string[][] = U.nearBefore.phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const LOCATIVE: ReadonlySet<string> = new Set(U.locativeBefore.prepositions);
const PLACE_VERBS: ReadonlySet<string> = new Set(U.locativeBefore.verbs);
const REGION_WORDS: ReadonlySet<string> = new Set(U.parentRegionWords.words);
const FOLLOWERS: ReadonlySet<string> = new Set(U.followers.words);
const REJECT: ReadonlySet<string> = new Set(U.rejectWords.words);
const LOWER_OPENERS = LEXICON.lowercaseNameOpeners;
const DIRECTION_WORDS = [...LEXICON.directions.keys()].filter((w) => /^[a-z-]+$/.test(w)).join('|');
/** the words between a name and its written parent: "(", ", in the northern", " in", ", " */
const PAREN_GAP = /^\s*[([]\s*$/;
const IN_GAP = new RegExp(`^(,)?\\s+in\\s+(?:the\\s+)?(?:(?:${DIRECTION_WORDS})\\s+)?$`, 'i');
const COMMA_GAP = /^,\s?$/;
const OF_GAP = /^\s+of\s+(?:the\s+)?$/;
const PUNCT_AFTER = /^\s*[,.;:!?)\]—–-]/;

/** Which mark made a name a place. */
export type UnknownForm = 'prefix' | 'suffix' | 'list' | 'paren' | 'region' | 'in' | 'comma' | 'near';

export interface UnknownCue {
  form: UnknownForm;
  /** the marking words as written ("the village of", "village", "near", "in … Hama") */
  cue: string;
  kind: PlaceKind;
  /** the place written after the name as its container, if any */
  parent: Span | undefined;
  /** the parent is the only mark: if it is no place, neither is the name */
  needsParent: boolean;
}

const CUES = new WeakMap<Span, UnknownCue>();

/** The mark that made this span an unknown place, or undefined for gazetteer spans. */
export const unknownCue = (s: Span): UnknownCue | undefined => CUES.get(s);

function newSpan(c: Context, first: number, last: number): Span {
  const start = c.tokens[first]!.start;
  const end = c.tokens[last]!.end;
  return {
    first, last, start, end, text: c.text.slice(start, end), entries: [], source: 'cue', role: 'place', notes: [],
    demonymCountry: undefined, actorCue: undefined, qualifier: undefined, parent: undefined, parentCountry: undefined, kindHint: undefined,
  };
}

/** A word that may be part of an unknown name: capitalised (not an acronym) or an Arabic article glued to one. */
function nameWord(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.cap) return !t.allCaps && t.text.length > 1;
  const next = tokens[k + 1];
  return LOWER_OPENERS.has(t.lower) && next !== undefined && next.cap && (next.sep === '-' || (next.sep === ' ' && LEXICON.spacedNameOpeners.has(t.lower)));
}

interface Scan {
  c: Context;
  covered: Uint8Array;
  /** span by its first token */
  byFirst: Map<number, Span>;
  persons: Set<string> | undefined;
}

/**
 * The widest run of uncovered name words opening at token i, or null when it runs on into a known name.
 * `glued`: it follows a known name by a hyphen or a space ("Mogadishu-Hodan district"); only a kind word after
 * it can then make it a place.
 */
function runAt(s: Scan, i: number): { first: number; last: number; glued: boolean } | null {
  const { tokens } = s.c;
  if (s.covered[i] || !nameWord(tokens, i)) return null;
  let first = i;
  if (tokens[i]!.sentenceStart && tokens[i]!.lower === 'the') first = i + 1;
  if (first >= tokens.length || s.covered[first] || !nameWord(tokens, first)) return null;
  let last = first;
  while (last + 1 < tokens.length && !s.covered[last + 1] && isNameJoin(tokens[last + 1]!.sep) && nameWord(tokens, last + 1) && last + 1 - first < U.maxNameWords) last++;
  // glued to a known name, or longer than a name: not ours
  const after = tokens[last + 1];
  if (after && isNameJoin(after.sep) && after.cap) return null;
  const before = tokens[first - 1];
  const glued = before !== undefined && first === i && isNameJoin(tokens[first]!.sep) && before.cap && !tokens[first]!.sentenceStart;
  if (glued && !s.covered[first - 1]) return null;
  if (!tokens[last]!.cap) return null;
  return { first, last, glued };
}

/** The lowercase words right before token `first` in its sentence, nearest last (at most n). */
function wordsBefore(tokens: Token[], first: number, n: number): Token[] {
  const out: Token[] = [];
  for (let k = first - 1; k >= 0 && out.length < n; k--) {
    if (tokens[k + 1]!.sentenceStart) break;
    out.unshift(tokens[k]!);
  }
  return out;
}

function nearPhraseBefore(tokens: Token[], first: number): string | null {
  const before = wordsBefore(tokens, first, 3);
  for (const p of NEAR_PHRASES) {
    if (p.length > before.length) continue;
    const ws = before.slice(before.length - p.length);
    if (ws.every((w, q) => !w.cap && w.lower === p[q])) return p.join(' ');
  }
  return null;
}

/** "in X", "shelled X", "in the X": a locative preposition or a verb taking a place right before the name. */
function locativeBefore(tokens: Token[], first: number): string | null {
  const ws = wordsBefore(tokens, first, 2);
  let p = ws[ws.length - 1];
  if (p && p.lower === 'the' && ws.length === 2) p = ws[0];
  if (!p) return null;
  if ((!p.cap || p.sentenceStart) && (LOCATIVE.has(p.lower) || PLACE_VERBS.has(p.lower))) return p.text;
  return null;
}

/** The known span that opens at the first token at or after char offset `at` whose gap from `from` fits `gap`. */
function spanAfter(s: Scan, lastTok: number, from: number, gap: RegExp): Span | null {
  const { tokens, text } = s.c;
  for (let k = lastTok + 1; k < tokens.length && k <= lastTok + 5; k++) {
    const sp = s.byFirst.get(k);
    if (sp && sp.role !== 'demonym' && sp.entries.length > 0 && gap.test(text.slice(from, sp.start))) return sp;
    if (tokens[k]!.cap) return null;
  }
  return null;
}

/**
 * "X (Y, Z)", "X (Z)": the first known place inside the brackets right after token `last` (ACLED's "(district,
 * region)" even when the district is unknown), and whether the brackets hold two levels.
 */
function parenParent(s: Scan, last: number): { parent: Span; twoLevel: boolean } | null {
  const { tokens, text } = s.c;
  const open = tokens[last + 1];
  if (!open || !PAREN_GAP.test(text.slice(tokens[last]!.end, open.start))) return null;
  let found: Span | null = null;
  let twoLevel = false;
  for (let k = last + 1; k < tokens.length && k <= last + 10; k++) {
    if (k > last + 1 && /[)\]]/.test(tokens[k]!.sep)) break;
    if (k > last + 1 && tokens[k]!.sep.includes(',')) twoLevel = true;
    const sp = s.byFirst.get(k);
    if (!found && sp && sp.role !== 'demonym' && sp.entries.length > 0) found = sp;
  }
  return found ? { parent: found, twoLevel } : null;
}

/** Why a run is no place whatever marks it (persons, organisations, dates, agencies, titles), or null. */
function refused(s: Scan, first: number, last: number, strong: boolean): string | null {
  const { tokens } = s.c;
  const words = tokens.slice(first, last + 1);
  for (const w of words) {
    if (REJECT.has(w.lower) || LEXICON.calendar.has(w.lower) || LEXICON.personTitles.has(w.lower) || LEXICON.titles.has(w.lower) || LEXICON.abbrevOrgs.has(w.text)) return `"${w.text}" is no place word`;
  }
  if (words.every((w) => LEXICON.ambiguous.has(w.lower) || LEXICON.directions.has(w.lower) || LOWER_OPENERS.has(w.lower))) return 'a common word';
  if (words.length === 1 && LEXICON.compoundHeads.get(words[0]!.lower)?.alone === false) return `"${words[0]!.text}" alone is the generic head of a compound name`;
  if (LEXICON.orgSuffixes.has(words[words.length - 1]!.lower)) return 'an organisation name';
  if (LEXICON.demonyms.has(words[0]!.text)) return 'a demonym';
  const next = tokens[last + 1];
  const nextJoined = next !== undefined && next.sep === ' ';
  if (nextJoined && (LEXICON.orgNounsAfter.has(next.lower) || LEXICON.speechVerbs.has(next.lower) || LEXICON.personVerbsAround.has(next.lower))) return `followed by "${next.text}"`;
  if (strong) return null;
  if (LEXICON.firstNames.has(words[0]!.lower)) return 'a person\'s name';
  if (next && next.lower === 's' && /^['’]$/.test(next.sep)) return 'a possessive';
  s.persons ??= personNames(s.c);
  const text = s.c.text.slice(tokens[first]!.start, tokens[last]!.end);
  if (s.persons.has(text) || s.persons.has(tokens[last]!.text)) return 'a person named elsewhere in the text';
  return null;
}

/** The name ends its phrase: punctuation, the end, or a small word that may follow a place ("near X on Monday"). */
function endsPhrase(c: Context, last: number): boolean {
  const next = c.tokens[last + 1];
  if (!next) return true;
  if (PUNCT_AFTER.test(c.text.slice(c.tokens[last]!.end, next.start + 1)) || next.sentenceStart) return true;
  return !next.cap && FOLLOWERS.has(next.lower);
}

function accept(out: Span[], s: Scan, first: number, last: number, cue: UnknownCue): Span {
  const sp = newSpan(s.c, first, last);
  sp.notes.push(`not in the gazetteer; marked as a place by ${cue.form === 'suffix' || (cue.form === 'list' && !cue.cue.endsWith(' of')) ? `the word "${cue.cue}" after it` : `"${cue.cue}"`}`);
  CUES.set(sp, cue);
  out.push(sp);
  for (let k = first; k <= last; k++) s.covered[k] = 1;
  return sp;
}

/** Read one run: the first mark that holds, or null. */
function readRun(s: Scan, first: number, last: number): UnknownCue | null {
  const { tokens, text } = s.c;
  const t0 = tokens[first]!;
  // "Entire villages were razed": one capitalised word opening a sentence is as likely any word as a name, unless
  // a singular place noun follows it without an article ("Zarqolia village was shelled": no English word does that)
  const lone = t0.sentenceStart && first === last;
  const b = wordsBefore(tokens, first, 3);
  // "the village of X"
  const of = b[b.length - 1];
  const noun = b[b.length - 2];
  if (of && noun && of.lower === 'of' && !noun.cap && PREFIX_NOUNS.has(noun.lower)) {
    const the = b[b.length - 3];
    return { form: 'prefix', cue: `${the && the.lower === 'the' ? `${the.text} ` : ''}${noun.text} of`, kind: PREFIX_NOUNS.get(noun.lower)!, parent: undefined, needsParent: false };
  }
  // "X village", "the X neighbourhood", "X refugee camp"
  const n1 = tokens[last + 1];
  const n2 = tokens[last + 2];
  if (n1 && n1.sep === ' ' && !n1.cap) {
    const two = n2 && n2.sep === ' ' && !n2.cap ? `${n1.lower} ${n2.lower}` : null;
    const word = two && SUFFIX_NOUNS.has(two) ? two : SUFFIX_NOUNS.has(n1.lower) ? n1.lower : null;
    if (word && !(lone && (word.endsWith('s') || s.c.lowercaseWords.has(t0.lower)))) return { form: 'suffix', cue: word, kind: SUFFIX_NOUNS.get(word)!, parent: undefined, needsParent: false };
  }
  if (lone) return null;
  // "X, W and V villages"
  const head = listHead(s.c, { first, last } as Span);
  if (head && SUFFIX_NOUNS.has(head)) return { form: 'list', cue: head, kind: SUFFIX_NOUNS.get(head)!, parent: undefined, needsParent: false };
  if (t0.sentenceStart) return null;
  // "outside the Seray", "in the Hay Abid area": a name after "the" is a building, a body or a landmark, not a village
  const the = b[b.length - 1];
  if (the && the.lower === 'the') return null;
  const end = tokens[last]!.end;
  const loc = locativeBefore(tokens, first);
  const near = nearPhraseBefore(tokens, first);
  const marked = loc ?? near;
  // "near X (Y, Z)", "attacked X (Y)"
  const paren = parenParent(s, last);
  // "Dirk Bockel (Luxembourg)", "(Belgium, Atriac team)": a country opening the brackets is a nationality (a place's
  // brackets name its district and region, smallest first)
  const nationality = paren !== null && paren.parent.first === last + 1 && paren.parent.entries.some((e) => e.kind === 'country');
  if (paren && !nationality && (marked || paren.twoLevel)) {
    return { form: 'paren', cue: `${marked ? `${marked} … ` : ''}(${paren.parent.text}`, kind: U.defaultKind, parent: paren.parent, needsParent: !near };
  }
  // "X, in the Idlib countryside", "shelled X in Hama"
  const inParent = spanAfter(s, last, end, IN_GAP);
  if (inParent) {
    const comma = text[end] === ',';
    const w = tokens[inParent.last + 1];
    const regionWord = w !== undefined && w.sep === ' ' && !w.cap && REGION_WORDS.has(w.lower);
    if (marked || (comma && regionWord)) {
      return { form: comma ? 'region' : 'in', cue: `${marked ? `${marked} … ` : ''}${comma ? ', ' : ''}in ${inParent.text}${regionWord ? ` ${w!.text}` : ''}`, kind: U.defaultKind, parent: inParent, needsParent: !near };
    }
  }
  // "in X, Idlib": a first-level region, district or country after a comma, not opening a list
  const comma = marked ? spanAfter(s, last, end, COMMA_GAP) : null;
  if (comma && comma.entries.some((e) => e.kind === 'admin1' || e.kind === 'admin2' || e.kind === 'country') && !/^,?\s+(and|or)\s/.test(text.slice(comma.end, comma.end + 6))) {
    return { form: 'comma', cue: `${marked} … , ${comma.text}`, kind: U.defaultKind, parent: comma, needsParent: !near };
  }
  if (near && endsPhrase(s.c, last)) return { form: 'near', cue: near, kind: U.defaultKind, parent: undefined, needsParent: false };
  return null;
}

/** The place written after a name or a list as its container: "(Y", ", in the Y countryside", " in Y", ", Y". */
function parentAfter(s: Scan, last: number, withOf = false): Span | null {
  const end = s.c.tokens[last]!.end;
  const p = parenParent(s, last)?.parent ?? spanAfter(s, last, end, IN_GAP) ?? (withOf ? spanAfter(s, last, end, OF_GAP) : null);
  if (p) return p;
  const comma = spanAfter(s, last, end, COMMA_GAP);
  return comma && comma.entries.some((e) => e.kind === 'admin1' || e.kind === 'admin2' || e.kind === 'country') ? comma : null;
}

/**
 * "the villages of X, W and V in the Idlib countryside": the names listed after an accepted one, each with the
 * same mark; the place written after the whole list is the parent of every name in it.
 */
function continueList(out: Span[], s: Scan, first: Span, cue: UnknownCue): void {
  const { tokens, text } = s.c;
  const listed: Span[] = [first];
  let k = first.last;
  for (let guard = 0; guard < 20; guard++) {
    const next = tokens[k + 1];
    if (!next || !/^(,\s?|,?\s(and|or)\s)$/.test(text.slice(tokens[k]!.end, next.start)) && !(next.lower === 'and' && next.sep === ' ')) break;
    let i = k + 1;
    if (!next.cap && (next.lower === 'and' || next.lower === 'or')) i++;
    if (i >= tokens.length) break;
    const known = s.byFirst.get(i);
    if (known) {
      // a region or country after the list is its parent, not one of the listed places
      if (known.entries.some((e) => e.kind === 'admin1' || e.kind === 'country')) break;
      k = known.last;
      continue;
    }
    const run = runAt(s, i);
    if (!run || run.first !== i || refused(s, run.first, run.last, true)) break;
    listed.push(accept(out, s, run.first, run.last, { ...cue, form: 'list' }));
    k = run.last;
  }
  const parent = parentAfter(s, k);
  if (parent) for (const sp of listed) CUES.get(sp)!.parent = parent;
}

/**
 * Names no gazetteer holds that the words around them mark as places. Returns new spans (source 'cue', no
 * entries) in text order; unknownCue(span) tells the mark and the written parent.
 */
export function recogniseUnknown(c: Context, spans: readonly Span[]): Span[] {
  const covered = new Uint8Array(c.tokens.length);
  const byFirst = new Map<number, Span>();
  for (const sp of spans) {
    for (let k = sp.first; k <= sp.last; k++) covered[k] = 1;
    byFirst.set(sp.first, sp);
  }
  const s: Scan = { c, covered, byFirst, persons: undefined };
  const out: Span[] = [];
  for (let i = 0; i < c.tokens.length; i++) {
    const run = runAt(s, i);
    if (!run) continue;
    const cue = readRun(s, run.first, run.last);
    if (cue && (!run.glued || cue.form === 'suffix') && !refused(s, run.first, run.last, cue.form === 'prefix' || cue.form === 'suffix' || cue.form === 'list')) {
      const sp = accept(out, s, run.first, run.last, cue);
      if (cue.form === 'prefix') continueList(out, s, sp, cue);
      else if (cue.form === 'suffix' && !cue.parent) cue.parent = parentAfter(s, run.last + cue.cue.split(' ').length, cue.kind === 'neighbourhood' || cue.kind === 'admin2') ?? undefined;
    }
    i = run.last;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "shelled Hamidiyah in Hama", "Hamidiyah, in the Hama countryside": a gazetteer name that classify set aside for
 * want of context (names.ts NEEDS_CONTEXT) is a place when the same marks that keep an unknown name hold; the
 * written parent becomes its parent. Runs after classify. Returns the spans it kept.
 */
export function reviveMarked(c: Context, spans: Span[]): Span[] {
  const weak = spans.filter((sp) => sp.role === 'common' && sp.source === 'name' && sp.notes[sp.notes.length - 1]?.startsWith(NEEDS_CONTEXT));
  if (weak.length === 0) return [];
  const byFirst = new Map<number, Span>();
  for (const sp of spans) byFirst.set(sp.first, sp);
  const s: Scan = { c, covered: new Uint8Array(c.tokens.length), byFirst, persons: undefined };
  const out: Span[] = [];
  for (const sp of weak) {
    const cue = readRun(s, sp.first, sp.last);
    if (!cue || cue.form === 'near' || refused(s, sp.first, sp.last, false)) continue;
    if (cue.parent && (cue.parent.role !== 'place' || cue.parent.entries.length === 0)) continue;
    sp.role = 'place';
    sp.notes.push(`marked as a place by "${cue.cue}"`);
    CUES.set(sp, cue);
    out.push(sp);
  }
  return out;
}

/**
 * "shelled Hamidiyah in Hama" when the gazetteer's only Hamidiyah lies 90 km from Hama: the written parent says
 * the text means another place of that name, one the gazetteer lacks. True when a span kept by reviveMarked was
 * resolved outside its written parent (farther than the parent's radius × parentSlack, at least parentSlackKm).
 */
export function contradictsParent(span: Span, chosen: GazetteerEntry, resolutions: Map<Span, Resolution>): GazetteerEntry | null {
  const cue = CUES.get(span);
  if (!cue || span.source === 'cue') return null;
  const p = locatedEntry(cue.parent, resolutions);
  if (!p || p.kind === 'country' || chosen.id === p.id || chosen.parentId === p.id) return null;
  if (p.kind === 'admin1' && chosen.country === p.country && chosen.admin1 === p.admin1) return null;
  const km = distanceKm(chosen.lat, chosen.lon, p.lat, p.lon);
  return km > Math.max(p.radiusKm * U.parentSlack, U.parentSlackKm) ? p : null;
}

/** Where an unknown place is drawn. */
export interface UnknownPlacement {
  parent: GazetteerEntry;
  precision: 'near' | 'region' | 'country';
  radiusKm: number;
  kind: PlaceKind;
  /** the written name, whitespace collapsed */
  name: string;
  id: string;
  why: string;
}

const NEAR_KINDS: ReadonlySet<string> = new Set(U.precision.near);
const REGION_KINDS: ReadonlySet<string> = new Set(U.precision.region);
const COUNTRY_KINDS: ReadonlySet<string> = new Set(U.precision.country);

function precisionOf(e: GazetteerEntry): UnknownPlacement['precision'] | null {
  if (NEAR_KINDS.has(e.kind)) return 'near';
  if (REGION_KINDS.has(e.kind)) return 'region';
  if (COUNTRY_KINDS.has(e.kind)) return 'country';
  return null;
}

/** The located entry of a span (a place, resolved, not withdrawn), or null. */
function locatedEntry(s: Span | undefined, resolutions: Map<Span, Resolution>): GazetteerEntry | null {
  if (!s || s.role !== 'place') return null;
  const r = resolutions.get(s);
  return r && !r.abstained && r.chosen ? r.chosen.entry : null;
}

/** The nearest located place named in the same sentence (a town before a country), or null. */
/** each span's index in its article's span list, built once per list */
const INDEX = new WeakMap<readonly Span[], Map<Span, number>>();

function nearestInSentence(c: Context, span: Span, spans: readonly Span[], resolutions: Map<Span, Resolution>): { e: GazetteerEntry; s: Span } | null {
  let index = INDEX.get(spans);
  if (!index) INDEX.set(spans, (index = new Map(spans.map((x, k) => [x, k]))));
  const idx = index.get(span) ?? -1;
  if (idx < 0) return null;
  let best: { e: GazetteerEntry; s: Span; d: number } | null = null;
  const sentenceBreak = (from: number, to: number) => {
    for (let k = from + 1; k <= to; k++) if (c.tokens[k]!.sentenceStart) return true;
    return false;
  };
  for (const dir of [-1, 1]) {
    for (let j = idx + dir, n = 0; j >= 0 && j < spans.length && n < 8; j += dir, n++) {
      const o = spans[j]!;
      if (dir < 0 ? sentenceBreak(o.last, span.first) : sentenceBreak(span.last, o.first)) break;
      const e = locatedEntry(o, resolutions);
      if (!e || precisionOf(e) === null) continue;
      const d = (dir < 0 ? span.start - o.end : o.start - span.end) + (e.kind === 'country' ? 10_000 : 0);
      if (!best || d < best.d) best = { e, s: o, d };
    }
  }
  return best;
}

const FOCUS_ENTRY = new WeakMap<ArticleFocus, GazetteerEntry | null>();

/** The article's focus: its main first-level region when one clearly leads, else its main country (once per article). */
function focusEntry(focus: ArticleFocus, gaz: Gazetteer): GazetteerEntry | null {
  let e = FOCUS_ENTRY.get(focus);
  if (e === undefined) FOCUS_ENTRY.set(focus, (e = findFocusEntry(focus, gaz)));
  return e;
}

function findFocusEntry(focus: ArticleFocus, gaz: Gazetteer): GazetteerEntry | null {
  const country = [...focus.countries].sort((a, b) => b[1] - a[1])[0];
  if (!country) return null;
  const region = [...focus.regions].filter(([k]) => k.startsWith(`${country[0]}/`)).sort((a, b) => b[1] - a[1])[0];
  if (region && region[1] >= 0.6) {
    const e = gaz.lookup(region[0].slice(3)).find((x) => x.kind === 'admin1' && x.country === country[0]);
    if (e) return e;
  }
  return country[1] >= 0.5 ? (gaz.byId(`iso:${country[0]}`) ?? null) : null;
}

const slug = (name: string): string => nameKey(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';

/**
 * Where to draw an unknown place: its written parent, the nearest place of its sentence, the focus city (for a
 * neighbourhood) or the article's focus. null: nowhere known (reported unresolved); 'drop': its only mark was a
 * written parent that is no place, so the name is no place either.
 */
export function placeUnknown(
  c: Context, span: Span, spans: readonly Span[], resolutions: Map<Span, Resolution>, focus: ArticleFocus, gaz: Gazetteer,
): UnknownPlacement | null | 'drop' {
  const cue = CUES.get(span);
  const kind = cue?.kind ?? (span.kindHint === 'neighbourhood' ? 'neighbourhood' : U.defaultKind);
  let parent: GazetteerEntry | null = null;
  let how = '';
  const written = cue?.parent ?? span.parent;
  let w = locatedEntry(written, resolutions);
  // "the Isawiyah neighbourhood of Jerusalem": a neighbourhood lies in the city of that name, not its district
  if (w && kind === 'neighbourhood' && precisionOf(w) === 'region') {
    const key = nameKey(written!.text);
    w = written!.entries.find((e) => NEAR_KINDS.has(e.kind) && (e.kind === 'city' || e.kind === 'town') && nameKey(e.name) === key) ?? w;
  }
  // "Samboko village (Mambasa, Nord-Kivu)" with Mambasa withdrawn: the place that holds the written parent
  const up = !w && written?.parent ? locatedEntry(written.parent, resolutions) : null;
  if (w && precisionOf(w)) {
    parent = w;
    how = `its written parent ${w.name}`;
  } else if (up && precisionOf(up)) {
    parent = up;
    how = `${up.name}, which holds its written parent ${written!.text}`;
  } else if (cue?.needsParent) {
    return 'drop';
  }
  if (!parent && kind === 'neighbourhood' && focus.city) {
    parent = focus.city;
    how = `the focus city ${focus.city.name}`;
  }
  if (!parent) {
    const near = nearestInSentence(c, span, spans, resolutions);
    if (near) {
      parent = near.e;
      how = `${near.e.name}, named in the same sentence`;
    }
  }
  if (!parent) {
    const f = focusEntry(focus, gaz);
    if (f) {
      parent = f;
      how = `the article's focus ${f.name}`;
    }
  }
  if (!parent) return null;
  const name = span.text.replace(/\s+/g, ' ');
  const close = closeSpelling(name, parent, gaz);
  if (close) {
    const precision = precisionOf(close.entry) ?? 'near';
    return {
      parent: close.entry, precision, radiusKm: Math.max(close.entry.radiusKm, U.precision.minRadiusKm[precision]), kind: close.entry.kind, name,
      id: `unk:${close.entry.id}:${slug(name)}`,
      why: `not in the gazetteer as written; read as ${close.entry.name} (${close.entry.kind}), a close spelling (${close.edits} edit${close.edits === 1 ? '' : 's'} from "${name}") and the only one near ${how}`,
    };
  }
  const precision = precisionOf(parent)!;
  const radiusKm = Math.max(parent.radiusKm, U.precision.minRadiusKm[precision]);
  const mark = cue ? (cue.form === 'suffix' || (cue.form === 'list' && !cue.cue.endsWith(' of')) ? `the word "${cue.cue}"` : `"${cue.cue}"`) : 'a kind word';
  return {
    parent, precision, radiusKm, kind, name, id: `unk:${parent.id}:${slug(name)}`,
    why: `not in the gazetteer; marked as a place by ${mark}; placed at ${how} (${parent.kind}: ${precision}, ${Math.round(radiusKm)} km)`,
  };
}

const CLOSE = U.closeSpelling;

/**
 * "Umerkot town" in Sindh, "Viluppuram" named beside Tamil Nadu: a name the gazetteer lacks as written may be a
 * close spelling of a place where the text puts it. The one entry of closeSpelling.kinds in the parent's country
 * within the allowed edits of the name and near the parent, else null (none, or two).
 */
function closeSpelling(name: string, parent: GazetteerEntry, gaz: Gazetteer): { entry: GazetteerEntry; edits: number } | null {
  if (!parent.country) return null;
  // (the span is the name alone: "Umerkot town" keeps its place noun in the qualifier)
  const key = normalizeName(name);
  // ("Al Amir": the article is no evidence of the spelling; "Amir" alone is too short to read through an edit)
  const letters = stripArticles(key).replace(/[^\p{L}]/gu, '').length;
  if (letters < CLOSE.minLetters) return null;
  const max = letters >= CLOSE.longFrom ? CLOSE.longEdits : CLOSE.maxEdits;
  const reach = Math.max(Math.min(parent.radiusKm, CLOSE.maxParentKm) * CLOSE.radiusSlack, CLOSE.minKm);
  let found: { entry: GazetteerEntry; edits: number } | null = null;
  for (const r of gaz.search(name, { limit: 10, country: parent.country, kinds: CLOSE.kinds })) {
    const e = gaz.byId(r.id);
    if (!e || e.id === parent.id) continue;
    const edits = Math.min(...[e.name, ...e.alt].map((n) => distance(normalizeName(n), key)));
    if (edits === 0 || edits > max || distanceKm(e.lat, e.lon, parent.lat, parent.lon) > reach) continue;
    // (a first-level region holds it: "Comayaguela, Francisco Morazán" is no Comayagua of the next department)
    if (parent.kind === 'admin1' && e.admin1 !== parent.admin1) continue;
    // two places near enough: the spelling cannot choose
    if (found) return null;
    found = { entry: e, edits };
  }
  return found;
}
