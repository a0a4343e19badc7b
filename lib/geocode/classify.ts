/**
 * Stage 2, classification: is each recognised name used as a place?
 * In: text, tokens, spans from recognise. Out: the same spans with `role` set and notes explaining it:
 * 'attribute' ("U.S.-backed", "Beijing-based", "pro-Iran"), 'organisation' ("Baghdad University",
 * "Iraqi Observatory for Human Rights", a disease or strain name: "Marburg virus", a union of states acting:
 * "the EU said"), 'person' ("John Smith", "Troy Aikman"), 'common' (a common word such as "March" without
 * literal context, a currency: "US$"), 'metonymy' (a capital standing for its government: "Beijing said",
 * "Tehran's plans", "thanked Beijing"), 'demonym', or 'place' (also "Sen. Ford, D-Charleston": a
 * legislator's home). Cue words come from data/geocode.
 * The decision is the ordered rule table of data/geocode/classify.json: each row names a condition below
 * (RULES), the role it gives and whether it is final; classify() runs the rows in order for each span.
 */
import { nameKey } from './namekey';
import { LEXICON } from './lexicon';
import { isHyphen, isNameJoin } from './tokenize';
import type { Span } from './types';
import { gapAfter, hasLiteralContext, hasPrepositionBefore, prevWord, sepAt, type Context } from './context';
import { coordinateMetonymy, isCapital, metonymyCue, politicalNounAfterPossessive, verbAfter } from './metonymy';
import { hasMajorCandidate, oneSensePerArticle, personNames, spansAt, streetNamedAfter, SURNAME, weakName } from './names';
import { CLASSIFY, THRESHOLDS, type ClassifyFile, type ClassifyRuleName } from './data';

/** gazetteer kinds of a single site (classify.json streets): a street named after one is no place of its own */
const SITE_KINDS: ReadonlySet<string> = new Set(CLASSIFY.streets.siteKinds);
const ORG = CLASSIFY.organisation;
const ORG_SUFFIX_JOINERS: ReadonlySet<string> = new Set(ORG.suffixJoiners);
/** a leading article of a union's written name ("the European Union"), compiled once from classify.json */
const SUPRANATIONAL_ARTICLE = new RegExp(`^(?:${CLASSIFY.supranational.articles.join('|')})\\s+`, 'i');

function isAttribute(c: Context, s: Span): string | null {
  const gap = gapAfter(c, s);
  const next = c.tokens[s.last + 1];
  if (next && isHyphen(gap) && !next.cap) return `"${s.text}-${next.text}": a modifier, not a location`;
  if (next && isHyphen(gap) && LEXICON.demonyms.has(next.text)) return `"${s.text}-${next.text}": a modifier, not a location`;
  const p = c.tokens[s.first - 1];
  if (p && isHyphen(c.tokens[s.first]!.sep) && LEXICON.attributePrefixes.has(p.lower)) return `"${p.text}-${s.text}": a modifier, not a location`;
  return null;
}

/**
 * "US strikes", "US officials", "Russia troops": a country name written right before a noun that it modifies.
 * Still a place (our gold and the devsets annotate it), but noted so events do not take it as their location.
 */
export function attributiveUse(c: Context, s: Span): string | null {
  if (!s.entries.some((e) => e.kind === 'country')) return null;
  const next = c.tokens[s.last + 1];
  if (!next || gapAfter(c, s) !== ' ' || !LEXICON.attributiveNouns.has(next.lower)) return null;
  return `used attributively (${s.text} ${next.text})`;
}

/** "Wal-Mart", "Coca-Cola": the hyphen-joined run of words around the name, when organisations.json hyphenatedNames lists it. */
function hyphenatedOrganisation(c: Context, s: Span): string | null {
  let a = s.first;
  let b = s.last;
  for (let n = 0; n < 3 && a > 0 && isHyphen(c.tokens[a]!.sep); n++) a--;
  for (let n = 0; n < 3 && b + 1 < c.tokens.length && isHyphen(c.tokens[b + 1]!.sep); n++) b++;
  if (a === s.first && b === s.last) return null;
  const run = c.text.slice(c.tokens[a]!.start, c.tokens[b]!.end);
  return LEXICON.hyphenatedOrgs.has(run.toLowerCase()) ? run : null;
}

/**
 * the wide kinds (thresholds.json abstain.wideKinds: countries, states, regions, seas, continents) whose multi-word
 * name, right after a name, is another place and no organisation suffix ("Hodeidah Red Sea port")
 */
const WIDE_PLACE_AFTER: ReadonlySet<string> = new Set(THRESHOLDS.abstain.wideKinds);

function organisationWord(c: Context, s: Span, spans?: readonly Span[]): string | null {
  const named = hyphenatedOrganisation(c, s);
  if (named) return named;
  // a group named after a small place: "the Wagner group", "the Nour al-Din militia"
  const after = c.tokens[s.last + 1];
  if (after && !after.cap && sepAt(c, s, s.last + 1) === ' ' && LEXICON.orgNounsAfter.has(after.lower) && !hasMajorCandidate(s)) return after.text;
  // suffix: "Baghdad University", "New York Times", "US State Department", "Iraqi Observatory for Human Rights"
  let k = s.last + 1;
  let steps = 0;
  while (k < c.tokens.length && steps < ORG.maxSuffixWords) {
    const t = c.tokens[k]!;
    const sep = sepAt(c, s, k);
    if (!isNameJoin(sep) || isHyphen(sep)) break;
    if (!t.cap && !ORG_SUFFIX_JOINERS.has(t.lower)) break;
    // ("Hodeidah Red Sea port city": "Red" opens the name of a sea, not the Red Crescent)
    if (spans && spansAt(spans).byFirst.get(k)?.some((x) => x.last > k && x.entries.some((e) => WIDE_PLACE_AFTER.has(e.kind)))) break;
    if (t.cap && LEXICON.orgSuffixes.has(t.lower)) {
      const firstAfter = k === s.last + 1;
      const after = c.tokens[k + 1];
      const continues = after !== undefined && after.sep === ' ' && (after.lower === 'of' || LEXICON.orgSuffixes.has(after.lower));
      if (!(firstAfter && LEXICON.regionSuffixes.has(t.lower) && !continues)) {
        return t.text;
      }
    }
    k++;
    steps++;
  }
  // a prefix phrase right before the name, whatever its words ("Al-Qaeda in the Arabian Peninsula")
  for (const phrase of LEXICON.orgPrefixes) {
    const start = s.first - phrase.length;
    if (start < 0 || !c.tokens[start]!.cap) continue;
    let ok = true;
    for (let q = 0; q < phrase.length && ok; q++) ok = c.tokens[start + q]!.lower === phrase[q] && (q === 0 || isNameJoin(c.tokens[start + q]!.sep));
    if (ok && isNameJoin(c.tokens[s.first]!.sep)) return phrase.join(' ');
  }
  // prefix: "Bank of England", "University of Texas", "Islamic State of Iraq and the Levant"
  for (let back = 1; back <= ORG.maxPrefixWords && s.first - back >= 0; back++) {
    const start = s.first - back;
    if (!isNameJoin(c.tokens[start + 1]!.sep)) break;
    for (const phrase of LEXICON.orgPrefixes) {
      if (start + phrase.length > s.first) continue;
      let ok = true;
      for (let q = 0; q < phrase.length; q++) if (c.tokens[start + q]!.lower !== phrase[q]) ok = false;
      if (ok && start + phrase.length === s.first) return phrase.join(' ');
      if (ok && c.tokens[start]!.cap) return phrase.join(' ');
    }
    const t = c.tokens[start]!;
    if (!t.cap && !LEXICON.connectors.has(t.lower)) break;
  }
  return null;
}

/** "Sen. Robert Ford, D-Charleston", "(R-Ocilla)", "Rep. Earl Pomeroy, D-N.D.": a legislator's home town or state. */
export function partyAffiliation(c: Context, s: Span): string | null {
  const party = c.tokens[s.first - 1];
  if (!party || !isHyphen(c.tokens[s.first]!.sep) || !LEXICON.partyPrefixes.has(party.text)) return null;
  if (!/[,(]\s*$/.test(party.sep)) return null;
  return `"${party.text}-${s.text}": a legislator's party and home, a place`;
}

/**
 * A first name written before a capitalised word that is not a place word: "Chad LaBumbard", "Vaughan Matthews".
 * The name itself is the person's first name, not a place.
 */
function firstNameOfPerson(c: Context, s: Span, spans: readonly Span[]): string | null {
  if (s.first !== s.last) return null;
  const t = c.tokens[s.first]!;
  if (!LEXICON.firstNames.has(t.lower) || t.allCaps) return null;
  const next = c.tokens[s.last + 1];
  if (!next || !next.cap || next.allCaps || next.sep !== ' ') return null;
  if (LEXICON.placeHeadWordsAfterFirstName.has(next.lower) || LEXICON.regionSuffixes.has(next.lower) || LEXICON.orgSuffixes.has(next.lower) || LEXICON.streetSuffixes.has(next.lower)) return null;
  const nextSpan = spansAt(spans).byFirst.get(next.i)?.[0];
  if (nextSpan && (nextSpan.role === 'demonym' || nextSpan.entries.some((e) => e.kind === 'country' || e.kind === 'admin1'))) return null;
  return `"${s.text} ${next.text}": a first name before a surname`;
}

/** "countries in the EU" is a place; "the EU said", "EU officials", "sent to the European Union" name the body. */
const SUPRANATIONAL_FIRST = new Set([...LEXICON.supranational].map((k) => k.charAt(0)));
const SUPRANATIONAL_MAX = Math.max(0, ...[...LEXICON.supranational].map((k) => k.length)) + CLASSIFY.supranational.lengthSlack;
/** Is this written name a union of states ("EU", "the European Union")? */
function isSupranational(text: string): boolean {
  const bare = text.replace(SUPRANATIONAL_ARTICLE, '');
  // cheap filter before normalising: the first letter and the length of some listed name
  if (bare.length > SUPRANATIONAL_MAX || !SUPRANATIONAL_FIRST.has(bare.charAt(0).toLowerCase())) return false;
  return LEXICON.supranational.has(nameKey(bare));
}

export function supranationalRole(c: Context, s: Span): { role: 'place' | 'organisation'; why: string } | null {
  if (!isSupranational(s.text)) return null;
  const p = prevWord(c, s);
  if (p && !p.cap && LEXICON.supranationalLiteral.has(p.lower)) return { role: 'place', why: `a union of states as an area: preceded by "${p.text}"` };
  return { role: 'organisation', why: `a union of states acting as a body (no locative word before "${s.text}")` };
}

/** "US$460 million", "$US 1.5 billion": a currency, not a place. */
export function currencyMark(c: Context, s: Span): string | null {
  const before = c.text.slice(Math.max(0, s.start - 1), s.start);
  const after = c.text.slice(s.end, s.end + 2);
  if (after.startsWith('$') || (before === '$' && /^\s?\d/.test(after))) return `"${s.text}$": a currency`;
  // "the US dollar", "Hong Kong dollars" (words.json currencyWords)
  const next = c.tokens[s.last + 1];
  if (next && !next.cap && gapAfter(c, s) === ' ' && LEXICON.currencyWords.has(next.lower)) return `"${s.text} ${next.text}": a currency`;
  return null;
}

/** "West Nile virus", "Marburg virus", "Minamata disease", "A/California/7/2009": a disease or strain name. */
export function diseaseName(c: Context, s: Span): string | null {
  const next = c.tokens[s.last + 1];
  if (next && /^\s$/.test(gapAfter(c, s)) && LEXICON.diseaseWords.has(next.lower)) return `"${s.text} ${next.text}": part of a disease or strain name`;
  if (c.text[s.start - 1] === '/' && c.text[s.end] === '/') return `"/${s.text}/": part of a virus strain name`;
  return null;
}

function isPerson(c: Context, s: Span, persons: Set<string>, weakPersons: Set<string>, spans: readonly Span[]): string | null {
  const p = prevWord(c, s);
  const sepOk = /^\.? $/.test(c.tokens[s.first]!.sep);
  if (p && p.cap && sepOk && (LEXICON.firstNames.has(p.lower) || LEXICON.personTitles.has(p.lower))) {
    return `"${p.text} ${s.text}" is a person`;
  }
  const first = firstNameOfPerson(c, s, spans);
  if (first) return first;
  if (persons.has(s.text) && !hasPrepositionBefore(c, s)) return `"${s.text}" named a person earlier in the text`;
  // a surname guessed from the words around it (not from a first name or a title) never hides a major place
  if (weakPersons.has(s.text) && !hasPrepositionBefore(c, s) && !hasMajorCandidate(s)) return `"${s.text}" named a person earlier in the text`;
  return null;
}

/** What is known while classifying one span: the article's person names and the span's lazily computed facts. */
interface RuleState {
  spans: readonly Span[];
  idx: number;
  persons: Set<string>;
  weakPersons: Set<string>;
  /** isCapital(s), computed on first use (undefined: not yet) */
  capital: string | null | undefined;
}

/** What a rule found: the note to add, and, for 'decided' rules, the role; an actor cue for events. */
interface Finding {
  note: string | null;
  role?: Span['role'];
  actorCue?: string;
  /** remember the name as a person's (strong: named by a first name or title; weak: guessed from context) */
  person?: 'strong' | 'weak';
}

const found = (note: string | null): Finding => ({ note });

function capitalOf(s: Span, st: RuleState): string | null {
  if (st.capital === undefined) st.capital = isCapital(s);
  return st.capital;
}

/** A one-word gazetteer name other than a seat of government: the names weakName and commonWord judge. */
const singleName = (s: Span): boolean => s.source === 'name' && s.first === s.last && !LEXICON.seatOfGovernment.has(nameKey(s.text));

const orgNote = (org: string | null): Finding | null => (org ? found(`part of an organisation name (with "${org}")`) : null);

/**
 * "the Madison County Sheriff's Office", "Idlib Governorate Council": a place written as an administrative unit
 * (its last word in organisations.json jurisdictionHeads) inside the name of that unit's own body stays a place.
 */
function jurisdiction(c: Context, s: Span): Finding | null {
  if (s.first === s.last || !LEXICON.jurisdictionHeads.has(c.tokens[s.last]!.lower)) return null;
  const org = organisationWord(c, s);
  return org ? found(`the ${c.tokens[s.last]!.text.toLowerCase()} whose own body this is (with "${org}"): a place`) : null;
}
const noteOf = (note: string | null): Finding | null => (note ? found(note) : null);

/** The condition of each rule of data/geocode/classify.json, by name: null when it does not fire. */
const RULES: Record<ClassifyRuleName, (c: Context, s: Span, st: RuleState) => Finding | null> = {
  demonymInOrganisation: (c, s) => (s.role === 'demonym' ? orgNote(organisationWord(c, s)) : null),
  demonym: (_c, s) => (s.role === 'demonym' ? found(`demonym${s.demonymCountry ? ` of ${s.demonymCountry}` : ''}: an adjective, not a location`) : null),
  foundByCue: (_c, s) => (s.source === 'cue' ? found(null) : null),
  attribute: (c, s) => noteOf(isAttribute(c, s)),
  jurisdiction: (c, s) => jurisdiction(c, s),
  organisation: (c, s, st) => orgNote(organisationWord(c, s, st.spans)),
  currency: (c, s) => noteOf(currencyMark(c, s)),
  disease: (c, s) => noteOf(diseaseName(c, s)),
  supranational: (c, s) => {
    const union = supranationalRole(c, s);
    return union && { note: union.why, role: union.role === 'organisation' ? 'organisation' : undefined };
  },
  partyAffiliation: (c, s) => noteOf(partyAffiliation(c, s)),
  person: (c, s, st) => {
    const person = s.source === 'name' ? isPerson(c, s, st.persons, st.weakPersons, st.spans) : null;
    return person ? { note: person, person: person.includes('first name before') ? undefined : 'strong' } : null;
  },
  weakName: (c, s, st) => {
    // (a facility's name of several words before a street noun is a street too: "Tripoli Airport Road"; a county's
    // or town's is read as a place, as "Douglas County Road 12" is in Douglas County)
    const weak = singleName(s) ? weakName(c, s, st.spans, st.idx) : s.entries.length > 0 && s.entries.every((e) => SITE_KINDS.has(e.kind)) ? streetNamedAfter(c, s) : null;
    if (!weak) return null;
    const surname = weak.startsWith(SURNAME);
    return { note: surname ? weak.slice(SURNAME.length) : weak, role: surname ? 'person' : 'common', person: surname ? 'weak' : undefined };
  },
  commonWord: (c, s, st) => {
    if (!singleName(s)) return null;
    const lower = c.tokens[s.first]!.lower;
    const common = LEXICON.ambiguous.has(lower) || c.lowercaseWords.has(lower);
    return common && !hasLiteralContext(c, s, st.spans, st.idx) ? found(`"${s.text}" is usually a common word or name here, and nothing around it marks a place`) : null;
  },
  capitalMetonymy: (c, s, st) => {
    const capital = capitalOf(s, st);
    const cue = capital ? metonymyCue(c, s, st.spans, st.idx) : null;
    return cue ? found(`${capital} used for its government: ${cue}`) : null;
  },
  seatOfGovernment: (c, s, st) => {
    const capital = capitalOf(s, st);
    return capital && LEXICON.seatOfGovernment.has(nameKey(s.text)) && !hasPrepositionBefore(c, s) ? found(`${capital} named without a locative preposition: stands for the government`) : null;
  },
  countryAsActor: (c, s, st) => {
    if (capitalOf(s, st) || !s.entries.some((e) => e.kind === 'country' && nameKey(e.name) === nameKey(s.text))) return null;
    const verb = verbAfter(c, s, st.spans, st.idx);
    const noun = verb ? null : politicalNounAfterPossessive(c, s);
    return verb || noun ? { note: null, actorCue: verb ? `subject of "${verb.text}"` : `possessive with "${noun!.text}"` } : null;
  },
  attributive: (c, s) => noteOf(attributiveUse(c, s)),
};

type Row = ClassifyFile['rules'][number];
/** The table in its data order, each row with its condition. */
const TABLE: readonly { row: Row; test: (typeof RULES)[ClassifyRuleName] }[] = CLASSIFY.rules.map((row) => ({ row, test: RULES[row.rule] }));

/** Apply a rule that fired: its role (the table's, or the rule's own for 'decided'), note, actor cue and person memory. */
function apply(s: Span, row: Row, f: Finding, st: RuleState): void {
  const role = row.outcome === 'decided' ? f.role : row.outcome === 'keep' ? undefined : row.outcome;
  if (role) s.role = role;
  if (f.person === 'strong') st.persons.add(s.text);
  else if (f.person === 'weak') st.weakPersons.add(s.text);
  if (f.actorCue) s.actorCue = f.actorCue;
  if (f.note !== null) s.notes.push(f.note);
}

/** Run the rule table on one span, in order, until a final rule fires. */
function classifySpan(c: Context, s: Span, st: RuleState): void {
  for (const { row, test } of TABLE) {
    const f = test(c, s, st);
    if (!f) continue;
    apply(s, row, f, st);
    if (row.final) return;
  }
}

export function classify(c: Context, spans: Span[]): Span[] {
  const st: RuleState = { spans, idx: 0, persons: personNames(c), weakPersons: new Set<string>(), capital: undefined };
  spans.forEach((s, idx) => {
    st.idx = idx;
    st.capital = undefined;
    classifySpan(c, s, st);
  });
  coordinateMetonymy(c, spans);
  oneSensePerArticle(c, spans);
  for (const s of spans) {
    if (s.role === 'place' && s.source === 'name' && s.first === s.last && (st.persons.has(s.text) || st.weakPersons.has(s.text)) && !hasMajorCandidate(s) && !hasPrepositionBefore(c, s)) {
      s.role = 'person';
      s.notes.push(`"${s.text}" names a person elsewhere in the text`);
    }
  }
  return spans;
}
