/**
 * The contract between the resolution stage (lib/resolve, pure) and the stores (lib/store, which run it inside
 * their write transactions). Nothing here touches a database.
 *
 * Model: every per-article ConflictEvent stays stored as it was read (a *report*). Resolution assigns each report
 * to a *component* (reports linked, directly or through others, by the pairwise evidence of compare.ts or by an
 * analyst's merge) and, inside it, to a *group* (one happening: partition.ts, a deterministic function of the
 * component's reports and overrides — so ingest order cannot change the result). A group's *primary* report
 * (merge.ts) names and draws the resolved event: its id is the primary's event id, and the stored row of the
 * primary carries the resolved event (merged JSON, report count, union of actors) — the other reports' rows are
 * hidden from event queries but keep their own JSON for their article's reader.
 *
 * A store's write (put / replace / update / override) calls `resolveSync` / `resolveAsync` (driver.ts) with an
 * access object; the driver asks for candidates near the new reports, the members of the components they touch
 * and the overrides on those keys, then returns what to write for every report of every affected component.
 */
import type { ConflictEvent, IsoDate, Override, ReportKey } from '../schemas';
import type { z } from 'zod';

/** The article facts a report needs (the Report fields that are not the event's). */
export interface ReportArticle {
  id: string;
  title: string;
  source: string | null;
  published: z.infer<typeof IsoDate> | null;
}

/** One stored (or about to be stored) report as resolution reads it. */
export interface ReportRef {
  /** the report's own per-article event, as extracted (never a merged one) */
  event: ConflictEvent;
  article: ReportArticle;
  /** its stored component id; null for a report not yet resolved */
  component: string | null;
}

/** Where to look for reports that could be the same happening as one report (a box and a date range). */
export interface CandidateQuery {
  /** [west, south, east, north] degrees; west > east crosses the antimeridian */
  bbox: [number, number, number, number];
  /** inclusive ISO dates on the stored event's `date.value` (rows without a date are never candidates) */
  from: string;
  to: string;
}

/** What a store gives the driver. Sync for SQLite and memory (inside a transaction), async for PostGIS. */
export interface ResolutionAccess<M extends 'sync' | 'async'> {
  /** stored, non-background, located, dated reports whose point is in `q.bbox` and whose date is in [from, to] */
  candidates(q: CandidateQuery): M extends 'sync' ? ReportRef[] : Promise<ReportRef[]>;
  /** every stored report whose component is one of `ids` */
  componentMembers(ids: readonly string[]): M extends 'sync' ? ReportRef[] : Promise<ReportRef[]>;
  /** every stored report whose report key (reportKey: `${articleId}@${quote.start}`) is one of `keys` */
  reportsByKey(keys: readonly ReportKey[]): M extends 'sync' ? ReportRef[] : Promise<ReportRef[]>;
  /** every stored override naming any of `keys` (in `keys` or `others`), oldest first */
  overrides(keys: readonly ReportKey[]): M extends 'sync' ? Override[] : Promise<Override[]>;
  /** persist the outcome (rows of removed reports are already deleted by the caller) */
  write(result: ResolutionResult): M extends 'sync' ? void : Promise<void>;
}

/** The stored resolution of one report. */
export interface ReportAssignment {
  /** the report's own event id */
  eventId: string;
  component: string;
  /** the resolved event's id: its primary report's event id */
  group: string;
  primary: boolean;
  /** on the primary only: the resolved event to serve (merge.ts); for a one-report group, the report itself */
  resolved: ConflictEvent | null;
  /** on the primary only: reports in the group (1 for a lone report) */
  reportCount: number;
}

export interface ResolutionResult {
  /** one per report of every affected component (new reports included), in event id order */
  assignments: ReportAssignment[];
  /** components that no longer exist (merged into another or emptied) */
  droppedComponents: string[];
}

/** A report's resolution key (stable across reprocessing while its sentence keeps its offset). */
export function reportKey(e: Pick<ConflictEvent, 'articleId' | 'quote'>): ReportKey {
  return `${e.articleId}@${e.quote.start}`;
}
