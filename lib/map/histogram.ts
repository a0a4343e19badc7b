/**
 * Timeline histogram: events per month (or week) between the first and last dated event, with no
 * gaps, so the SVG bars and the range inputs share one index.
 * In: ISO dates (nulls ignored). Out: bins with start/end dates and counts.
 */

import type { Bin, BinUnit } from '../schemas';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);

function binStart(t: number, unit: BinUnit): number {
  const d = new Date(t);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - dow);
}

function nextStart(t: number, unit: BinUnit): number {
  const d = new Date(t);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return t + 7 * DAY;
}

/** Pick weeks for short spans (≤ 26 weeks), months otherwise. */
export function chooseUnit(dates: readonly (string | null)[]): BinUnit {
  const ts = dates.filter((d): d is string => !!d).map(parse).filter(Number.isFinite);
  if (ts.length === 0) return 'month';
  const span = Math.max(...ts) - Math.min(...ts);
  return span <= 26 * 7 * DAY ? 'week' : 'month';
}

export function binDates(dates: readonly (string | null)[], unit: BinUnit = chooseUnit(dates), maxBins = 600): Bin[] {
  const ts = dates.filter((d): d is string => !!d).map(parse).filter(Number.isFinite);
  if (ts.length === 0) return [];
  const first = binStart(Math.min(...ts), unit);
  const last = binStart(Math.max(...ts), unit);
  const bins: Bin[] = [];
  const index = new Map<number, number>();
  for (let t = first; t <= last && bins.length < maxBins; t = nextStart(t, unit)) {
    index.set(t, bins.length);
    bins.push({ start: iso(t), end: iso(nextStart(t, unit) - DAY), count: 0 });
  }
  for (const t of ts) {
    const i = index.get(binStart(t, unit));
    if (i !== undefined) bins[i]!.count++;
  }
  return bins;
}

/** Index of the bin containing `date`, clamped to the range; for positioning range inputs. */
export function binIndex(bins: readonly Bin[], date: string | undefined, fallback: number): number {
  if (!date || bins.length === 0) return fallback;
  for (let i = 0; i < bins.length; i++) if (date <= bins[i]!.end) return i;
  return bins.length - 1;
}
