/**
 * The resolution rules: data/resolve/rules.json, zod-validated once at load.
 * In: the JSON file. Out: `rules()` — thresholds, weights, compatible ACLED sub-type pairs, facility nouns and
 * stopwords as ready-to-use sets.
 */
import { z } from 'zod';
import { AcledSubEventType } from '../schemas';
import rulesJson from '../../data/resolve/rules.json';

const Weights = z.object({
  sameSubType: z.number(), compatibleSubType: z.number(), samePlace: z.number(), sameRegion: z.number(), nearPlace: z.number(), nestedPlace: z.number(), placeFromContext: z.number(),
  sameDayExplicit: z.number(), sameDay: z.number(), adjacentDay: z.number(), overlappingWindow: z.number(),
  sharedActingActor: z.number(), sharedActor: z.number(), sameFatalities: z.number(), farFatalities: z.number(),
  sharedFacility: z.number(), differentFacility: z.number(), wordOverlap: z.number(),
});

const RulesFile = z.object({
  about: z.string(),
  threshold: z.number().positive(),
  maxRadiusKm: z.number().positive(),
  slackKm: z.number().nonnegative(),
  nearKm: z.number().nonnegative(),
  dayToleranceDays: z.number().int().nonnegative(),
  windows: z.object({ fromPublicationDaysBefore: z.number().int().nonnegative(), weekHalfDays: z.number().int().nonnegative(), monthHalfDays: z.number().int().nonnegative() }),
  compatibleSubTypes: z.array(z.tuple([AcledSubEventType, AcledSubEventType])),
  meansWords: z.partialRecord(AcledSubEventType, z.array(z.string().min(1))),
  weights: Weights,
  farFatalitiesRatio: z.number().positive(),
  farFatalitiesMinDiff: z.number().nonnegative(),
  closeTollFraction: z.number().nonnegative(),
  genericActorIds: z.array(z.string()),
  genericActorIdPattern: z.string(),
  facilities: z.array(z.string().min(1)),
  stopwords: z.array(z.string().min(1)),
  careNotTarget: z.string(),
  areaKinds: z.array(z.string()),
  articles: z.array(z.string()),
  localityNouns: z.array(z.string().min(1)),
  wholePlaceNouns: z.array(z.string().min(1)),
  numberedLocalityNouns: z.array(z.string().min(1)),
  settlementKinds: z.array(z.string()),
  listWords: z.array(z.string().min(1)),
});

export type ResolutionRules = Omit<z.infer<typeof RulesFile>, 'compatibleSubTypes' | 'meansWords' | 'genericActorIds' | 'genericActorIdPattern' | 'facilities' | 'stopwords' | 'careNotTarget' | 'areaKinds' | 'articles' | 'localityNouns' | 'wholePlaceNouns' | 'numberedLocalityNouns' | 'settlementKinds' | 'listWords'> & {
  areaKinds: ReadonlySet<string>;
  settlementKinds: ReadonlySet<string>;
  /** "<Name> road", "<Name> neighbourhood": the capitalised name before one of these nouns is a locality (group 1) */
  namedLocality: RegExp;
  /** a place's text ending in a locality noun that names a part of it ("Donetsk Airport", not "Baqim district") */
  partOfPlace: RegExp;
  /** "Ward No. 10", "Sector 4": one of these nouns and its number is a locality (the whole match) */
  numberedLocality: RegExp;
  /** a locative word, then a name (group 1): "in Thuhi", "near the village of Kaidupur" */
  locative: RegExp;
  /** at a name: the names from here run on into a list ("Tripoli, Matn and Zahle") — none of them is a container */
  listAhead: RegExp;
  articles: ReadonlySet<string>;
  /** "taken to hospital": a place of care, not a target */
  careNotTarget: RegExp;
  /** "A|B" for every compatible pair, both orders */
  compatibleSubTypes: ReadonlySet<string>;
  /** the two sub-types are equal or a listed compatible pair (compatibleSubTypes, without building a key: asked for every candidate pair) */
  subTypesMeet: (a: string, b: string) => boolean;
  isGenericActor: (id: string) => boolean;
  /** the words naming how a sub-type was carried out ("airstrike", "artillery"), as one word-bounded regex per sub-type */
  meansWords: ReadonlyMap<string, RegExp>;
  /** facility nouns, longest first (so "police station" wins over "station") */
  facilities: readonly string[];
  stopwords: ReadonlySet<string>;
};

let cached: ResolutionRules | null = null;

/** A capitalised name of one or more words, with the particles inside Arabic, Spanish, French names ("Ciudad de Mexico"). */
const NAME = `[\\p{Lu}][\\p{L}\\p{M}'’.-]*(?:[\\s-]+(?:(?:al|el|de|del|la|an|ad|as|ash|ar)(?![\\p{L}])|[\\p{Lu}][\\p{L}\\p{M}'’.-]*))*`;

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words as one regex alternation, longest first. */
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** The same, each word also with a capital first letter ("Mitiga Airport"). */
const capitalised = (words: readonly string[]) => alternation(words).replace(/(^|\|)(\p{Ll})/gu, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`);

export function rules(): ResolutionRules {
  if (cached) return cached;
  const r = RulesFile.parse(rulesJson);
  const generic = new Set(r.genericActorIds);
  const pattern = new RegExp(r.genericActorIdPattern, 'i');
  const meets = new Map<string, Set<string>>();
  for (const [a, b] of r.compatibleSubTypes) {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const set = meets.get(x) ?? new Set<string>();
      set.add(y);
      meets.set(x, set);
    }
  }
  cached = {
    ...r,
    compatibleSubTypes: new Set(r.compatibleSubTypes.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`])),
    meansWords: new Map(Object.entries(r.meansWords).map(([sub, words]) => [sub, new RegExp(`\\b(?:${alternation(words ?? [])})s?\\b`, 'iu')])),
    subTypesMeet: (a, b) => a === b || (meets.get(a)?.has(b) ?? false),
    isGenericActor: (id) => generic.has(id) || pattern.test(id),
    facilities: [...r.facilities].sort((a, b) => b.length - a.length || a.localeCompare(b)),
    stopwords: new Set(r.stopwords),
    careNotTarget: new RegExp(r.careNotTarget, 'giu'),
    areaKinds: new Set(r.areaKinds),
    articles: new Set(r.articles),
    settlementKinds: new Set(r.settlementKinds),
    namedLocality: new RegExp(`((?:[\\p{Lu}][\\p{L}'’.-]*)(?:[\\s-]+(?:(?:al|el|de|del|la|an|ad|as|ash|ar)(?![\\p{L}])|[\\p{Lu}][\\p{L}'’.-]*))*)\\s+(?:${capitalised(r.localityNouns)})s?\\b`, 'gu'),
    partOfPlace: new RegExp(`\\s(?:${alternation(r.localityNouns.filter((n) => !r.wholePlaceNouns.includes(n)))})s?$`, 'iu'),
    locative: new RegExp(`\\b(?:in|at|near|outside|around|of|from|into|toward|towards|including)\\s+(?:the\\s+)?((?:[\\p{Lu}][\\p{L}'’-]+)(?:[\\s-]+(?:(?:al|el|de|del|la|an|ad|as|ash|ar)(?![\\p{L}])|[\\p{Lu}][\\p{L}'’-]+))*)`, 'gu'),
    listAhead: new RegExp(`^${NAME}(?:\\s*,\\s*${NAME})*\\s*,?\\s+(?:${alternation(r.listWords)})\\s+\\p{Lu}`, 'u'),
    numberedLocality: new RegExp(`\\b(?:${alternation(r.numberedLocalityNouns)})\\s+(?:no\\.?\\s*|number\\s+)?\\d+[a-z]?\\b`, 'giu'),
  };
  return cached;
}
