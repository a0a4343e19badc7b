/**
 * The geoparser's word knowledge, loaded once from data/geocode/*.json into Sets and Maps.
 * In: the JSON lists (cue verbs, qualifiers, organisation words, demonyms, capitals, abbreviations).
 * Out: LEXICON, a frozen object of lowercase lookup tables. No place or person names live in code.
 */
import cues from '../../data/geocode/cues.json';
import organisations from '../../data/geocode/organisations.json';
import words from '../../data/geocode/words.json';
import demonyms from '../../data/geocode/demonyms.json';
import capitals from '../../data/geocode/capitals.json';
import abbreviations from '../../data/geocode/abbreviations.json';
import { normalizeName } from '../gazetteer';

export type Direction = 'N' | 'S' | 'E' | 'W' | 'C' | 'NE' | 'NW' | 'SE' | 'SW';
export type SuffixRole = 'admin1' | 'admin2' | 'region' | 'countryside' | 'border' | 'neighbourhood' | 'city' | 'area' | 'airport' | 'base';

const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));

function phraseList(xs: readonly string[]): string[][] {
  return xs.map((x) => x.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
}

/** demonym (as written, case kept) → ISO alpha-2 or null */
const demonymMap = new Map<string, string | null>(Object.entries(demonyms.demonyms as Record<string, string | null>));

/** normalised capital / seat name → ISO alpha-2 */
const capitalMap = new Map<string, string>();
for (const [name, cc] of Object.entries(capitals.capitals as Record<string, string>)) capitalMap.set(normalizeName(name), cc);

export const LEXICON = Object.freeze({
  literalPrepositions: lower(cues.literalPrepositions),
  speechVerbs: lower(cues.speechVerbs),
  adverbsBetween: lower(cues.adverbsBetween),
  metonymyObjectVerbs: lower(cues.metonymyObjectVerbs),
  metonymyObjectPhrases: lower(cues.metonymyObjectPhrases),
  /** kind words after a name that say what it is without being part of the written name ("Dadaab camps") */
  suffixesOutsideName: lower(cues.suffixesOutsideName),
  /** "according to", "due to": a preposition that ends a phrase and says nothing of place (last word → phrases) */
  notLocative: new Set(cues.notLocative.map((x: string) => x.toLowerCase())),
  metonymyPrecedingNouns: lower(cues.metonymyPrecedingNouns),
  politicalNouns: lower(cues.politicalNouns),
  attributiveNouns: lower(cues.attributiveNouns),
  seatOfGovernment: new Set(cues.seatOfGovernmentOnly.map((s) => normalizeName(s))),
  attributeSuffixes: lower(cues.attributeSuffixes),
  attributePrefixes: lower(cues.attributePrefixes),
  directions: new Map<string, Direction>(Object.entries(cues.directions as Record<string, Direction>)),
  nearPhrases: phraseList(cues.nearWords),
  regionSuffixes: new Map<string, SuffixRole>(Object.entries(cues.regionSuffixes as Record<string, SuffixRole>)),
  cityCountrysideKm: cues.cityCountrysideKm,
  ofHeads: lower(cues.ofHeads),
  listHeads: new Map<string, SuffixRole | 'country'>(Object.entries(cues.listHeads as Record<string, SuffixRole | 'country'>)),
  titles: lower(cues.titles),
  connectors: lower(cues.connectorsInName),
  orgSuffixes: lower(organisations.suffixWords),
  /** lowercase nouns that make the name before them a group: "the Wagner group", "the Nour al-Din militia" */
  orgNounsAfter: lower(organisations.nounsAfter),
  orgPrefixes: phraseList(organisations.prefixPhrases),
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
  demonyms: demonymMap,
  capitals: capitalMap,
  abbrevPlaces: new Map<string, string>(Object.entries(abbreviations.places)),
  abbrevOrgs: new Set<string>(abbreviations.organisations),
  usStates: new Map<string, string>(Object.entries(abbreviations.usStates)),
  stateAbbrevTitles: new Set<string>(abbreviations.usStatesAlsoTitles),
  usStateNames: new Map<string, string>(Object.entries(abbreviations.usStateNames)),
});

/** Abbreviations that carry dots or capitals, longest first, for matching at a token start. */
export const DOTTED_ABBREVIATIONS: string[] = [
  ...LEXICON.abbrevPlaces.keys(),
  ...LEXICON.abbrevOrgs,
  ...LEXICON.usStates.keys(),
].sort((a, b) => b.length - a.length);
