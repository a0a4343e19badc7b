/**
 * Cross-article event resolution (lib/resolve): one happening told by several articles is one event with several
 * reports. In: per-article ConflictEvents ("reports") and the analyst's overrides. Out: the shapes the store keeps
 * and /api/events serves — a Report per article's telling, an Override per analyst decision.
 */
import { z } from 'zod';
import { IsoDate } from './article';

/** The stable key of one report across reprocessing: `${articleId}@${quote.start}` (its sentence's offset). */
export const ReportKey = z.string().regex(/^[a-z0-9][a-z0-9-]*@\d+$/, 'report key is <article id>@<sentence offset>');
export type ReportKey = z.infer<typeof ReportKey>;

/** One article's telling of an event: kept with its own figures, date and words (never averaged). */
export const Report = z.object({
  /** the per-article event id (`<articleId>-e<n>`): opens the report in its article */
  eventId: z.string(),
  key: ReportKey,
  articleId: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  published: IsoDate.nullable(),
  /** the sentence that told it, in that article's text */
  quote: z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  /** that report's own (lowest) figure, null when it gives none */
  fatalities: z.number().int().nonnegative().nullable(),
  /** that report's own resolved date */
  date: IsoDate.nullable(),
  /** why it belongs: 'primary' for the report the event is drawn from, else the evidence that joined it */
  why: z.array(z.string()),
});
export type Report = z.infer<typeof Report>;

/** Conflicting tolls are kept as a range; the event's `fatalities` is the lowest credible figure (ACLED). */
export const FatalitiesRange = z.object({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative() });
export type FatalitiesRange = z.infer<typeof FatalitiesRange>;

/**
 * An analyst's decision, kept across reprocessing (keys, not event ids): 'merge' — the reports are one event
 * whatever the evidence says; 'split' — `keys` are one event apart from `others`.
 */
export const Override = z.object({
  id: z.string(),
  kind: z.enum(['merge', 'split']),
  keys: z.array(ReportKey).min(1),
  /** split: the reports the split keeps apart from `keys`; merge: empty */
  others: z.array(ReportKey),
  createdAt: z.string(),
  note: z.string().nullable().default(null),
});
export type Override = z.infer<typeof Override>;

/** Admin bodies (POST /api/events/merge, POST /api/events/{id}/split). */
export const MergeEventsBody = z.strictObject({
  /** event ids (resolved or per-article report ids) to make one event */
  events: z.array(z.string().min(1).max(300)).min(2).max(50),
  note: z.string().max(2000).optional(),
});
export const SplitEventBody = z.strictObject({
  /** the per-article report ids (Report.eventId) to take out of the event as an event of their own */
  reports: z.array(z.string().min(1).max(300)).min(1).max(200),
  note: z.string().max(2000).optional(),
});
