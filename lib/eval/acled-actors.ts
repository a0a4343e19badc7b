/**
 * ACLED actor names against the reader's event actors, compared loosely (the "actor1 found" score).
 * In: an ACLED actor name ("Military Forces of Ukraine (2019-)", "Protesters (Iraq)", "Taliban",
 * "NAF: United Armed Forces of Novorossiya", "A and/or B") and a ConflictEvent's actors.
 * Out: `parseAcledActor` (the name's alternatives, each with its names, country and kind),
 * `eventActorNames` (every name an event actor goes by) and `acledActorFound` (does any event actor match).
 *
 * The rule, in order:
 * - Normalise: lowercase, accents and punctuation dropped, each word singular (a trailing "s" cut).
 * - Split the ACLED name into alternatives on "and/or"; inside one, "ABBR: Full name" and "Name - Other name"
 *   give several names. Parenthesised year ranges "(2019-)" are dropped; any other parenthesised part
 *   ("(Iraq)", "(West Africa)") is the alternative's country or region.
 * - "Military/Police/Armed/Security Forces of C (years) Unit" is state forces of country C (the unit, e.g.
 *   "Haftar Faction", is one more name); "Protesters", "Rioters", "Civilians", "Unidentified Armed Group/Gang"
 *   are kinds; anything else is a named group.
 * - An event actor goes by its own words (`text`), its display name (`name`: "Military forces of Armenia" for
 *   "Armenian troops", "Protesters (Mexico)" for "demonstrators") and, for a curated id (data/actors.json via lib/actors),
 *   the actor's name, aliases, demonyms and metonyms; a `generic:<role>` id adds the role word.
 * - They match when (1) one of the ACLED names occurs as whole words in an event actor's name, or an event
 *   name with a non-generic word occurs in an ACLED name; or (2) state forces: a word of the event actor shares
 *   the country's stem ("Afghan" ~ Afghanistan, "Turkish" ~ Turkey: common prefix of 4+ letters covering all
 *   but 2 letters of the shorter word), or the event actor is a bare state word ("the army", "police",
 *   "security forces"), unless the event actor's `kind` says it is no state force; or (3) a kind's head word or synonym is among the event actor's words
 *   ("demonstrators" ~ Protesters, "gunmen" ~ Unidentified Armed Group); or (4) at least half of the named
 *   group's non-generic words are among the event actor's words ("Resistance forces" ~ National Resistance Forces).
 */
import type { EventActor } from '../schemas';
import { actorById } from '../actors';

export type AcledActorKind = 'state' | 'protesters' | 'rioters' | 'civilians' | 'unidentified' | 'named';

export interface AcledActorName {
  /** normalised names of this alternative (abbreviation, full name, unit) */
  names: string[];
  /** normalised country or region: "Forces of C", or the parenthesised qualifier */
  country: string | null;
  kind: AcledActorKind;
}

/** Words that say what kind of body an actor is, not which one: never enough on their own. */
const GENERIC = new Set(['force', 'military', 'armed', 'army', 'group', 'unidentified', 'of', 'the', 'and', 'or', 'a', 'an', 'militia', 'security', 'government', 'national', 'state', 'faction', 'unit', 'fighter', 'troop']);
/** A bare state actor: every word is one of these (or generic). */
const STATE_WORDS = new Set(['army', 'military', 'police', 'policeman', 'policemen', 'soldier', 'troop', 'security', 'government', 'force', 'officer', 'gendarmerie', 'regime', 'junta', 'navy', 'airforce', 'warplane', 'jet', 'drone']);
/** Head words (singular) of ACLED's kinds and their usual synonyms in news text. */
const KIND_WORDS: Record<Exclude<AcledActorKind, 'state' | 'named'>, string[]> = {
  protesters: ['protester', 'protestor', 'demonstrator', 'marcher', 'striker'],
  rioters: ['rioter', 'mob', 'protester', 'protestor', 'demonstrator'],
  civilians: ['civilian', 'resident', 'villager', 'people', 'passenger', 'farmer', 'man', 'men', 'woman', 'women', 'child', 'children', 'boy', 'girl', 'student', 'worker'],
  unidentified: ['gunman', 'gunmen', 'assailant', 'attacker', 'militant', 'hitman', 'hitmen', 'gang', 'gangster', 'criminal', 'unknown', 'unidentified', 'bandit'],
};
const KIND_HEADS: [RegExp, AcledActorKind][] = [
  [/^protesters?\b/, 'protesters'],
  [/^rioters?\b/, 'rioters'],
  [/^civilians?\b/, 'civilians'],
  [/^unidentified\b/, 'unidentified'],
];
const STATE_HEAD = /^(?:military|police|armed|security|naval|air)\s+forces\s+of\s+([^()]+?)\s*(?:\(([^)]*)\)\s*(.*))?$/i;
const YEARS = /^\s*\d{4}\s*-\s*(?:\d{4})?\s*$/;

/** Lowercase, accents and punctuation out, single spaces, each word singular. */
export function normaliseName(s: string): string {
  return words(s).join(' ');
}

function words(s: string): string[] {
  return (s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** The alternatives of one ACLED actor name (empty for an empty name). */
export function parseAcledActor(raw: string): AcledActorName[] {
  return raw.split(/\s+and\/or\s+/i).map((s) => s.trim()).filter(Boolean).map(parseAlternative);
}

function parseAlternative(s: string): AcledActorName {
  const state = STATE_HEAD.exec(s);
  if (state) {
    const country = normaliseName(state[1]!.replace(/^the\s+/i, ''));
    const unit = state[3] ? normaliseName(state[3]) : '';
    const qualifier = state[2] && !YEARS.test(state[2]) ? [normaliseName(state[2])] : [];
    return { names: [normaliseName(s.replace(/\([^)]*\)/g, ' ')), ...qualifier, ...(unit ? [unit] : [])], country, kind: 'state' };
  }
  let country: string | null = null;
  const bare = s.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    if (!YEARS.test(inner)) country ??= normaliseName(inner);
    return ' ';
  });
  const names = bare.split(/:|\s+-\s+/).map(normaliseName).filter(Boolean);
  const head = names[names.length - 1] ?? '';
  const kind = KIND_HEADS.find(([re]) => re.test(head))?.[1] ?? 'named';
  return { names: [...new Set([normaliseName(bare), ...names])].filter(Boolean), country, kind };
}

/**
 * Every name an event actor goes by, normalised: its words, plus the curated record's name, demonyms, metonyms
 * and (unless `aliases: false`) aliases. The country rule skips aliases: "Yemen's Houthis" does not make
 * the Houthis Yemen's state forces.
 */
export function eventActorNames(actor: Pick<EventActor, 'id' | 'text' | 'name' | 'kind'>, opts: { aliases?: boolean } = {}): string[] {
  const out = [actor.text, ...(actor.name ? [actor.name] : [])];
  const curated = actorById(actor.id);
  if (curated) out.push(curated.name, ...curated.demonyms, ...curated.metonyms, ...(opts.aliases === false ? [] : curated.aliases));
  if (actor.id.startsWith('generic:')) out.push(actor.id.slice('generic:'.length));
  return [...new Set(out.map(normaliseName).filter(Boolean))];
}

/** Common prefix of 4+ letters covering all but 2 letters of the shorter word ("afghan" ~ "afghanistan"). */
export function sameStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 4 && n >= Math.min(a.length, b.length) - 2;
}

const containsPhrase = (hay: string, needle: string) => needle.length > 0 && ` ${hay} `.includes(` ${needle} `);
const hasSignificantWord = (name: string) => name.split(' ').some((w) => !GENERIC.has(w) && w.length > 2);

function matchesAlternative(alt: AcledActorName, actor: Pick<EventActor, 'id' | 'text' | 'name' | 'kind'>): boolean {
  const eventNames = eventActorNames(actor);
  const eventWords = new Set(eventNames.flatMap((n) => n.split(' ')));
  // (1) a whole name inside the other
  if (alt.names.some((a) => eventNames.some((e) => containsPhrase(e, a) || (hasSignificantWord(e) && containsPhrase(a, e))))) return true;
  if (alt.kind === 'state') {
    // an actor the reader knows to be no state force ("Protesters (Mexico)", "Unidentified armed group (Nigeria)")
    // is not a country's forces because its name holds the country
    if (actor.kind !== undefined && actor.kind !== 'state') return false;
    // (2) the country's stem (aliases aside), or a bare state word
    const own = eventActorNames(actor, { aliases: false });
    const countryWords = (alt.country ?? '').split(' ').filter((w) => w.length > 3 && !GENERIC.has(w));
    if (alt.country && own.some((e) => containsPhrase(e, alt.country!))) return true;
    if (countryWords.length === 1 && own.some((e) => e.split(' ').some((w) => sameStem(w, countryWords[0]!)))) return true;
    return own.some((e) => e.split(' ').every((w) => STATE_WORDS.has(w) || GENERIC.has(w)) && e.split(' ').some((w) => STATE_WORDS.has(w)));
  }
  // (3) the kind's head word or a synonym
  if (alt.kind !== 'named') return KIND_WORDS[alt.kind].some((w) => eventWords.has(w));
  // (4) half of the named group's own words
  const own = [...new Set(alt.names.flatMap((n) => n.split(' ')))].filter((w) => !GENERIC.has(w) && w.length > 2 && !(alt.country ?? '').split(' ').includes(w));
  return own.length > 0 && own.filter((w) => eventWords.has(w)).length * 2 >= own.length;
}

/** Is the ACLED actor among these event actors (by the rule in the header)? False for an empty ACLED name. */
export function acledActorFound(acledName: string, actors: readonly Pick<EventActor, 'id' | 'text' | 'name' | 'kind'>[]): boolean {
  return parseAcledActor(acledName).some((alt) => actors.some((a) => matchesAlternative(alt, a)));
}
