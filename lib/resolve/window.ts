/**
 * When a report says its event happened, as a window of days: an explicit or weekday date is that day, a date
 * taken from publication ("no date words") the few days before it, a week or a month their span (ACLED time
 * precision 2 / 3). In: a ConflictEvent's `date`. Out: [from, to] as day numbers (days since 1970-01-01, UTC), or
 * null when the report has no date (it is never merged).
 */
import type { ConflictEvent } from '../schemas';
import type { ResolutionRules } from './rules';

export interface DayWindow {
  from: number;
  to: number;
  /** the day the report codes (its `date.value`) */
  day: number;
  /** the date came from the report's own words at day precision ("on 12 May", "on Tuesday") */
  explicit: boolean;
}

const DAY_MS = 86_400_000;
export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function dayWindow(date: ConflictEvent['date'], r: ResolutionRules): DayWindow | null {
  if (!date.value) return null;
  const day = dayNumber(date.value);
  if (Number.isNaN(day)) return null;
  if (date.precision === 3) return { from: day - r.windows.monthHalfDays, to: day + r.windows.monthHalfDays, day, explicit: false };
  if (date.precision === 2) return { from: day - r.windows.weekHalfDays, to: day + r.windows.weekHalfDays, day, explicit: false };
  if (date.text === null) return { from: day - r.windows.fromPublicationDaysBefore, to: day, day, explicit: false };
  return { from: day, to: day, day, explicit: true };
}

/** The widest window any report can have on either side of its day (bounds the candidate search). */
export function maxWindowDays(r: ResolutionRules): number {
  return Math.max(r.windows.monthHalfDays, r.windows.weekHalfDays, r.windows.fromPublicationDaysBefore);
}
