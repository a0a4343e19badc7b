/**
 * Pooling of ACLED note scores into one report.
 * In: the NoteScores of lib/eval/acled.ts (and, for the examples, the notes themselves). Pure: nothing is read or
 * printed here.
 * Out: `summariseAcled` → AcledReport (headline shares over all rows and over the rows whose display type the
 * README's table has, per-event-type / per-sub-type / per-country tables, the most frequent error classes with
 * examples); `exampleErrors` → a few real errors as quote → what we read → what the coder coded, one per frequent
 * error class.
 */
import type { AcledNote } from '../schemas';
import type { NoteScore, ReadEvent } from './acled';

/** A share with its denominator; value null when nothing was counted. */
export interface Share { n: number; of: number; value: number | null }
export interface TableRow {
  key: string;
  rows: number;
  /** rows whose display type the README's table has */
  typed: number;
  found: number;
  events: number;
  matching: number;
  precision: number | null;
  /** found rows whose matched event has an ACLED class, and those of them with the coder's sub-type */
  subTypeScored: number;
  subTypeExact: number;
}
export interface ErrorClass { cls: string; count: number; examples: { id: string; quote: string; detail: string }[] }
export interface ExampleError {
  id: string;
  country: string;
  /** the note, cut at EXAMPLE_QUOTE_CHARS */
  quote: string;
  /** the row's main error class */
  error: string;
  read: ReadEvent | null;
  coded: { eventType: string; subEventType: string; location: string; actor1: string };
}

export const EXAMPLE_QUOTE_CHARS = 300;

export interface AcledReport {
  notes: number;
  /** rows whose sub-type the README's table gives a display type */
  typedRows: number;
  located25: Share;
  located161: Share;
  /** rows (geo_precision 1–2) whose coded place the gazetteer holds by a name within 25 km: the ceiling of located25 */
  ceilingNamed: Share;
  /** rows (geo_precision 1–2) with any gazetteer entry within 25 km of the coded point */
  ceilingAny: Share;
  /** found over every row (the headline) and over the rows whose display type the README's table has */
  foundAll: Share;
  foundTyped: Share;
  /** pooled over every row (the headline) and over the rows whose display type we had (the README's figure) */
  precisionAll: Share;
  precisionTyped: Share;
  /** rows where some event is placed right: is one of those compatible? */
  typeAccuracy: Share;
  typeAccuracyTyped: Share;
  /** found rows whose matched event has an ACLED class: is its sub-type the coder's? */
  subTypeExact: Share;
  actor1: Share;
  dateExact: Share;
  fatalitiesExact: Share;
  zeroFatalitiesKept: Share;
  peacefulViolent: Share;
  byEventType: TableRow[];
  bySubType: TableRow[];
  byCountry: TableRow[];
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
    const r = rows.get(k) ?? { key: k, rows: 0, typed: 0, found: 0, events: 0, matching: 0, precision: null, subTypeScored: 0, subTypeExact: 0 };
    r.rows++;
    if (s.typed) r.typed++;
    if (s.found) r.found++;
    if (s.subTypeExact !== null) r.subTypeScored++;
    if (s.subTypeExact) r.subTypeExact++;
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

const cut = (text: string, n: number) => (text.length <= n ? text : `${text.slice(0, n - 1).trimEnd()}…`);

/**
 * Up to `n` real errors, one per main error class (a row's first error), most frequent class first, the first row
 * of each class in file order; a second round takes second rows when there are fewer classes than `n`.
 */
export function exampleErrors(notes: readonly AcledNote[], scores: readonly NoteScore[], n = 10): ExampleError[] {
  const byId = new Map(notes.map((x) => [x.id, x]));
  const classes = new Map<string, NoteScore[]>();
  for (const s of scores) {
    const cls = s.errors[0]?.cls;
    if (cls && byId.has(s.id)) classes.set(cls, [...(classes.get(cls) ?? []), s]);
  }
  const ranked = [...classes.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const picked: ExampleError[] = [];
  for (let round = 0; picked.length < n && ranked.some(([, rows]) => rows.length > round); round++) {
    for (const [cls, rows] of ranked) {
      const s = rows[round];
      if (!s || picked.length >= n) continue;
      const note = byId.get(s.id)!;
      picked.push({
        id: s.id, country: s.country, quote: cut(note.text, EXAMPLE_QUOTE_CHARS), error: cls, read: s.read,
        coded: { eventType: note.gold.event_type, subEventType: note.gold.sub_event_type, location: note.gold.location, actor1: note.gold.actor1 },
      });
    }
  }
  return picked;
}

/** Headline numbers, tables and error classes over all scored notes. */
export function summariseAcled(scores: readonly NoteScore[], opts: { topErrors?: number; examples?: number } = {}): AcledReport {
  const typed = scores.filter((s) => s.typed);
  const found = (rows: readonly NoteScore[]) => share(rows.filter((s) => s.found).length, rows.length);
  const pooled = (rows: readonly NoteScore[]) => share(rows.reduce((k, s) => k + s.matching, 0), rows.reduce((k, s) => k + s.events, 0));
  return {
    notes: scores.length,
    typedRows: typed.length,
    located25: shareOf(scores, (s) => s.located25),
    located161: shareOf(scores, (s) => s.located161),
    ceilingNamed: shareOf(scores, (s) => s.ceiling?.named ?? null),
    ceilingAny: shareOf(scores, (s) => s.ceiling?.any ?? null),
    foundAll: found(scores),
    foundTyped: found(typed),
    precisionAll: pooled(scores),
    precisionTyped: pooled(typed),
    typeAccuracy: shareOf(scores, (s) => s.placedTypeOk),
    typeAccuracyTyped: shareOf(typed, (s) => s.placedTypeOk),
    subTypeExact: shareOf(scores, (s) => s.subTypeExact),
    actor1: shareOf(scores, (s) => s.actor1),
    dateExact: shareOf(scores, (s) => s.dateExact),
    fatalitiesExact: shareOf(scores, (s) => s.fatalitiesExact),
    zeroFatalitiesKept: shareOf(scores, (s) => s.zeroFatalitiesKept),
    peacefulViolent: shareOf(scores, (s) => s.peacefulViolent),
    byEventType: table(scores, (s) => s.eventType),
    bySubType: table(scores, (s) => s.subEventType),
    byCountry: table(scores, (s) => s.country),
    errors: errorClasses(scores, opts.topErrors ?? 20, opts.examples ?? 2),
  };
}
