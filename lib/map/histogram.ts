/**
 * Timeline histogram: events per day, week or month over the span of the data — the bulk of the
 * dated events, not a fixed calendar: a few far-off dates (a 2015 anniversary in 2016 news) do not
 * stretch the axis; they are counted as `outside` on the open-ended first / last bin. No gaps, so
 * the SVG bars and the brush (./timeline.ts) share one index.
 * In: ISO dates (nulls ignored). Out: bins with start/end dates and counts.
 */

import type { Bin, BinUnit } from '../schemas';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** spans up to this many days get daily bins, up to WEEKS_UP_TO weekly ones, longer ones monthly */
export const DAYS_UP_TO = 62;
export const WEEKS_UP_TO = 2 * 365;
/** the core of the data: between these quantiles of the sorted dates … */
const CORE_Q = 0.05;
/** … widened by every further date within this share of the core span (and at least a week) of the edge */
const REACH = 0.25;
/** with fewer dated events than this, the span is simply first to last */
const MIN_FOR_TRIM = 8;

function binStart(t: number, unit: BinUnit): number {
  const d = new Date(t);
  if (unit === 'day') return t;
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - dow);
}

function nextStart(t: number, unit: BinUnit): number {
  const d = new Date(t);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return t + (unit === 'week' ? 7 : 1) * DAY;
}

function times(dates: readonly (string | null)[]): number[] {
  return dates.filter((d): d is string => !!d).map(parse).filter(Number.isFinite).sort((a, b) => a - b);
}

/** The span of the bulk of the dates [first, last] (ms), robust to a few outlying dates; null for none. */
export function dataSpan(dates: readonly (string | null)[]): [number, number] | null {
  const ts = times(dates);
  if (ts.length === 0) return null;
  if (ts.length < MIN_FOR_TRIM) return [ts[0]!, ts[ts.length - 1]!];
  let i = Math.floor(CORE_Q * (ts.length - 1));
  let j = Math.ceil((1 - CORE_Q) * (ts.length - 1));
  const reach = Math.max(7 * DAY, (ts[j]! - ts[i]!) * REACH);
  while (i > 0 && ts[i]! - ts[i - 1]! <= reach) i--;
  while (j < ts.length - 1 && ts[j + 1]! - ts[j]! <= reach) j++;
  return [ts[i]!, ts[j]!];
}

/** Days for spans up to two months, weeks up to two years, months beyond (for the data's span). */
export function chooseUnit(dates: readonly (string | null)[]): BinUnit {
  const span = dataSpan(dates);
  if (!span) return 'month';
  const days = (span[1] - span[0]) / DAY;
  return days <= DAYS_UP_TO ? 'day' : days <= WEEKS_UP_TO ? 'week' : 'month';
}

export function binDates(dates: readonly (string | null)[], unit: BinUnit = chooseUnit(dates), maxBins = 600): Bin[] {
  const span = dataSpan(dates);
  if (!span) return [];
  const first = binStart(span[0], unit);
  const last = binStart(span[1], unit);
  const bins: Bin[] = [];
  const index = new Map<number, number>();
  for (let t = first; t <= last && bins.length < maxBins; t = nextStart(t, unit)) {
    index.set(t, bins.length);
    bins.push({ start: iso(t), end: iso(nextStart(t, unit) - DAY), count: 0 });
  }
  let before = 0;
  let after = 0;
  for (const t of times(dates)) {
    const i = index.get(binStart(t, unit));
    if (i !== undefined) bins[i]!.count++;
    else if (t < first) before++;
    else after++;
  }
  if (before > 0) bins[0]!.outside = before;
  if (after > 0) bins[bins.length - 1]!.outside = (bins.length === 1 ? before : 0) + after;
  return bins;
}

/** Index of the bin containing `date`, clamped to the range; for positioning the brush. */
export function binIndex(bins: readonly Bin[], date: string | undefined, fallback: number): number {
  if (!date || bins.length === 0) return fallback;
  for (let i = 0; i < bins.length; i++) if (date <= bins[i]!.end) return i;
  return bins.length - 1;
}
