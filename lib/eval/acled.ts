/**
 * Event evaluation on ACLED event notes (../shared/devsets/acled-world-dev.json), by the devset README's rules.
 * In: the parsed notes (`parseAcledNotes`) and, per note, what the reader made of it (its mentions and events,
 * e.g. lib/pipeline `processText(note.text, { published })`). Pure: nothing is read or printed here.
 * Out: `scoreNote` → NoteScore (located, found, precision counts, type/actor/date/fatality checks, error
 * classes); `summariseAcled` → AcledReport (the headline numbers, per-country and per-sub-type tables, the
 * most frequent error classes with examples). Rendered by lib/eval/acled-report.ts.
 * Rules: a row is *located* when a location mention lies within 25 km of the gold point (Acc@25, Acc@161 over
 * geo_precision 1–2); *found* when a non-background event of a compatible type (COMPATIBLE) lies within
 * 10/25/60 km (geo_precision 1/2/3) plus its own radius capped at 25 km; *precision* pools, over rows, the share
 * of non-background events that match their row's event — over the rows whose type we have (the README's
 * figure) and over all rows. Sub-types without a product type are "no type we have".
 */
import type { AcledGold, AcledNote, ConflictEvent, EventType, Mention } from '../schemas';
import { AcledNote as AcledNoteSchema } from '../schemas';
import { pointOf } from './geo';
import { distanceKm } from '../geo';
import { GoldFileError } from './gold';
import { acledActorFound, parseAcledActor } from './acled-actors';

/** Product event types that express an ACLED sub-type (Battles: all three sub-types → clash). */
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
const VIOLENT: ReadonlySet<EventType> = new Set(['clash', 'airstrike', 'shelling']);
const QUOTE_CHARS = 120;

export interface ErrorMark { cls: string; detail: string }

export interface NoteScore {
  id: string;
  country: string;
  subEventType: string;
  /** the note's first 120 characters */
  quote: string;
  /** the product has a type for this row's sub-type */
  typed: boolean;
  /** null for geo_precision 3 (not scored) */
  located25: boolean | null;
  located161: boolean | null;
  found: boolean;
  /** non-background events emitted, and how many of them match the row's event */
  events: number;
  matching: number;
  /** some non-background event lies within the match distance (any type); null when none does */
  placedTypeOk: boolean | null;
  /** on found rows only (null otherwise, or when the gold has nothing to compare) */
  actor1: boolean | null;
  dateExact: boolean | null;
  fatalitiesExact: boolean | null;
  zeroFatalitiesKept: boolean | null;
  /** peaceful protests only: some violent event was emitted */
  peacefulViolent: boolean | null;
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

/** The product types compatible with the row's event, or null when the product has none for it. */
export function compatibleTypes(gold: Pick<AcledGold, 'event_type' | 'sub_event_type'>, text: string): readonly EventType[] | null {
  if (gold.event_type === 'Battles') return ['clash'];
  if (gold.sub_event_type === 'Change to group/activity' && MOVEMENT.test(text)) return ['deployment'];
  return COMPATIBLE[gold.sub_event_type] ?? null;
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

/** Why a row was not found: one error class, most telling first. */
function missClass(live: readonly ConflictEvent[], gold: AcledGold, types: readonly EventType[] | null): ErrorMark {
  const sub = gold.sub_event_type;
  if (!types) return { cls: `no type for ${sub}`, detail: live.length ? `read: ${live.map((e) => e.type).join(', ')}` : 'nothing read' };
  if (live.length === 0) return { cls: 'no event on the row', detail: `coded ${sub} at ${gold.location}` };
  const placed = live.filter((e) => placedRight(e, gold));
  if (placed.length > 0) return { cls: `event type ${placed[0]!.type} where the coder coded ${sub}`, detail: `at ${placed[0]!.place!.name}` };
  const compatible = live.filter((e) => types.includes(e.type));
  if (compatible.length > 0) {
    const n = nearest(compatible, gold)!;
    if (n.km === null) return { cls: 'compatible event without a place', detail: `${n.e.type} ("${n.e.trigger.text}")` };
    return { cls: `event placed ${band(n.km)} off`, detail: `${n.e.type} at ${n.e.place!.name}, ${Math.round(n.km)} km from ${gold.location}` };
  }
  const n = nearest(live, gold)!;
  return { cls: `event type ${n.e.type}, placed off, where the coder coded ${sub}`, detail: `at ${n.e.place?.name ?? 'no place'}` };
}

/** Score one note against what the reader made of it. */
export function scoreNote(note: AcledNote, read: { mentions: readonly Mention[]; events: readonly ConflictEvent[] }): NoteScore {
  const { gold } = note;
  const types = compatibleTypes(gold, note.text);
  const live = read.events.filter((e) => !e.background);
  const matches = types ? live.filter((e) => types.includes(e.type) && placedRight(e, gold)) : [];
  const match = matches.length ? nearest(matches, gold)!.e : null;
  const scored = gold.geo_precision !== 3;
  const km = nearestMentionKm(read.mentions, gold);
  const placed = live.filter((e) => placedRight(e, gold));
  const errors: ErrorMark[] = [];
  if (!match) errors.push(missClass(live, gold, types));
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
  const peacefulViolent = gold.sub_event_type === 'Peaceful protest' ? live.some((e) => VIOLENT.has(e.type)) : null;
  if (peacefulViolent) errors.push({ cls: 'violent event on a peaceful protest', detail: `read ${live.filter((e) => VIOLENT.has(e.type)).map((e) => `${e.type} ("${e.trigger.text}")`).join(', ')}` });
  const extra = match ? live.filter((e) => e !== match && !matches.includes(e)) : [];
  for (const e of extra) errors.push({ cls: `extra event of type ${e.type} beside the match`, detail: `"${e.trigger.text}" at ${e.place?.name ?? 'no place'}` });
  return {
    id: note.id,
    country: note.country,
    subEventType: gold.sub_event_type,
    quote: note.text.slice(0, QUOTE_CHARS),
    typed: types !== null,
    located25: scored ? km !== null && km <= LOCATED_KM : null,
    located161: scored ? km !== null && km <= WIDE_KM : null,
    found: match !== null,
    events: live.length,
    matching: matches.length,
    placedTypeOk: placed.length ? placed.some((e) => types?.includes(e.type) ?? false) : null,
    actor1,
    dateExact,
    fatalitiesExact,
    zeroFatalitiesKept: match && gold.fatalities === 0 ? (match.fatalities?.count ?? 0) === 0 : null,
    peacefulViolent,
    errors,
  };
}

/** A share with its denominator; value null when nothing was counted. */
export interface Share { n: number; of: number; value: number | null }
export interface TableRow { key: string; rows: number; typed: number; found: number; events: number; matching: number; precision: number | null }
export interface ErrorClass { cls: string; count: number; examples: { id: string; quote: string; detail: string }[] }

export interface AcledReport {
  notes: number;
  /** rows whose sub-type the product has a type for */
  typedRows: number;
  located25: Share;
  located161: Share;
  foundAll: Share;
  foundTyped: Share;
  /** pooled over rows whose type we have (the README's figure); `precisionAll` pools over every row */
  precision: Share;
  precisionAll: Share;
  /** rows where some event is placed right: is one of those of a compatible type? */
  typeAccuracy: Share;
  typeAccuracyTyped: Share;
  actor1: Share;
  dateExact: Share;
  fatalitiesExact: Share;
  zeroFatalitiesKept: Share;
  peacefulViolent: Share;
  byCountry: TableRow[];
  bySubType: TableRow[];
  errors: ErrorClass[];
}

const share = (n: number, of: number): Share => ({ n, of, value: of === 0 ? null : n / of });
/** Share of the rows where `pick` is not null that have it true. */
const shareOf = (scores: readonly NoteScore[], pick: (s: NoteScore) => boolean | null): Share => {
  const vals = scores.map(pick).filter((v): v is boolean => v !== null);
  return share(vals.filter(Boolean).length, vals.length);
};

function table(scores: readonly NoteScore[], key: (s: NoteScore) => string): TableRow[] {
  const rows = new Map<string, TableRow>();
  for (const s of scores) {
    const k = key(s);
    const r = rows.get(k) ?? { key: k, rows: 0, typed: 0, found: 0, events: 0, matching: 0, precision: null };
    r.rows++;
    if (s.typed) r.typed++;
    if (s.found) r.found++;
    r.events += s.events;
    r.matching += s.matching;
    r.precision = r.events ? r.matching / r.events : null;
    rows.set(k, r);
  }
  return [...rows.values()].sort((a, b) => b.rows - a.rows || a.key.localeCompare(b.key));
}

/** The `top` most frequent error classes, with up to `examples` examples each. */
export function errorClasses(scores: readonly NoteScore[], top = 20, examples = 2): ErrorClass[] {
  const classes = new Map<string, ErrorClass>();
  for (const s of scores) {
    for (const e of s.errors) {
      const c = classes.get(e.cls) ?? { cls: e.cls, count: 0, examples: [] };
      c.count++;
      if (c.examples.length < examples && !c.examples.some((x) => x.id === s.id)) c.examples.push({ id: s.id, quote: s.quote, detail: e.detail });
      classes.set(e.cls, c);
    }
  }
  return [...classes.values()].sort((a, b) => b.count - a.count || a.cls.localeCompare(b.cls)).slice(0, top);
}

/** Headline numbers, tables and error classes over all scored notes. */
export function summariseAcled(scores: readonly NoteScore[], opts: { topErrors?: number; examples?: number } = {}): AcledReport {
  const typed = scores.filter((s) => s.typed);
  const found = (rows: readonly NoteScore[]) => share(rows.filter((s) => s.found).length, rows.length);
  const pooled = (rows: readonly NoteScore[]) => share(rows.reduce((n, s) => n + s.matching, 0), rows.reduce((n, s) => n + s.events, 0));
  return {
    notes: scores.length,
    typedRows: typed.length,
    located25: shareOf(scores, (s) => s.located25),
    located161: shareOf(scores, (s) => s.located161),
    foundAll: found(scores),
    foundTyped: found(typed),
    precision: pooled(typed),
    precisionAll: pooled(scores),
    typeAccuracy: shareOf(scores, (s) => s.placedTypeOk),
    typeAccuracyTyped: shareOf(typed, (s) => s.placedTypeOk),
    actor1: shareOf(scores, (s) => s.actor1),
    dateExact: shareOf(scores, (s) => s.dateExact),
    fatalitiesExact: shareOf(scores, (s) => s.fatalitiesExact),
    zeroFatalitiesKept: shareOf(scores, (s) => s.zeroFatalitiesKept),
    peacefulViolent: shareOf(scores, (s) => s.peacefulViolent),
    byCountry: table(scores, (s) => s.country),
    bySubType: table(scores, (s) => s.subEventType),
    errors: errorClasses(scores, opts.topErrors ?? 20, opts.examples ?? 2),
  };
}
