/**
 * The geoparser's tunable knowledge beyond word lists: candidate feature weights, the classification rule
 * table and the thresholds of resolution and abstention, each zod-validated once at load.
 * In: data/geocode/candidates.json, classify.json, thresholds.json (the kind prior itself is
 * data/geocode/ranking.json, loaded by lib/gazetteer). Out: typed, frozen values; a bad file throws an Error
 * naming it and the field. Nothing here is computed per call.
 */
import { z } from 'zod';
import { PlaceKind } from '../schemas';
import { parseDataFile } from '../gazetteer';
import candidatesJson from '../../data/geocode/candidates.json';
import classifyJson from '../../data/geocode/classify.json';
import thresholdsJson from '../../data/geocode/thresholds.json';

const Kinds = z.array(PlaceKind).min(1);
const Num = z.number();
const Pos = z.number().positive();

export const CandidatesFile = z.object({
  _about: z.string(),
  maxCandidates: z.number().int().positive(),
  populationPrior: z.strictObject({ _about: z.string(), perLog10: Num, offset: Num, max: Num }),
  smallAdmin1: z.strictObject({ _about: z.string(), perLog10: Num, referenceKm: Pos }),
  largeRegion: z.strictObject({ _about: z.string(), minRadiusKm: Pos, prior: Num }),
  focusBySize: z.strictObject({ _about: z.string(), floorAtPrior: Num, fullAtPrior: Num, floor: z.number().min(0).max(1), rivalPrior: Num })
    .refine((f) => f.fullAtPrior > f.floorAtPrior, 'fullAtPrior must be above floorAtPrior'),
  match: z.strictObject({ _about: z.string(), primary: Num, regionAlias: Num, noisyAlias: Num, alias: Num, other: Num }),
  regionAliasKinds: Kinds,
  noisyAliasKinds: Kinds,
  proximity: z.strictObject({
    _about: z.string(),
    bands: z.array(z.strictObject({ underKm: Pos, bonus: Pos })).min(1)
      .refine((bs) => bs.every((b, i) => i === 0 || (b.underKm > bs[i - 1]!.underKm && b.bonus <= bs[i - 1]!.bonus)), 'bands must be nearest first, bonuses not rising'),
    ignoredAnchorKinds: Kinds,
  }),
  features: z.strictObject({
    _about: z.string(),
    focus: Num, region: Num, holdsAnchor: Num, together: Num, togetherInCounty: Num, list: Num, asParent: Num, same: Num,
    parent: Num, hint: Num, city: Num, cityKm: Pos, seat: Num, seatEditDistance: z.number().int().nonnegative(), seatRadiusFactor: Pos,
  }),
  hintKinds: z.object({ _about: z.string() }).catchall(Kinds),
  hintWordKinds: z.object({ _about: z.string() }).catchall(Kinds),
  _aboutKinds: z.string(),
  holdsAnchorKinds: Kinds,
  asParentKinds: Kinds,
  sameWithoutContextKinds: Kinds,
});
export type CandidatesFile = z.infer<typeof CandidatesFile>;

export const CANDIDATES: CandidatesFile = parseDataFile(CandidatesFile, candidatesJson, 'data/geocode/candidates.json');

/** The conditions lib/geocode/classify.ts implements, by the names the rule table uses. */
export const CLASSIFY_RULES = [
  'demonymInOrganisation', 'demonym', 'foundByCue', 'attribute', 'jurisdiction', 'organisation', 'currency', 'disease', 'supranational',
  'partyAffiliation', 'person', 'weakName', 'commonWord', 'capitalMetonymy', 'seatOfGovernment', 'countryAsActor', 'attributive',
] as const;
export const ClassifyRuleName = z.enum(CLASSIFY_RULES);
export type ClassifyRuleName = z.infer<typeof ClassifyRuleName>;
const Word = z.string().regex(/^[a-z]+$/, 'a lowercase word');

export const ClassifyFile = z.object({
  _about: z.string(),
  rules: z.array(z.strictObject({
    rule: ClassifyRuleName,
    outcome: z.enum(['keep', 'decided', 'place', 'organisation', 'person', 'common', 'metonymy', 'attribute']),
    final: z.boolean(),
    when: z.string().min(1),
  })).refine((rs) => CLASSIFY_RULES.every((n) => rs.filter((r) => r.rule === n).length === 1), `every rule (${CLASSIFY_RULES.join(', ')}) exactly once`),
  organisation: z.strictObject({ _about: z.string(), suffixJoiners: z.array(Word), maxSuffixWords: z.number().int().positive(), maxPrefixWords: z.number().int().positive() }),
  streets: z.strictObject({ _about: z.string(), siteKinds: Kinds }),
  supranational: z.strictObject({ _about: z.string(), articles: z.array(Word).min(1), lengthSlack: z.number().int().nonnegative() }),
});
export type ClassifyFile = z.infer<typeof ClassifyFile>;

export const CLASSIFY: ClassifyFile = parseDataFile(ClassifyFile, classifyJson, 'data/geocode/classify.json');

const About = z.string();
const Count = z.number().int().positive();
const Share = z.number().min(0).max(1);
/** the feature names of a scored candidate (lib/geocode/candidates.ts FEATURE_ORDER) */
const Feature = z.enum(['prior', 'match', 'focus', 'region', 'near', 'together', 'list', 'asParent', 'same', 'parent', 'hint', 'city', 'seat']);

export const ThresholdsFile = z.object({
  _about: About,
  recognise: z.strictObject({ _about: About, maxNameTokens: Count, acronymMaxLetters: Count }),
  names: z.strictObject({
    _about: About,
    majorPopulation: Count,
    alwaysMajorKinds: Kinds,
    strongKinds: Kinds,
    namedKinds: Kinds,
    aliasOkKinds: Kinds,
    titleCase: z.strictObject({ lookTokens: Count, minLongWords: Count, longWordLetters: Count, maxLowercase: z.number().int().nonnegative() }),
  }),
  resolve: z.strictObject({
    _about: About, confidentMargin: z.number().nonnegative(), parentDemonymArticles: z.array(Word).min(1), listKinds: Kinds,
    parents: z.strictObject({
      _about: About, prepositions: z.array(Word).min(1), containerKinds: Kinds, nearKinds: Kinds, nearKm: Pos, admin2RadiusFactor: Pos,
      neverInsideKinds: Kinds, farKm: Pos, outsideRegionKm: Pos, extentKinds: Kinds, minorKinds: Kinds, minorPopulation: Count, listRegionKm: Pos,
    }),
  }),
  focus: z.strictObject({ _about: About, place: Pos, placeAdmin1: Pos, placeInRegion: Pos, indirect: Pos }),
  abstain: z.strictObject({
    _about: About,
    abstainKm: Pos,
    localeKm: Pos,
    localeTownKm: Pos,
    localeTownKinds: Kinds,
    localeKinds: Kinds,
    neighbourhoodNamePrefixes: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    nameParticles: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    nameTailNotName: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    nameHeadCountryKinds: Kinds,
    facilityNouns: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    smallAbstainKm: Pos,
    foreignMinorHeld: Pos,
    smallKinds: Kinds,
    smallPopulation: Count,
    focusMinPlaces: Count,
    focusMinShare: Share,
    evidenceFeatures: z.array(Feature).min(1),
    wideKinds: Kinds,
    splitNameKm: Pos,
    splitOkKinds: Kinds,
  }),
  colocation: z.strictObject({ _about: About, nearKm: Pos, maxReadings: Count, localKinds: Kinds, countyRadiusFactor: Pos }),
  context: z.strictObject({ _about: About, listHeadWindow: Count }),
  metonymy: z.strictObject({ _about: About, maxWordsSkipped: Count, pastTenseSuffix: Word, pastTenseLongerThan: Count, possessiveWindow: Count }),
  geometry: z.strictObject({
    _about: About, exactKinds: Kinds, boxMaxRadii: Pos, boxMinRadiusKm: Pos, borderPadDeg: z.number().nonnegative(), borderCapKm: Pos,
    offsetExtraKm: z.number().nonnegative(), offsetExtraRadiusKm: z.number().nonnegative(),
  }),
});
export type ThresholdsFile = z.infer<typeof ThresholdsFile>;

export const THRESHOLDS: ThresholdsFile = parseDataFile(ThresholdsFile, thresholdsJson, 'data/geocode/thresholds.json');
