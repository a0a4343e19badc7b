/**
 * The extraction lexicons: data/extract/*.json (actors come from lib/actors), zod-validated once at load and
 * compiled into regexes. In: nothing (reads the JSON modules). Out: `getLexicon()` (cached): the validated
 * rows of every file (triggers, generic actors, numbers, dates, background, roles, sentences, confidence,
 * events, place) and the regexes shared by several modules; `parse` (a bad row throws an error naming the
 * file and the field path) and the file schemas. Modules that need regexes of their own compile them from
 * these rows once, on first use. Knowledge lives in the data files (data/extract/README.md says what each
 * holds); this module only checks their shape and compiles them.
 */
import { z } from 'zod';
import { AcledSubEventType, EventType, type Actor } from '../schemas';
import { actorTable } from '../actors';
import triggersJson from '../../data/extract/triggers.json';
import genericJson from '../../data/extract/generic-actors.json';
import numbersJson from '../../data/extract/numbers.json';
import datesJson from '../../data/extract/dates.json';
import backgroundJson from '../../data/extract/background.json';
import rolesJson from '../../data/extract/roles.json';
import sentencesJson from '../../data/extract/sentences.json';
import confidenceJson from '../../data/extract/confidence.json';
import eventsJson from '../../data/extract/events.json';
import placeJson from '../../data/extract/place.json';
import { LBI, alternation, anyOf, compileList, compilePrefix, compileSuffix } from './phrase';
import { PhraseMatcher } from './matcher';

const Term = z.number().min(-1).max(1);
/** a word list: at least one word, no empty phrase */
const Words = z.array(z.string().min(1)).min(1);
/** [phrase, weight] or [phrase, weight, partyWeight]: with a conflict party (`party.words`) near, the row weighs partyWeight */
const Weighted = z.union([
  z.tuple([z.string().min(1), z.number().min(0).max(1)]),
  z.tuple([z.string().min(1), z.number().min(0).max(1), z.number().min(0).max(1)]),
]);
/**
 * A sub-type refinement: the first row whose cue stands in the trigger's words (`trigger`) or its sentence
 * (`sentence`) codes the event with `subEventType` (and the display class `type`, when given); `actorInter`
 * requires the acting party to be of one of those ACLED inter codes (state forces regain ground, others overtake it).
 */
const SubTypeRule = z.object({
  about: z.string().optional(),
  subEventType: AcledSubEventType,
  type: EventType.optional(),
  /** `context`: the sentence and the one after it ("… held a protest. Police dispersed them.") */
  within: z.enum(['trigger', 'sentence', 'context']),
  actorInter: z.array(z.number().int().min(1).max(8)).min(1).optional(),
  cues: Words,
});
/**
 * Trigger rows built from roles: every subject before every verb ("villagers attacked") and every passive verb
 * before every subject ("beaten by a mob"), each a row of `weight`: a group acting is what makes the words this type.
 */
const Frame = z.object({ about: z.string().optional(), subjects: Words, verbs: Words, passive: z.array(z.string().min(1)).optional(), weight: z.number().min(0).max(1) });
const TypeLexicon = z.object({
  /** ACLED sub-event type the type codes to unless a `subTypes` row says otherwise */
  acled: AcledSubEventType,
  subTypes: z.array(SubTypeRule).optional(),
  violent: z.boolean(),
  placePrepositions: z.array(z.string()),
  multiPerSentence: z.boolean().optional(),
  /** the place must be in the trigger's own clause (a venue), else the last venue named for this type */
  venueOnly: z.boolean().optional(),
  /** a standing fact (who holds a base): restatements merge whatever their dates */
  timeless: z.boolean().optional(),
  /** stands without a named party or a place of its own ("thousands fled the city") */
  selfStanding: z.boolean().optional(),
  /** the parties meet rather than fight (talks, truces): mediators count as parties, no one is a target */
  cooperative: z.boolean().optional(),
  /** a non-violent type whose words also have civil uses: checked against `figurative` like violent ones */
  figurativeUses: z.boolean().optional(),
  /** a figure in millions near the trigger makes the event a war total (background) */
  millionsAreTotal: z.boolean().optional(),
  /** announced plans ("would host talks in X next week") count, with lower confidence (see `planned`) */
  plannable: z.boolean().optional(),
  /** the trigger counts only with one of these words within `window` words (a group of people, a number) */
  requiresNear: z.object({ window: z.number().int().positive(), words: z.array(z.string()).min(1) }).optional(),
  triggers: z.array(Weighted).min(1),
  frames: z.array(Frame).optional(),
  /** phrases around a trigger word of this type that make it a civil use ("stock markets rally*", "riot police"): a trigger inside one is rejected */
  civilUses: z.object({ about: z.string().optional(), phrases: Words }).optional(),
  /** the triggers of these types in the same sentence are part of this event ("protesters … were arrested") */
  absorbs: z.array(EventType).optional(),
  /** this type's triggers are part of an event of these types told in the same or a neighbouring sentence ("attacked the village and burned down 20 huts") */
  yieldsTo: z.array(EventType).optional(),
});
const Figurative = z.object({ about: z.string().optional(), after: z.array(z.string()), before: z.array(z.string()), beforeChars: z.number().int().positive() });
export const TriggersFile = z.object({
  minWeight: z.number(),
  secondaryMinWeight: z.number(),
  types: z.record(EventType, TypeLexicon),
  typeOrder: z.array(EventType),
  negation: z.object({ window: z.number().int(), cues: z.array(z.string()), wide: z.array(z.string()), wideWindow: z.number().int(), after: z.array(z.string()) }),
  circumstantialOpeners: z.object({ cues: z.array(z.string()) }),
  clauseBreaks: z.object({ words: Words }),
  scopeBreaks: z.object({ words: Words }),
  duration: z.object({ window: z.number().int(), cues: z.array(z.string()) }),
  hypothetical: z.object({ window: z.number().int(), before: z.array(z.string()), after: z.array(z.string()), sentence: z.array(z.string()), purposeBefore: z.array(z.string()) }),
  quotes: z.object({ maxScareQuoteWords: z.number().int() }),
  lookAfterChars: z.number().int().positive(),
  planned: z.object({ cues: z.array(z.string()), conditionals: z.array(z.string()), confidenceFactor: z.number() }),
  countryWide: z.object({ cues: z.array(z.string()) }),
  figurative: Figurative,
  party: z.object({ about: z.string().optional(), window: z.number().int().positive(), words: Words }),
  labels: z.object({ about: z.string().optional(), maxWords: z.number().int().positive() }),
  grievance: z.object({ about: z.string().optional(), framing: z.array(EventType).min(1), cues: Words, beforeCues: Words, maxWords: z.number().int().min(0) }),
});
export const GenericFile = z.object({
  terms: z.record(z.string(), z.array(z.string())),
  notAfter: z.array(z.string()),
  demonymNotBefore: z.array(z.string()),
  verbAfter: z.array(z.string()),
  possessiveHeads: z.array(z.string()),
  unitNouns: Words,
  unitModifiers: Words,
  stateInter: z.number().int(),
  locativeBefore: z.array(z.string()),
  countries: z.record(z.string().length(2), z.record(z.string(), z.string())),
  compoundModifiers: z.object({ allies: Words, alsoNotLocated: Words }),
  withAlliesPossessives: Words,
  timeWordsBefore: Words,
  windows: z.object({
    compound: z.number().int().positive(), after: z.number().int().positive(), locativeBefore: z.number().int().positive(),
    agentBefore: z.number().int().positive(), relativeClause: z.number().int().positive(),
  }),
});
export const NumbersFile = z.object({
  units: z.record(z.string(), z.number()),
  multipliers: z.record(z.string(), z.number()),
  vague: z.record(z.string(), z.number()),
  qualifiers: z.array(z.string()),
  victims: z.array(z.string()),
  killVerbs: z.array(z.string()),
  deathTollNouns: z.array(z.string()),
  singular: z.object({ about: z.string().optional(), determiners: Words, notAfter: Words, deathOf: Words, intransitive: Words, activeVerbs: Words, victims: Words }),
  additive: Words,
  cumulativeMin: z.number(),
  passiveAuxiliaries: Words,
  activeKillVerbs: Words,
  tollLinks: Words,
  digitScales: Words,
  articles: Words,
  joiners: Words,
  yearNotToll: z.object({ before: Words, lookback: z.number().int().positive() }),
});
const Relative = z.object({
  offset: z.number().int(), precision: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  week: z.number().int().optional(), month: z.number().int().optional(), weekend: z.boolean().optional(),
});
export const DatesFile = z.object({
  weekdays: z.array(z.string()).length(7),
  months: z.array(z.string()).length(12),
  monthAbbrev: z.record(z.string(), z.number().int().min(1).max(12)),
  relative: z.record(z.string(), Relative),
  futureCues: z.array(z.string()),
  agoUnits: z.record(z.string(), z.number()),
  looseOpeners: Words,
  weekdayOpeners: Words,
  weekdayParts: Words,
  monthOpeners: Words,
  yearOpeners: Words,
  monthEnd: Words,
  monthStart: Words,
  cuePenalty: z.object({
    explicit: z.number(), since: z.number(), after: z.number(), weekday: z.number(), relative: z.number(), month: z.number(), year: z.number(), ago: z.number(),
  }),
  pickCue: z.object({ openingChars: z.number().int().min(0), earlierClausePenalty: z.number().min(0) }),
  yearlessAheadDays: z.number().int().min(0),
  cueWords: z.object({ since: Words, after: Words, ago: Words, previous: Words }),
  ordinalSuffixes: Words,
  sinceWeekMaxDays: z.number().int().min(0),
  monthMidDay: z.number().int().min(1).max(28),
  sinceWeekdayDayMaxDays: z.number().int().min(0),
});
export const BackgroundFile = z.object({
  sentence: z.array(z.string()), pastStart: z.array(z.string()), pastDays: z.number(),
  maxCueDistance: z.number().int().positive(),
  recentDays: z.number().min(0),
  recentDaysAfter: z.number().min(0),
  ongoingOpeners: Words,
  inMillions: z.object({ counts: Words, units: Words, plural: Words, windowBefore: z.number().int().min(0), windowAfter: z.number().int().min(0) }),
});
export const RolesFile = z.object({
  speech: z.array(z.string()), agentAfter: z.array(z.string()), target: z.array(z.string()), objectVerbs: z.array(z.string()),
  mediator: z.array(z.string()), ally: z.array(z.string()), between: z.array(z.string()), with: z.array(z.string()),
  clauseBreak: z.array(z.string()), agentBefore: z.array(z.string()), governingVerbs: z.array(z.string()),
  heldSuffix: z.array(z.string()), pronounVerbs: z.array(z.string()), victimAfterVerbs: z.array(z.string()), notReferent: z.array(z.string()), agentWindow: z.number().int(), targetWindow: z.number().int(),
  speechBefore: Words, speechNotBefore: Words, closingSpeech: Words, passiveAuxiliaries: Words, victimPassiveVerbs: Words, victimVerbs: Words,
  reducedPassiveVerbs: Words, targetBefore: Words, cooperativeActorBefore: Words, possessives: Words, subjectPronouns: Words,
  pronounSpeech: Words, perfectAuxiliaries: Words, forceNouns: Words, ownMen: Words, counterparts: Words,
  rank: z.object({ actor: z.number(), target: z.number(), mediator: z.number(), ally: z.number(), speaker: z.number(), mentioned: z.number() }),
  armedInter: z.array(z.number().int()), civilianInter: z.number().int(),
  governedDeterminers: Words, objectDeterminers: Words,
  aroundChars: z.number().int().positive(), objectVerbTargetWords: z.number().int().min(0),
});
export const SentencesFile = z.object({
  abbreviations: z.array(z.string()),
  relativeClause: z.object({ words: Words, maxChars: z.number().int().positive() }),
  clauseGapWords: Words,
  agentMarkers: Words,
});

const Precisions = z.object({ exact: z.number(), near: z.number(), region: z.number(), country: z.number() });
export const ConfidenceFile = z.object({
  trigger: z.object({ weightFactor: z.number().positive().max(1) }),
  place: z.object({ own: z.object({ exact: Term, near: Term, region: Term, country: Term }), venue: Term, countryWide: Term, previousSentence: Term, articleFocus: Term }),
  date: z.object({ resolved: Term, unresolved: Term, carried: Term }),
  actors: z.object({ acting: Term, targetOnly: Term, carried: Term, sharedInSentence: Term }),
  backgroundFactor: z.number().min(0).max(1),
  merged: Term,
});
export const EventsFile = z.object({
  weakTriggerBelow: z.number().min(0).max(1),
  concurrentTactics: z.object({ about: z.string().optional(), into: EventType, folded: z.array(EventType), maxChars: z.number().int().min(0) }),
  crowdFights: z.object({ about: z.string().optional(), crowd: z.array(EventType).min(1), fight: EventType, becomes: z.partialRecord(EventType, EventType) }),
  remoteFire: z.object({ about: z.string().optional(), verbs: Words, weapons: Words, targets: Words, atWords: z.number().int().min(0), maxChars: z.number().int().positive() }),
  violentStandsAlone: z.object({ about: z.string().optional(), minWeight: z.number().min(0).max(1), afterWords: z.number().int().min(0), occurred: Words }),
  carry: z.object({ dateMaxDepth: z.number().int().positive(), placeSentences: z.number().int().positive(), actorSentences: z.number().int().positive() }),
  orphanFatalities: z.object({ maxCount: z.number().int().positive(), maxDistance: z.number().int().positive() }),
  venue: z.object({ gapBefore: z.number().int().min(0), prepositionsAfter: Words }),
  merge: z.object({ dayDays: z.number().min(0), coarserDays: z.number().min(0), minKm: z.number().min(0) }),
});
export const PlaceFile = z.object({
  kindRank: z.record(z.string(), z.number()),
  defaultKindRank: z.number(),
  precisionRank: Precisions,
  score: z.object({ afterPreposition: z.number(), speakerSeat: z.number(), attached: z.number(), distanceDivisor: z.number().positive(), otherClause: z.number() }),
  windows: z.object({
    prepositionLookback: z.number().int().positive(), speakerSeatLookahead: z.number().int().positive(),
    agentLookback: z.number().int().positive(), agentNameLookback: z.number().int().positive(), longCommaGap: z.number().int().positive(),
  }),
  clauseGapWords: Words,
  defaultPrepositions: Words,
  attachedPrepositions: Words,
  speakerSeatVerbs: Words,
  describingNouns: z.object({ words: Words, joiners: Words }),
  descriptionHeads: z.object({ heads: Words, modifiers: Words, articles: Words }),
  relativeOpeners: z.object({ words: Words }),
  groupNounAfter: z.object({ about: z.string().optional(), score: z.number(), words: Words }),
  liesIn: z.object({ radiusFactor: z.number().positive(), minKm: z.number().min(0) }),
  container: z.object({ about: z.string().optional(), prepositions: Words, maxKm: z.number().positive() }),
  focus: z.object({ specificRank: z.number() }),
  wideArea: z.object({ kinds: Words, minRadiusKm: z.number().positive() }),
});

export interface TriggerEntry {
  type: EventType; weight: number; partyWeight?: number;
  /** a frame row written subject first ("villagers attacked"): "by" right after it makes the subject the victim */
  subjectFirst?: true;
}

export interface Lexicon {
  triggers: z.infer<typeof TriggersFile>;
  /** per type, the words one of which must stand near its trigger */
  requiresNear: Map<EventType, { window: number; re: RegExp }>;
  /** a conflict party word (triggers.json `party`): a row's partyWeight applies with one near */
  party: RegExp;
  /** one word-indexed matcher for every type's triggers */
  triggerMatcher: PhraseMatcher<TriggerEntry>;
  /** per type, its ACLED sub-type refinements in file order, cues compiled */
  subTypes: Map<EventType, { rule: z.infer<typeof SubTypeRule>; re: RegExp }[]>;
  negationBefore: RegExp;
  negationWide: RegExp;
  negationAfter: RegExp;
  /** "fighting AIDS", "flood fighting": a civil use of a violent word (right after / right before the trigger) */
  figurativeAfter: RegExp;
  figurativeBefore: RegExp;
  duration: RegExp;
  circumstantial: RegExp;
  /** a new clause inside a sentence (global: judgeTriggers collects every break of a sentence) */
  clauseBreak: RegExp;
  /** a new phrase of time or circumstance: a hypothesis cue does not reach across it */
  scopeBreak: RegExp;
  hypotheticalBefore: RegExp;
  /** 'before' cues of purpose ('to stop', 'in order to'): their reach ends at a comma */
  purposeCues: ReadonlySet<string>;
  hypotheticalSentence: RegExp;
  hypotheticalAfter: RegExp;
  /** hypothesis cues that are not plan cues (they reject even a plannable trigger) */
  hypotheticalBeforeNotPlan: RegExp;
  hypotheticalAfterNotPlan: RegExp;
  /** a plan cue, the whole matched cue */
  plannedCue: RegExp;
  conditional: RegExp;
  countryWide: RegExp;
  /** right after a trigger: a verb of occurrence within events.json violentStandsAlone.afterWords words ("broke out") */
  occurredAfter: RegExp;
  actors: readonly Actor[];
  generic: z.infer<typeof GenericFile>;
  numbers: z.infer<typeof NumbersFile>;
  dates: z.infer<typeof DatesFile>;
  background: z.infer<typeof BackgroundFile>;
  backgroundSentence: RegExp;
  pastStart: RegExp;
  roles: z.infer<typeof RolesFile>;
  abbreviations: Set<string>;
  /** ", which backs the GNA," / ", who …,": a relative clause right after a name, before its verb */
  relativeClause: RegExp;
  /** words that open another clause: a date or cue across one belongs to something else */
  clauseGap: RegExp;
  /** "brokered by (the) X": an agent marker ending the text before a name */
  agentBefore: RegExp;
  /** an agent marker and one to three capitalised words (with of/for/and/the between) right before a name: the name is part of the agent's ("by Keep Belgrade Afloat", "by Friends of Aleppo") */
  agentNameBefore: RegExp;
  confidence: z.infer<typeof ConfidenceFile>;
  events: z.infer<typeof EventsFile>;
  place: z.infer<typeof PlaceFile>;
}

/** Validate one data file's content; a bad row throws an error naming the file and the field. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file} is invalid (${issues}); fix the data file`);
  }
  return r.data;
}

/** "but" → "[Bb]ut": the first letter in either case, the rest as written. */
function firstLetterEitherCase(word: string): string {
  const rest = anyOf([word.slice(1)]);
  const c = word[0]!;
  return c.toLowerCase() === c.toUpperCase() ? anyOf([word]) : `[${c.toUpperCase()}${c.toLowerCase()}]${rest}`;
}

/** The rows of a type's `frames`: subject + verb, passive verb + subject. */
export function framePhrases(frames: readonly z.infer<typeof Frame>[]): { text: string; weight: number; subjectFirst: boolean }[] {
  return frames.flatMap((f) => [
    ...f.subjects.flatMap((s) => f.verbs.map((v) => ({ text: `${s} ${v}`, weight: f.weight, subjectFirst: true }))),
    ...(f.passive ?? []).flatMap((p) => f.subjects.map((s) => ({ text: `${p} ${s}`, weight: f.weight, subjectFirst: false }))),
  ]);
}

let cached: Lexicon | null = null;

export function getLexicon(): Lexicon {
  if (cached) return cached;
  const triggers = parse(TriggersFile, triggersJson, 'data/extract/triggers.json');
  const actors = actorTable();
  const ids = new Set(actors.map((a) => a.id));
  const generic = parse(GenericFile, genericJson, 'data/extract/generic-actors.json');
  for (const [cc, m] of Object.entries(generic.countries)) {
    for (const id of Object.values(m)) {
      if (!ids.has(id)) throw new Error(`data/extract/generic-actors.json: ${cc} names unknown actor "${id}"`);
    }
  }
  const triggerEntries: { phrase: string; value: TriggerEntry }[] = [];
  for (const type of triggers.typeOrder) {
    const t = triggers.types[type];
    if (!t) throw new Error(`data/extract/triggers.json: typeOrder names "${type}" but types has no entry`);
    for (const [phrase, weight, partyWeight] of t.triggers) triggerEntries.push({ phrase, value: partyWeight === undefined ? { type, weight } : { type, weight, partyWeight } });
    for (const phrase of framePhrases(t.frames ?? [])) triggerEntries.push({ phrase: phrase.text, value: phrase.subjectFirst ? { type, weight: phrase.weight, subjectFirst: true } : { type, weight: phrase.weight } });
  }
  const triggerMatcher = new PhraseMatcher(triggerEntries, { caseInsensitive: true });
  const background = parse(BackgroundFile, backgroundJson, 'data/extract/background.json');
  const sentences = parse(SentencesFile, sentencesJson, 'data/extract/sentences.json');
  const planSet = new Set(triggers.planned.cues.map((c) => c.toLowerCase()));
  const events = parse(EventsFile, eventsJson, 'data/extract/events.json');
  cached = {
    triggers,
    triggerMatcher,
    subTypes: new Map(triggers.typeOrder.map((type) => [type, (triggers.types[type]?.subTypes ?? []).map((rule) => ({ rule, re: compileList(rule.cues, 'i') }))])),
    requiresNear: new Map(triggers.typeOrder.flatMap((type) => {
      const r = triggers.types[type]?.requiresNear;
      return r ? [[type, { window: r.window, re: compileList(r.words, 'i') }] as const] : [];
    })),
    party: compileList(triggers.party.words, 'i'),
    negationBefore: compileList(triggers.negation.cues, 'i'),
    negationWide: compileList(triggers.negation.wide, 'i'),
    duration: compileList(triggers.duration.cues, 'i'),
    negationAfter: new RegExp(`^[\\s,]*(?:[A-Za-zÀ-ÖØ-öø-ÿ'’-]+\\s+){0,3}?(?:${alternation(triggers.negation.after)})(?![A-Za-z])`, 'i'),
    figurativeAfter: new RegExp(`^\\s+(?:${alternation(triggers.figurative.after)})(?![A-Za-zÀ-ÖØ-öø-ÿ])`, 'i'),
    figurativeBefore: new RegExp(`${LBI}(?:${alternation(triggers.figurative.before)})[\\s-]+$`, 'i'),
    circumstantial: new RegExp(`^(?:${triggers.circumstantialOpeners.cues.join('|')})\\s[^,;]*,`, 'i'),
    clauseBreak: new RegExp(`[;:—–]|,\\s|\\b(?:${triggers.clauseBreaks.words.map(firstLetterEitherCase).join('|')})\\b`, 'g'),
    occurredAfter: new RegExp(`^(?:[\\s,]+[A-Za-zÀ-ÖØ-öø-ÿ'’-]+){0,${events.violentStandsAlone.afterWords}}?[\\s,]+(?:${anyOf(events.violentStandsAlone.occurred, '\\s+')})(?![A-Za-z])`, 'i'),
    scopeBreak: new RegExp(`\\b(?:${anyOf(triggers.scopeBreaks.words)})\\b`, 'i'),
    hypotheticalBefore: compileList(triggers.hypothetical.before, 'i'),
    purposeCues: new Set(triggers.hypothetical.purposeBefore.map((c) => c.toLowerCase())),
    hypotheticalSentence: compileList(triggers.hypothetical.sentence, 'i'),
    hypotheticalAfter: new RegExp(`^[\\s,]*(?:[A-Za-zÀ-ÖØ-öø-ÿ'’-]+\\s+){0,3}?(?:${alternation(triggers.hypothetical.after)})(?![A-Za-z])`, 'i'),
    hypotheticalBeforeNotPlan: compileList(triggers.hypothetical.before.filter((c) => !planSet.has(c.toLowerCase())), 'i'),
    hypotheticalAfterNotPlan: new RegExp(`^[\\s,]*(?:[A-Za-zÀ-ÖØ-öø-ÿ'’-]+\\s+){0,3}?(?:${alternation(triggers.hypothetical.after.filter((c) => !planSet.has(c.toLowerCase())))})(?![A-Za-z])`, 'i'),
    plannedCue: new RegExp(`^(?:${alternation(triggers.planned.cues)})$`, 'i'),
    conditional: compileList(triggers.planned.conditionals, 'i'),
    countryWide: compileList(triggers.countryWide.cues, 'i'),
    actors,
    generic,
    numbers: parse(NumbersFile, numbersJson, 'data/extract/numbers.json'),
    dates: parse(DatesFile, datesJson, 'data/extract/dates.json'),
    background,
    backgroundSentence: new RegExp(
      background.sentence.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi'),
    pastStart: compileList(background.pastStart, 'i'),
    roles: parse(RolesFile, rolesJson, 'data/extract/roles.json'),
    abbreviations: new Set(sentences.abbreviations.map((a) => a.toLowerCase())),
    relativeClause: new RegExp(`^\\s*,\\s*(?:${anyOf(sentences.relativeClause.words)})\\b[^,.;:]{0,${sentences.relativeClause.maxChars}},`, 'i'),
    agentBefore: new RegExp(`\\b(?:${anyOf(sentences.agentMarkers)})\\s+(?:the\\s+)?$`, 'i'),
    agentNameBefore: new RegExp(`\\b(?:${anyOf(sentences.agentMarkers)})\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}\\p{N}'’()-]*\\s+(?:(?:of|for|and|the)\\s+)?){1,3}$`, 'u'),
    clauseGap: new RegExp(`[;:]|\\b(?:${anyOf(sentences.clauseGapWords)})\\b`, 'i'),
    confidence: parse(ConfidenceFile, confidenceJson, 'data/extract/confidence.json'),
    events,
    place: parse(PlaceFile, placeJson, 'data/extract/place.json'),
  };
  return cached;
}

export { compilePrefix, compileSuffix };
