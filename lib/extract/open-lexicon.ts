/**
 * The open-world actor lexicon: data/extract/open-actors.json, zod-validated once and compiled into the
 * regexes lib/extract/open-actors.ts scans with (see data/extract/README.md, "open-actors.json").
 * In: the data file, generic-actors.json unitNouns/unitModifiers (state heads), dates.json month and
 * weekday names (never a name). Out: `openLexicon()` — the rows plus compiled patterns, built on first use.
 */
import { z } from 'zod';
import { AcledEventType } from '../schemas';
import openJson from '../../data/extract/open-actors.json';
import { getLexicon, parse } from './lexicon';
import { LBI, RBI, alternation, anyOf, phraseKey } from './phrase';

const Words = z.array(z.string().min(1));

export const OpenActorsFile = z.object({
  about: z.string(),
  heads: z.object({ rebel: Words, militia: Words, identity: Words }),
  extraStateHeads: Words,
  policeHeads: Words,
  personnelHeads: Words,
  nameHeads: z.object({ rebel: Words, militia: Words }),
  stateUnits: Words,
  unqualified: Words,
  crowds: z.object({ protesters: Words, rioters: Words }),
  unidentified: Words,
  groupModifiers: Words,
  identityModifiers: Words,
  identityNames: Words,
  stopModifiers: Words,
  agentVerbs: Words,
  agentAdverbs: Words,
  /** ACLED event types whose events always have a crowd as actor 1 (the unnamed one of the country when none is named) */
  crowdByEventType: z.partialRecord(AcledEventType, z.enum(['protesters', 'rioters'])),
  /** ACLED event types whose events, when no party acts in them, are acted by the country's unidentified armed group */
  unidentifiedByEventType: z.array(AcledEventType),
  displayNames: z.object({
    military: z.string().includes('{country}'), police: z.string().includes('{country}'),
    protesters: z.string().includes('{country}'), rioters: z.string().includes('{country}'),
    unidentified: z.string().includes('{country}'), noCountry: z.string(),
  }),
});
export type OpenActorsFile = z.infer<typeof OpenActorsFile>;

/** Which kind of head noun followed a name. */
export type HeadKind = 'state' | 'rebel' | 'militia' | 'identity';

export interface OpenLexicon {
  file: OpenActorsFile;
  /** a capitalised name (1–4 tokens, "of"/"al" glue inside), then optional "'s", up to two modifiers and a head */
  named: RegExp;
  /** capitalised names ending in a name head ("the Kivu Liberation Front") or a state unit ("the National Guard") */
  names: RegExp;
  /** "military forces of Armenia (and Azerbaijan)" */
  stateOf: RegExp;
  /** a capitalised name opening a clause as the subject of a violent verb: "…, Zarakure attacked" */
  agent: RegExp;
  /** the unnamed words: unqualified state forces, crowds, unidentified armed men */
  unnamed: RegExp;
  /** head phrase key → its kind */
  headKind: Map<string, HeadKind>;
  police: Set<string>;
  personnel: Set<string>;
  /** a curated actor's alias of two letters and more, lowercase (phraseKey) → its id: "boko haram" → boko-haram */
  curatedAliases: Map<string, string>;
  /** capitalised name head ("Front", "Brigade") → kind */
  nameHead: Map<string, 'rebel' | 'militia'>;
  stateUnits: Set<string>;
  stops: Set<string>;
  identityNames: Set<string>;
  identityModifiers: Set<string>;
  /** unnamed phrase key → what it names */
  unnamedKind: Map<string, 'military' | 'police' | 'protesters' | 'rioters' | 'unidentified'>;
}

const TOKEN = "(?:(?:al|el|ad|as|ash|an)[-‐])?[A-Z][A-Za-zÀ-ÖØ-öø-ÿ0-9'’]*(?:[-‐][A-Za-zÀ-ÖØ-öø-ÿ0-9]+)*";
/** a capitalised name: 1–4 tokens, "of"/"al"/"de" glue between them */
export const NAME = `${TOKEN}(?:\\s+(?:(?:of|de|del|al|el)\\s+(?:the\\s+)?)?${TOKEN}){0,3}`;

let cached: OpenLexicon | null = null;

export function openLexicon(): OpenLexicon {
  if (cached) return cached;
  const file = parse(OpenActorsFile, openJson, 'data/extract/open-actors.json');
  const g = getLexicon().generic;
  const stateHeads = [...g.unitNouns, ...file.extraStateHeads];
  const headKind = new Map<string, HeadKind>();
  for (const h of stateHeads) headKind.set(phraseKey(h), 'state');
  for (const kind of ['rebel', 'militia', 'identity'] as const) for (const h of file.heads[kind]) headKind.set(phraseKey(h), kind);
  const heads = [...headKind.keys()];
  const mods = [...file.groupModifiers, ...g.unitModifiers];
  const unnamedKind = new Map<string, OpenLexicon['unnamedKind'] extends Map<string, infer V> ? V : never>();
  const police = new Set(file.policeHeads.map(phraseKey));
  for (const w of file.unqualified) unnamedKind.set(phraseKey(w), police.has(phraseKey(w).replace(/^the /, '')) ? 'police' : 'military');
  for (const w of file.crowds.protesters) unnamedKind.set(phraseKey(w), 'protesters');
  for (const w of file.crowds.rioters) unnamedKind.set(phraseKey(w), 'rioters');
  for (const w of file.unidentified) unnamedKind.set(phraseKey(w), 'unidentified');
  const { weekdays, months } = getLexicon().dates;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  cached = {
    file,
    named: new RegExp(`${LBI}(${NAME})(['’]s)?\\s+((?:(?:${alternation(mods, false, true)})\\s+){0,2})(${alternation(heads, true)})${RBI}`, 'g'),
    // only names that end in a name head or are a state unit: scanning every capitalised name would cost more
    names: new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ÿ0-9'’-])(?:${TOKEN}\\s+(?:(?:of|de|del|al|el)\\s+(?:the\\s+)?)?){0,4}(?:${anyOf([...file.nameHeads.rebel, ...file.nameHeads.militia, ...file.stateUnits].sort((a, b) => b.length - a.length), '\\s+')})(?![A-Za-zÀ-ÖØ-öø-ÿ0-9'’-])`, 'g'),
    stateOf: new RegExp(`${LBI}(${alternation(stateHeads, true)})\\s+of\\s+(?:the\\s+)?(${NAME})(?:\\s+and\\s+(?:the\\s+)?(${NAME}))?${RBI}`, 'g'),
    agent: new RegExp(`(?<=(?:^|[.;:!?,(]|${LBI}(?:and|when|after|where|as))\\s*(?:[Tt]he\\s+)?)(${NAME})\\s+(?:(?:${alternation(file.agentAdverbs, false, true)})\\s+)?(?:${alternation(file.agentVerbs, false, true)})${RBI}`, 'g'),
    unnamed: new RegExp(`${LBI}(?:${alternation([...unnamedKind.keys()], false, true)})${RBI}`, 'g'),
    headKind,
    police,
    personnel: new Set(file.personnelHeads.map(phraseKey)),
    curatedAliases: new Map(getLexicon().actors.flatMap((a) => a.aliases.filter((x) => x.length > 3).map((x) => [phraseKey(x), a.id] as const))),
    nameHead: new Map([...file.nameHeads.rebel.map((h) => [h, 'rebel'] as const), ...file.nameHeads.militia.map((h) => [h, 'militia'] as const)]),
    stateUnits: new Set(file.stateUnits),
    stops: new Set([...file.stopModifiers, ...weekdays.map(cap), ...months.map(cap)]),
    identityNames: new Set(file.identityNames),
    identityModifiers: new Set(file.identityModifiers.map(phraseKey)),
    unnamedKind,
  };
  return cached;
}
