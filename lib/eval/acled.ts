/**
 * Event evaluation on ACLED event notes (../shared/devsets/acled-world-dev.json), by the devset README's rules,
 * extended to ACLED's whole taxonomy.
 * In: the parsed notes (`parseAcledNotes`) and, per note, what the reader made of it (its mentions and events,
 * e.g. lib/pipeline `processText(note.text, { published })`). Pure: nothing is read or printed here.
 * Out: `scoreNote` → NoteScore (located, found, precision counts, type/sub-type/actor/date/fatality checks, what
 * was read, error classes). `summariseAcled` (lib/eval/acled-summary.ts, re-exported here) pools them into an
 * AcledReport; lib/eval/acled-report.ts renders it.
 * Rules: a row is *located* when a location mention lies within 25 km of the gold point (Acc@25, Acc@161 over
 * geo_precision 1–2). An event is *compatible* with a row when the README's table says so (COMPATIBLE: the
 * product's display type) or when its ACLED class has the row's event type (`event.acled.eventType ===
 * gold.event_type`, as the README does for Battles). A row is *found* when a compatible non-background event lies
 * within 10/25/60 km (geo_precision 1/2/3) plus its own radius capped at 25 km; *precision* pools, over rows, the
 * share of non-background events that match their row's event. *Sub-type exact*: on found rows, the matched
 * event's `acled.subEventType` equals the coder's. An event without a well-formed `acled` (a document stored before
 * the taxonomy, read loosely) is scored by its display type alone, and its sub-type counts as unknown (not scored).
 * *Ceiling* (when a gazetteer is passed): whether the gazetteer holds the coded place by a name within 25 km, or any
 * entry there (lib/eval/acled-ceiling.ts) — the upper bound of "located Acc@25" for this gazetteer.
 */
import type { AcledClass, AcledGold, AcledNote, ConflictEvent, EventType, Mention } from '../schemas';
import { AcledNote as AcledNoteSchema } from '../schemas';
import { pointOf } from './geo';
import { distanceKm } from '../geo';
import { GoldFileError } from './gold';
import { acledActorFound, parseAcledActor } from './acled-actors';
import { ceilingOf, type Ceiling } from './acled-ceiling';
import type { Gazetteer } from '../gazetteer';

/** Product display types that express an ACLED sub-type, before the taxonomy (Battles: all three → clash). */
export const COMPATIBLE: Readonly<Record<string, readonly EventType[]>> = {
  'Armed clash': ['clash'],
  'Government regains territory': ['clash'],
  'Non-state actor overtakes territory': ['clash'],
  'Air/drone strike': ['airstrike', 'shelling'],
  'Shelling/artillery/missile attack': ['airstrike', 'shelling'],
  'Headquarters or base established': ['base'],
  Agreement: ['truce', 'talks'],
};
/** "Change to group/activity" counts as a deployment only for notes that begin with this label. */
const MOVEMENT = /^\s*movement of forces/i;
/** Event-match distance by geo_precision, plus the event's own radius up to RADIUS_CAP_KM. */
export const MATCH_KM: Readonly<Record<1 | 2 | 3, number>> = { 1: 10, 2: 25, 3: 60 };
export const RADIUS_CAP_KM = 25;
export const LOCATED_KM = 25;
export const WIDE_KM = 161;
/** ACLED event types that are violence (a peaceful protest must yield none). */
export const VIOLENT_ACLED_TYPES: ReadonlySet<string> = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
/** Display classes that are violence, whatever the event's ACLED class (strings: the enum grows with the taxonomy). */
export const VIOLENT_CLASSES: ReadonlySet<string> = new Set(['clash', 'airstrike', 'shelling', 'explosion', 'attack', 'abduction', 'territory']);
const QUOTE_CHARS = 120;

/** The event's ACLED class, or null when it has none (a document from before the taxonomy, read loosely). */
export function acledOf(e: ConflictEvent): AcledClass | null {
  const a = (e as { acled?: Partial<AcledClass> | null }).acled;
  return a && typeof a.eventType === 'string' && typeof a.subEventType === 'string' ? { eventType: a.eventType, subEventType: a.subEventType } : null;
}

/** The event counts as violence: a violent ACLED type or a violent display class. */
export function isViolent(e: ConflictEvent): boolean {
  const a = acledOf(e);
  return (a !== null && VIOLENT_ACLED_TYPES.has(a.eventType)) || VIOLENT_CLASSES.has(e.type);
}

export interface ErrorMark { cls: string; detail: string }

/** What the reader made of a row, as shown beside the coder's event: the matched event, else the nearest one. */
export interface ReadEvent { type: string; eventType: string | null; subEventType: string | null; place: string | null; actors: string[] }

export interface NoteScore {
  id: string;
  country: string;
  eventType: string;
  subEventType: string;
  /** the note's first 120 characters */
  quote: string;
  /** the product's display types alone express this row's sub-type (the README's "rows whose type we have") */
  typed: boolean;
  /** null for geo_precision 3 (not scored) */
  located25: boolean | null;
  located161: boolean | null;
  /** what the gazetteer holds near the coder's point (null for geo_precision 3, or when no gazetteer was given) */
  ceiling?: Ceiling | null;
  found: boolean;
  /** non-background events emitted, and how many of them match the row's event */
  events: number;
  matching: number;
  /** some non-background event lies within the match distance (any type); null when none does */
  placedTypeOk: boolean | null;
  /** on found rows whose matched event has an ACLED class: its sub-type is the coder's (null otherwise) */
  subTypeExact: boolean | null;
  /** on found rows only (null otherwise, or when the gold has nothing to compare) */
  actor1: boolean | null;
  dateExact: boolean | null;
  fatalitiesExact: boolean | null;
  zeroFatalitiesKept: boolean | null;
  /** peaceful protests only: some violent event was emitted */
  peacefulViolent: boolean | null;
  /** the matched event, else the nearest non-background event; null when nothing was read */
  read: ReadEvent | null;
  errors: ErrorMark[];
}

/** Parses the ACLED note array; a bad note throws a GoldFileError naming the note and the field. */
export function parseAcledNotes(value: unknown, label = 'ACLED notes'): AcledNote[] {
  if (!Array.isArray(value)) throw new GoldFileError(`${label} is not a JSON array of ACLED notes`, []);
  if (value.length === 0) throw new GoldFileError(`${label} holds no ACLED notes (an empty array)`, []);
  const issues: string[] = [];
  const notes: AcledNote[] = [];
  value.forEach((raw, i) => {
    const r = AcledNoteSchema.safeParse(raw);
    if (r.success) notes.push(r.data);
    else {
      const id = typeof (raw as { id?: unknown })?.id === 'string' ? ` (${(raw as { id: string }).id})` : '';
      for (const x of r.error.issues) issues.push(`note ${i}${id}: ${x.path.join('.') || '(note)'}: ${x.message}`);
    }
  });
  if (issues.length > 0) {
    throw new GoldFileError(`${label} does not match the ACLED note format {id, country, published, text, gold:{event_type, sub_event_type, actor1, …, lat, lon, geo_precision, fatalities}} (${issues.length} problem(s))`, issues.slice(0, 20));
  }
  return notes;
}

/** The display types compatible with the row's event by the README's table, or null when it names none. */
export function compatibleTypes(gold: Pick<AcledGold, 'event_type' | 'sub_event_type'>, text: string): readonly EventType[] | null {
  if (gold.event_type === 'Battles') return ['clash'];
  if (gold.sub_event_type === 'Change to group/activity' && MOVEMENT.test(text)) return ['deployment'];
  return COMPATIBLE[gold.sub_event_type] ?? null;
}

/** The event is of the row's kind: a display type of the README's table, or the row's ACLED event type. */
export function compatible(e: ConflictEvent, gold: Pick<AcledGold, 'event_type'>, legacy: readonly EventType[] | null): boolean {
  return (legacy?.includes(e.type) ?? false) || acledOf(e)?.eventType === gold.event_type;
}

/** km from the event's place to the gold point, or null without a place. */
function eventKm(e: ConflictEvent, gold: AcledGold): number | null {
  return e.place ? distanceKm(e.place.lat, e.place.lon, gold.lat, gold.lon) : null;
}

/** The event lies within the row's match distance (10/25/60 km + its radius up to 25 km). */
export function placedRight(e: ConflictEvent, gold: AcledGold): boolean {
  const km = eventKm(e, gold);
  return km !== null && km <= MATCH_KM[gold.geo_precision] + Math.min(e.place!.radiusKm, RADIUS_CAP_KM);
}

function nearestMentionKm(mentions: readonly Mention[], gold: AcledGold): number | null {
  let best: number | null = null;
  for (const m of mentions) {
    const p = m.isLocation && m.place ? pointOf(m) : null;
    if (!p) continue;
    const km = distanceKm(p.lat, p.lon, gold.lat, gold.lon);
    if (best === null || km < best) best = km;
  }
  return best;
}

const band = (km: number) => (km < 50 ? '< 50 km' : km < 200 ? '50–200 km' : km < 1000 ? '200–1,000 km' : '> 1,000 km');
const nearest = (events: readonly ConflictEvent[], gold: AcledGold) =>
  events.map((e) => ({ e, km: eventKm(e, gold) })).sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity))[0];
/** "clash" or "clash (Battles: Armed clash)" when the event has an ACLED class. */
const label = (e: ConflictEvent) => {
  const a = acledOf(e);
  return a ? `${e.type} (${a.subEventType})` : e.type;
};

/** Why a row was not found: one error class, most telling first. */
function missClass(live: readonly ConflictEvent[], gold: AcledGold, legacy: readonly EventType[] | null): ErrorMark {
  const sub = gold.sub_event_type;
  if (live.length === 0) return { cls: 'no event on the row', detail: `coded ${sub} at ${gold.location}` };
  const placed = live.filter((e) => placedRight(e, gold));
  if (placed.length > 0) return { cls: `event of type ${label(placed[0]!)} where the coder coded ${sub}`, detail: `at ${placed[0]!.place!.name}` };
  const ok = live.filter((e) => compatible(e, gold, legacy));
  if (ok.length > 0) {
    const n = nearest(ok, gold)!;
    if (n.km === null) return { cls: 'compatible event without a place', detail: `${label(n.e)} ("${n.e.trigger.text}")` };
    return { cls: `event placed ${band(n.km)} off`, detail: `${label(n.e)} at ${n.e.place!.name}, ${Math.round(n.km)} km from ${gold.location}` };
  }
  const n = nearest(live, gold)!;
  return { cls: `event of type ${label(n.e)}, placed off, where the coder coded ${sub}`, detail: `at ${n.e.place?.name ?? 'no place'}` };
}

function readEvent(e: ConflictEvent): ReadEvent {
  const a = acledOf(e);
  return { type: e.type, eventType: a?.eventType ?? null, subEventType: a?.subEventType ?? null, place: e.place?.name ?? null, actors: e.actors.map((x) => x.text) };
}

/** Score one note against what the reader made of it (and, given the gazetteer, against what it could have found). */
export function scoreNote(
  note: AcledNote,
  read: { mentions: readonly Mention[]; events: readonly ConflictEvent[] },
  opts: { gazetteer?: Pick<Gazetteer, 'near' | 'lookup'> } = {},
): NoteScore {
  const { gold } = note;
  const legacy = compatibleTypes(gold, note.text);
  const live = read.events.filter((e) => !e.background);
  const placed = live.filter((e) => placedRight(e, gold));
  const matches = placed.filter((e) => compatible(e, gold, legacy));
  // the nearest match, preferring one of the coder's sub-type
  const exact = matches.filter((e) => acledOf(e)?.subEventType === gold.sub_event_type);
  const match = exact.length ? nearest(exact, gold)!.e : matches.length ? nearest(matches, gold)!.e : null;
  const scored = gold.geo_precision !== 3;
  const km = nearestMentionKm(read.mentions, gold);
  const errors: ErrorMark[] = [];
  if (!match) errors.push(missClass(live, gold, legacy));
  const matchClass = match ? acledOf(match) : null;
  const subTypeExact = matchClass ? matchClass.subEventType === gold.sub_event_type : null;
  if (subTypeExact === false) errors.push({ cls: `sub-type ${matchClass!.subEventType} where the coder coded ${gold.sub_event_type}`, detail: `${match!.type} ("${match!.trigger.text}")` });
  if (scored && (km === null || km > LOCATED_KM)) {
    errors.push(km === null ? { cls: 'no place', detail: `coded at ${gold.location}` } : { cls: 'place resolved > 25 km off', detail: `nearest mention ${Math.round(km)} km from ${gold.location}` });
  }
  const actor1 = match && gold.actor1 ? acledActorFound(gold.actor1, match.actors) : null;
  if (actor1 === false) {
    errors.push({ cls: `actor1 missed (${parseAcledActor(gold.actor1)[0]?.kind ?? 'named'})`, detail: `coded "${gold.actor1}", read [${match!.actors.map((a) => a.text).join('; ') || 'none'}]` });
  }
  const dateExact = match ? match.date.value === note.published : null;
  if (dateExact === false) errors.push({ cls: 'event date not the note date', detail: `read ${match!.date.value ?? 'none'} ("${match!.date.text ?? 'publication'}"), coded ${note.published}` });
  const count = match?.fatalities?.count ?? null;
  const fatalitiesExact = match && gold.fatalities > 0 ? count === gold.fatalities : null;
  if (fatalitiesExact === false) errors.push({ cls: count === null ? 'fatalities missed' : 'fatalities differ', detail: `read ${count ?? 'none'}, coded ${gold.fatalities}` });
  const violent = live.filter(isViolent);
  const peacefulViolent = gold.sub_event_type === 'Peaceful protest' ? violent.length > 0 : null;
  if (peacefulViolent) errors.push({ cls: 'violent event on a peaceful protest', detail: `read ${violent.map((e) => `${label(e)} ("${e.trigger.text}")`).join(', ')}` });
  const extra = match ? live.filter((e) => !matches.includes(e)) : [];
  for (const e of extra) errors.push({ cls: `extra event of type ${e.type} beside the match`, detail: `"${e.trigger.text}" at ${e.place?.name ?? 'no place'}` });
  const shown = match ?? (placed.length ? nearest(placed, gold)!.e : live.length ? nearest(live, gold)!.e : null);
  return {
    id: note.id,
    country: note.country,
    eventType: gold.event_type,
    subEventType: gold.sub_event_type,
    quote: note.text.slice(0, QUOTE_CHARS),
    typed: legacy !== null,
    located25: scored ? km !== null && km <= LOCATED_KM : null,
    located161: scored ? km !== null && km <= WIDE_KM : null,
    ceiling: opts.gazetteer ? ceilingOf(gold, opts.gazetteer) : null,
    found: match !== null,
    events: live.length,
    matching: matches.length,
    placedTypeOk: placed.length ? matches.length > 0 : null,
    subTypeExact,
    actor1,
    dateExact,
    fatalitiesExact,
    zeroFatalitiesKept: match && gold.fatalities === 0 ? (match.fatalities?.count ?? 0) === 0 : null,
    peacefulViolent,
    read: shown ? readEvent(shown) : null,
    errors,
  };
}

export {
  errorClasses, exampleErrors, summariseAcled,
  type AcledReport, type ErrorClass, type ExampleError, type Share, type TableRow,
} from './acled-summary';
