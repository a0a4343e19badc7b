/**
 * The geoparser's word knowledge, loaded once from data/geocode/*.json, zod-validated (a bad file throws an
 * Error naming it and the field) and compiled into Sets and Maps.
 * In: the JSON lists (cue verbs, qualifiers, organisation words, demonyms, capitals, abbreviations, compound
 * heads and the evidence a spelling variant needs: variants.json).
 * Out: LEXICON, a frozen object of lowercase lookup tables. No place or person names live in code.
 */
import { z } from 'zod';
import cuesJson from '../../data/geocode/cues.json';
import organisationsJson from '../../data/geocode/organisations.json';
import wordsJson from '../../data/geocode/words.json';
import demonymsJson from '../../data/geocode/demonyms.json';
import capitalsJson from '../../data/geocode/capitals.json';
import abbreviationsJson from '../../data/geocode/abbreviations.json';
import variantsJson from '../../data/geocode/variants.json';
import { normalizeName, parseDataFile } from '../gazetteer';
import { PlaceKind } from '../schemas';

const DIRECTIONS = ['N', 'S', 'E', 'W', 'C', 'NE', 'NW', 'SE', 'SW'] as const;
const SUFFIX_ROLES = ['admin1', 'admin2', 'region', 'countryside', 'border', 'neighbourhood', 'city', 'area', 'airport', 'base'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export type SuffixRole = (typeof SUFFIX_ROLES)[number];

const Words = z.array(z.string().min(1));
const Note = z.string();
const Cc = z.string().length(2);
const SuffixRoleZ = z.enum(SUFFIX_ROLES);

export const CuesFile = z.object({
  note: Note,
  literalPrepositions: Words, speechVerbs: Words, adverbsBetween: Words, notLocative: Words, suffixesOutsideName: Words,
  metonymyObjectPhrases: Words, metonymyObjectVerbs: Words, metonymyPrecedingNouns: Words, politicalNouns: Words,
  seatOfGovernmentOnly: Words, attributeSuffixes: Words, attributePrefixes: Words,
  directions: z.record(z.string(), z.enum(DIRECTIONS)),
  nearWords: Words,
  regionSuffixes: z.record(z.string(), SuffixRoleZ),
  cityCountrysideKm: z.number().positive(),
  titles: Words, sentenceBreakers: Words, connectorsInName: Words, ofHeads: Words, ofTitleHeads: Words,
  listHeads: z.record(z.string(), z.union([SuffixRoleZ, z.literal('country')])),
  attributiveNouns: Words,
  kindPrefixes: z.record(z.string(), z.enum(['city', 'admin1', 'admin2', 'neighbourhood'])),
});
export const OrganisationsFile = z.object({
  note: Note, nounsAfter: Words, suffixWords: Words, prefixPhrases: Words,
  supranational: z.object({ note: Note, names: Words, literalBefore: Words }),
  jurisdictionHeads: z.object({ note: Note, words: Words }),
  hyphenatedNames: z.object({ note: Note, names: Words }),
});
export const WordsFile = z.object({
  ambiguous: Words, personTitlesBefore: Words, firstNames: Words, calendar: Words, neverAlone: Words, streetSuffixes: Words,
  placePrefixes: Words, placeHeadWordsAfterFirstName: Words, placeModifierNouns: Words, residentNounsAfter: Words,
  partyPrefixes: Words, diseaseWords: Words, currencyWords: Words, roadNouns: Words, hyphenatedUnitWords: Words, vehicleMakes: Words, shortCapsOpeners: Words,
  personVerbsAround: Words, residentNounsAtSentenceStart: Words, groupWordsBeforeOf: Words, personClauseOpeners: Words,
  indefiniteArticles: Words, listJoiners: z.array(z.string().regex(/^[a-z]+$/, 'a lowercase word')).min(1),
  lowercaseNameOpeners: Words, spacedNameOpeners: Words,
}).catchall(Note);
export const DemonymsFile = z.object({ note: Note, demonyms: z.record(z.string(), Cc.nullable()) });
export const CapitalsFile = z.object({ note: Note, capitals: z.record(z.string(), Cc) });
export const AbbreviationsFile = z.object({
  note: Note,
  places: z.record(z.string(), z.string().min(1)),
  organisations: Words,
  usStates: z.record(z.string(), Cc),
  usStateNames: z.record(Cc, z.string().min(1)),
  usStatesAlsoTitles: Words,
});

const LowerWords = z.array(z.string().regex(/^[a-z]+$/, 'a lowercase word'));
export const VariantsFile = z.object({
  _about: Note,
  heads: z.array(z.strictObject({ spellings: LowerWords.min(1), placeWord: z.boolean(), alone: z.boolean(), englishWord: LowerWords }))
    .refine((hs) => hs.every((h) => h.englishWord.every((w) => h.spellings.includes(w))), 'englishWord lists spellings of its own row'),
  _aboutHeads: Note,
  evidenceBefore: LowerWords, weakEvidenceBefore: LowerWords, _aboutEvidence: Note, evidenceKindBefore: LowerWords,
  neverVariants: LowerWords, _aboutNever: Note,
  closeEdits: z.strictObject({
    _about: Note, minEdits: z.number().int().nonnegative(), share: z.number().min(0).max(1), kinds: z.array(PlaceKind), minPopulation: z.number().int().positive(),
  }),
});

const cues = parseDataFile(CuesFile, cuesJson, 'data/geocode/cues.json');
const organisations = parseDataFile(OrganisationsFile, organisationsJson, 'data/geocode/organisations.json');
const words = parseDataFile(WordsFile, wordsJson, 'data/geocode/words.json');
const demonyms = parseDataFile(DemonymsFile, demonymsJson, 'data/geocode/demonyms.json');
const capitals = parseDataFile(CapitalsFile, capitalsJson, 'data/geocode/capitals.json');
const abbreviations = parseDataFile(AbbreviationsFile, abbreviationsJson, 'data/geocode/abbreviations.json');
const variants = parseDataFile(VariantsFile, variantsJson, 'data/geocode/variants.json');

/** A generic head of a compound place name, by spelling ("tal", "tell", "kafr", …). */
export interface CompoundHead {
  /** the head is evidence that the compound is a place (Tal, Kafr, Khirbet; not Abu, Umm, Sheikh) */
  placeWord: boolean;
  /** the head alone may name a town of its own (the table marks which) */
  alone: boolean;
  /** this spelling is also an English word ("Tell") */
  english: boolean;
}
const compoundHeads = new Map<string, CompoundHead>();
for (const h of variants.heads) {
  for (const sp of h.spellings) {
    if (compoundHeads.has(sp)) throw new Error(`data/geocode/variants.json is invalid (heads: "${sp}" listed twice); fix the data file`);
    compoundHeads.set(sp, { placeWord: h.placeWord, alone: h.alone, english: h.englishWord.includes(sp) });
  }
}

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

function phraseList(xs: readonly string[]): string[][] {
  return xs.map((x) => x.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
}

/** demonym (as written, case kept) → ISO alpha-2 or null */
const demonymMap = new Map<string, string | null>(Object.entries(demonyms.demonyms));

/** normalised capital / seat name → ISO alpha-2 */
const capitalMap = new Map<string, string>();
for (const [name, cc] of Object.entries(capitals.capitals)) capitalMap.set(normalizeName(name), cc);

export const LEXICON = Object.freeze({
  literalPrepositions: lower(cues.literalPrepositions),
  speechVerbs: lower(cues.speechVerbs),
  adverbsBetween: lower(cues.adverbsBetween),
  metonymyObjectVerbs: lower(cues.metonymyObjectVerbs),
  metonymyObjectPhrases: lower(cues.metonymyObjectPhrases),
  /** kind words after a name that say what it is without being part of the written name ("Dadaab camps") */
  suffixesOutsideName: lower(cues.suffixesOutsideName),
  /** "according to", "due to": a preposition that ends a phrase and says nothing of place (last word → phrases) */
  notLocative: new Set(cues.notLocative.map((x) => x.toLowerCase())),
  metonymyPrecedingNouns: lower(cues.metonymyPrecedingNouns),
  politicalNouns: lower(cues.politicalNouns),
  attributiveNouns: lower(cues.attributiveNouns),
  seatOfGovernment: new Set(cues.seatOfGovernmentOnly.map((s) => normalizeName(s))),
  attributeSuffixes: lower(cues.attributeSuffixes),
  attributePrefixes: lower(cues.attributePrefixes),
  directions: new Map<string, Direction>(Object.entries(cues.directions)),
  nearPhrases: phraseList(cues.nearWords),
  regionSuffixes: new Map<string, SuffixRole>(Object.entries(cues.regionSuffixes)),
  cityCountrysideKm: cues.cityCountrysideKm,
  ofHeads: lower(cues.ofHeads),
  ofTitleHeads: lower(cues.ofTitleHeads),
  kindPrefixes: new Map<string, 'city' | 'admin1' | 'admin2' | 'neighbourhood'>(Object.entries(cues.kindPrefixes)),
  listHeads: new Map<string, SuffixRole | 'country'>(Object.entries(cues.listHeads)),
  titles: lower(cues.titles),
  connectors: lower(cues.connectorsInName),
  orgSuffixes: lower(organisations.suffixWords),
  /** lowercase nouns that make the name before them a group: "the Wagner group", "the Nour al-Din militia" */
  orgNounsAfter: lower(organisations.nounsAfter),
  orgPrefixes: phraseList(organisations.prefixPhrases),
  jurisdictionHeads: lower(organisations.jurisdictionHeads.words),
  hyphenatedOrgs: lower(organisations.hyphenatedNames.names),
  supranational: new Set(organisations.supranational.names.map((n) => normalizeName(n))),
  supranationalLiteral: lower(organisations.supranational.literalBefore),
  ambiguous: lower(words.ambiguous),
  calendar: lower(words.calendar),
  neverAlone: lower(words.neverAlone),
  shortCapsOpeners: lower(words.shortCapsOpeners),
  streetSuffixes: lower(words.streetSuffixes),
  placePrefixes: lower(words.placePrefixes),
  personTitles: lower(words.personTitlesBefore),
  firstNames: lower(words.firstNames),
  placeHeadWordsAfterFirstName: lower(words.placeHeadWordsAfterFirstName),
  placeModifierNouns: lower(words.placeModifierNouns),
  residentNounsAfter: lower(words.residentNounsAfter),
  partyPrefixes: new Set<string>(words.partyPrefixes),
  diseaseWords: lower(words.diseaseWords),
  currencyWords: lower(words.currencyWords),
  roadNouns: lower(words.roadNouns),
  hyphenatedUnitWords: lower(words.hyphenatedUnitWords),
  vehicleMakes: lower(words.vehicleMakes),
  personVerbsAround: lower(words.personVerbsAround),
  residentNounsAtSentenceStart: lower(words.residentNounsAtSentenceStart),
  groupWordsBeforeOf: lower(words.groupWordsBeforeOf),
  personClauseOpeners: lower(words.personClauseOpeners),
  indefiniteArticles: lower(words.indefiniteArticles),
  listJoiners: lower(words.listJoiners),
  lowercaseNameOpeners: lower(words.lowercaseNameOpeners),
  spacedNameOpeners: lower(words.spacedNameOpeners),
  demonyms: demonymMap,
  capitals: capitalMap,
  abbrevPlaces: new Map<string, string>(Object.entries(abbreviations.places)),
  abbrevOrgs: new Set<string>(abbreviations.organisations),
  usStates: new Map<string, string>(Object.entries(abbreviations.usStates)),
  stateAbbrevTitles: new Set<string>(abbreviations.usStatesAlsoTitles),
  usStateNames: new Map<string, string>(Object.entries(abbreviations.usStateNames)),
  /** generic heads of compound names by lowercase spelling (variants.json) */
  compoundHeads: compoundHeads as ReadonlyMap<string, CompoundHead>,
  variantEvidenceBefore: lower(variants.evidenceBefore),
  variantWeakEvidenceBefore: lower(variants.weakEvidenceBefore),
  variantKindBefore: lower(variants.evidenceKindBefore),
  neverVariants: lower(variants.neverVariants),
  variantClose: {
    minEdits: variants.closeEdits.minEdits, share: variants.closeEdits.share,
    kinds: new Set<string>(variants.closeEdits.kinds), minPopulation: variants.closeEdits.minPopulation,
  },
});

/** Abbreviations that carry dots or capitals, longest first, for matching at a token start. */
export const DOTTED_ABBREVIATIONS: string[] = [
  ...LEXICON.abbrevPlaces.keys(),
  ...LEXICON.abbrevOrgs,
  ...LEXICON.usStates.keys(),
].sort((a, b) => b.length - a.length);
