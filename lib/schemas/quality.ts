/**
 * QualityReport: the measured quality of the reader on every dev set, as committed in data/quality/latest.json;
 * QualityFloor: the lowest scores a change may reach, in data/quality/floor.json.
 * In: written by `npm run quality` (scripts/quality.ts, from lib/eval's reports), validated before writing.
 * Out: read by lib/quality (validated again) for the /quality page and by the quality floor test
 * (tests/quality/floor.test.ts). Aggregate numbers only, plus at most MAX_EXAMPLES short quotes per dev set.
 */
import { z } from 'zod';

/** At most this many example errors (each quoting its note) per dev set. */
export const MAX_EXAMPLES = 10;
/** An example's quote is cut at this many characters. */
export const MAX_QUOTE_CHARS = 300;

export const Better = z.enum(['higher', 'lower']);
export type Better = z.infer<typeof Better>;

/** One headline score: a share (n of `of`) or a plain ratio, and which way is better. */
export const QualityScore = z.object({
  /** stable key, used by the floor ("f1", "foundAll") */
  key: z.string().regex(/^[a-zA-Z0-9]+$/),
  /** what it measures, for people ("events found, all rows") */
  label: z.string().min(1),
  /** null when nothing was counted */
  value: z.number().min(0).max(1).nullable(),
  n: z.number().int().nonnegative().optional(),
  of: z.number().int().nonnegative().optional(),
  better: Better,
});
export type QualityScore = z.infer<typeof QualityScore>;

const Count = z.number().int().nonnegative();

/** One row of a per-event-type, per-sub-type or per-country table (ACLED). */
export const QualityTableRow = z.object({
  key: z.string(),
  rows: Count,
  /** rows whose sub-type the devset README's table gives a display type */
  typed: Count,
  found: Count,
  /** non-background events emitted on these rows, and how many matched their row's event */
  events: Count,
  matching: Count,
  precision: z.number().min(0).max(1).nullable(),
  /** found rows whose event has an ACLED class, and those of them with the coder's sub-type */
  subTypeScored: Count,
  subTypeExact: Count,
});
export type QualityTableRow = z.infer<typeof QualityTableRow>;

/** A real error: the note (cut), what we read, what the coder coded. */
export const QualityExample = z.object({
  id: z.string(),
  country: z.string(),
  quote: z.string().max(MAX_QUOTE_CHARS),
  /** the row's main error class */
  error: z.string(),
  /** the matched event, else the nearest one; null when nothing was read */
  read: z
    .object({
      type: z.string(),
      eventType: z.string().nullable(),
      subEventType: z.string().nullable(),
      place: z.string().nullable(),
      actors: z.array(z.string()),
    })
    .nullable(),
  coded: z.object({ eventType: z.string(), subEventType: z.string(), location: z.string(), actor1: z.string() }),
});
export type QualityExample = z.infer<typeof QualityExample>;

const DevsetBase = z.object({
  /** display name ("LGL", "ACLED event notes") */
  name: z.string().min(1),
  /** file name (../shared/devsets/lgl.json) or repo path (tests/fixtures/gold/seed.json) */
  file: z.string().min(1),
  /** a shared dev set (text nobody here wrote) or the project's own regression gold */
  source: z.enum(['devset', 'project']),
  /** articles (gold files) or notes (ACLED) */
  rows: Count,
  seconds: z.number().nonnegative(),
  headline: z.array(QualityScore).min(1),
});

export const GeoDevset = DevsetBase.extend({
  kind: z.literal('geo'),
  /** gold toponyms (demonyms apart) and predicted ones */
  places: Count,
  predicted: Count,
  meanKm: z.number().nonnegative(),
  medianKm: z.number().nonnegative(),
  errors: z.object({ missed: Count, spurious: Count, wrongEntry: Count, wrongKind: Count, metonymyMapped: Count }),
  /** gold events (seed only), null when the gold has none */
  events: z.object({ gold: Count, predicted: Count, precision: z.number(), recall: z.number(), f1: z.number() }).nullable(),
});
export type GeoDevset = z.infer<typeof GeoDevset>;

export const AcledDevset = DevsetBase.extend({
  kind: z.literal('acled'),
  typedRows: Count,
  byEventType: z.array(QualityTableRow),
  bySubType: z.array(QualityTableRow),
  byCountry: z.array(QualityTableRow),
  /** the most frequent error classes (counts only; a row may carry several) */
  errorClasses: z.array(z.object({ cls: z.string(), count: Count })).max(20),
  examples: z.array(QualityExample).max(MAX_EXAMPLES),
});
export type AcledDevset = z.infer<typeof AcledDevset>;

export const QualityDevset = z.discriminatedUnion('kind', [GeoDevset, AcledDevset]);
export type QualityDevset = z.infer<typeof QualityDevset>;

export const QualityReport = z.object({
  /** when it was measured (ISO date-time, UTC) */
  measuredAt: z.iso.datetime(),
  /** short git commit of the code measured; null outside a checkout. `dirty`: uncommitted changes were measured */
  commit: z.string().nullable(),
  dirty: z.boolean(),
  /** lib/pipeline PIPELINE_VERSION */
  pipelineVersion: z.string().min(1),
  devsets: z.array(QualityDevset),
  /** dev set files looked for but absent (the scores above were measured without them) */
  missing: z.array(z.string()),
});
export type QualityReport = z.infer<typeof QualityReport>;

/** The bound a headline score may not cross: ≥ `bound` when higher is better, ≤ when lower is. */
export const FloorBound = z.object({ bound: z.number(), better: Better });
export const QualityFloor = z.object({
  /** how far below the measured score each bound sits */
  margin: z.number().nonnegative(),
  /** the report the bounds come from */
  from: z.object({ measuredAt: z.iso.datetime(), commit: z.string().nullable(), pipelineVersion: z.string() }),
  /** dev set file → score key → bound */
  devsets: z.record(z.string(), z.record(z.string(), FloorBound)),
});
export type QualityFloor = z.infer<typeof QualityFloor>;
