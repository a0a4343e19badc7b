/**
 * An analyst's merge or split (issue 15) as an Override of report keys, so the decision survives reprocessing
 * (lib/resolve keeps it whatever the evidence says). The routes (POST /api/events/merge, POST /api/events/{id}/split)
 * read the named events from the store, call these, then store.addOverride and answer the re-read events.
 * In: resolved events as the store serves them (a lone event stands for its one report, reports.ts) and the body's
 * ids. Pure. Out: the Override, or an HttpError naming the problem — 400 for a split that takes out nothing or
 * everything (or names a report the event does not hold), 409 for a merge of events that are already one.
 */
import type { ConflictEvent, Override, Report } from '../schemas';
import { HttpError } from './http';
import { reportsOf } from './reports';

export interface OverrideStamp {
  id: string;
  createdAt: string;
  note?: string;
}

function dedupe<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** merge: keys = every report key of all named events, others = []. `events` are the resolved events named. */
export function mergeOverride(events: readonly ConflictEvent[], stamp: OverrideStamp): Override {
  const distinct = new Map(events.map((e) => [e.id, e]));
  if (distinct.size < 2) {
    const [only] = distinct.keys();
    throw new HttpError(409, `nothing to merge: the events named are already one event (${only})`, [{ path: 'events', message: `all resolve to ${only}` }]);
  }
  const keys = dedupe([...distinct.values()].flatMap((e) => reportsOf(e).map((r) => r.key)));
  return { id: stamp.id, kind: 'merge', keys, others: [], createdAt: stamp.createdAt, note: stamp.note ?? null };
}

/** The reports of `event` a split names, by report event id or report key; 400 for any it does not hold. */
export function namedReports(event: ConflictEvent, ids: readonly string[]): { taken: Report[]; kept: Report[] } {
  const reports = reportsOf(event);
  const wanted = new Set(ids);
  const unknown = ids.filter((id) => !reports.some((r) => r.eventId === id || r.key === id));
  if (unknown.length > 0) {
    throw new HttpError(
      400,
      `not a report of event ${event.id}: ${unknown.join(', ')}`,
      unknown.map((id) => ({ path: `reports[${ids.indexOf(id)}]`, message: `event ${event.id} has no report ${id}; its reports are ${reports.map((r) => r.eventId).join(', ')}` })),
    );
  }
  const taken = reports.filter((r) => wanted.has(r.eventId) || wanted.has(r.key));
  const kept = reports.filter((r) => !taken.includes(r));
  return { taken, kept };
}

/** split: keys = the named reports' keys, others = the rest of the event's keys. */
export function splitOverride(event: ConflictEvent, ids: readonly string[], stamp: OverrideStamp): { override: Override; taken: Report[]; kept: Report[] } {
  const reports = reportsOf(event);
  if (reports.length < 2) throw new HttpError(400, `cannot split event ${event.id}: it has one report`, [{ path: 'reports', message: 'a lone event has nothing to split from' }]);
  const { taken, kept } = namedReports(event, ids);
  if (kept.length === 0) {
    throw new HttpError(400, `cannot split every report off event ${event.id}: name some of its ${reports.length} reports, not all`, [{ path: 'reports', message: 'at least one report must stay' }]);
  }
  const override: Override = { id: stamp.id, kind: 'split', keys: dedupe(taken.map((r) => r.key)), others: dedupe(kept.map((r) => r.key)), createdAt: stamp.createdAt, note: stamp.note ?? null };
  return { override, taken, kept };
}
