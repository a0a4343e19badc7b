/**
 * The timeline brush as pure arithmetic over bin indices (bins from ./histogram.ts): one range
 * [lo, hi] (inclusive) that is read from and written to the URL's `from`/`to` (the edge bins are
 * open-ended, so a range touching an edge drops that bound), moved by pointer drags snapped to bins,
 * stepped by keys and advanced by play.
 * In: bins, from/to dates, pointer positions as fractions of the track, key names.
 * Out: ranges, their extent on the track (fractions: the bars use the same ones), query bounds, labels.
 */
import type { Bin } from '../schemas';
import { binIndex } from './histogram';

export interface BinRange {
  lo: number;
  hi: number;
}

/** which part of the brush a pointer drag or key press moves */
export type BrushPart = 'new' | 'window' | 'start' | 'end';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The range the URL's from/to select (the whole timeline when neither is set). */
export function rangeOf(bins: readonly Bin[], from?: string, to?: string): BinRange {
  const n = bins.length;
  return { lo: binIndex(bins, from, 0), hi: Math.max(binIndex(bins, from, 0), binIndex(bins, to, n - 1)) };
}

/** from/to for a range; a range touching an edge leaves that side open (so outlying dates stay in). */
export function rangeQuery(bins: readonly Bin[], r: BinRange): { from?: string; to?: string } {
  return {
    from: r.lo <= 0 ? undefined : bins[r.lo]!.start,
    to: r.hi >= bins.length - 1 ? undefined : bins[r.hi]!.end,
  };
}

export const isFull = (r: BinRange, n: number) => r.lo <= 0 && r.hi >= n - 1;

/** Left and right edges of a range on the track, as fractions of its width (bar i spans [i/n, (i+1)/n]). */
export function rangeExtent(r: BinRange, n: number): { left: number; right: number } {
  return { left: r.lo / n, right: (r.hi + 1) / n };
}

/** The bin under a pointer at fraction `f` of the track. */
export function binAt(f: number, n: number): number {
  return clamp(Math.floor(f * n), 0, n - 1);
}

/**
 * What a pointer down at fraction `f` grabs: a handle (within `grip` of an edge, as a fraction),
 * the window (inside it, unless it is the whole track), or nothing (a new brush starts).
 */
export function hitPart(f: number, r: BinRange, n: number, grip: number): BrushPart {
  const { left, right } = rangeExtent(r, n);
  if (Math.abs(f - left) <= grip && !(r.lo === 0 && f < left)) return 'start';
  if (Math.abs(f - right) <= grip) return 'end';
  if (f > left && f < right && !isFull(r, n)) return 'window';
  return 'new';
}

/** The range while dragging `part` from bin `anchor` (where the pointer went down) to bin `at`. */
export function dragRange(part: BrushPart, origin: BinRange, anchor: number, at: number, n: number): BinRange {
  switch (part) {
    case 'new':
      return { lo: Math.min(anchor, at), hi: Math.max(anchor, at) };
    case 'window': {
      const d = clamp(at - anchor, -origin.lo, n - 1 - origin.hi);
      return { lo: origin.lo + d, hi: origin.hi + d };
    }
    case 'start':
      return { lo: Math.min(at, origin.hi), hi: origin.hi };
    case 'end':
      return { lo: origin.lo, hi: Math.max(at, origin.lo) };
  }
}

/** A larger step (Shift, PageUp/PageDown): a tenth of the timeline, at least 2 bins. */
export const bigStep = (n: number) => Math.max(2, Math.round(n / 10));

/**
 * The range after a key on the window or a handle: arrows step one bin (Shift: bigStep), PageUp /
 * PageDown step bigStep, Home / End go to the start / end. Null for keys the brush does not use.
 */
export function stepRange(part: Exclude<BrushPart, 'new'>, r: BinRange, n: number, key: string, shift = false): BinRange | null {
  const big = bigStep(n);
  const delta: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: big, PageDown: -big };
  if (key === 'Home' || key === 'End') {
    const toEnd = key === 'End';
    if (part === 'window') return toEnd ? { lo: n - 1 - (r.hi - r.lo), hi: n - 1 } : { lo: 0, hi: r.hi - r.lo };
    if (part === 'start') return { lo: toEnd ? r.hi : 0, hi: r.hi };
    return { lo: r.lo, hi: toEnd ? n - 1 : r.lo };
  }
  const d0 = delta[key];
  if (d0 === undefined) return null;
  const d = shift && Math.abs(d0) === 1 ? d0 * big : d0;
  if (part === 'window') return dragRange('window', r, 0, d, n);
  if (part === 'start') return { lo: clamp(r.lo + d, 0, r.hi), hi: r.hi };
  return { lo: r.lo, hi: clamp(r.hi + d, r.lo, n - 1) };
}

/** Where play starts: the current window, back at the start if it is at the end; a whole-timeline range plays an eighth of it. */
export function playStart(r: BinRange, n: number): BinRange {
  const width = isFull(r, n) ? Math.max(1, Math.round(n / 8)) : r.hi - r.lo + 1;
  if (isFull(r, n) || r.hi >= n - 1) return { lo: 0, hi: Math.min(n, width) - 1 };
  return r;
}

/** The next frame of play (the window one bin later), or null at the end. */
export function playNext(r: BinRange, n: number): BinRange | null {
  return r.hi >= n - 1 ? null : { lo: r.lo + 1, hi: r.hi + 1 };
}

/** "2016-02-01 to 2016-03-31" for a range (aria-valuetext, the caption). */
export function describeRange(bins: readonly Bin[], r: BinRange): string {
  return `${bins[r.lo]!.start} to ${bins[r.hi]!.end}`;
}

/** The unit of a run of bins, read off the first one (for labels). */
export function unitOf(bins: readonly Bin[]): 'day' | 'week' | 'month' {
  const b = bins[0];
  if (!b || b.start === b.end) return 'day';
  const days = (Date.parse(b.end) - Date.parse(b.start)) / 86_400_000 + 1;
  return days === 7 ? 'week' : 'month';
}
