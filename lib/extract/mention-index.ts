/**
 * Finding the geoparser's mentions (or any spans: quotes) by position without a pass over all of them.
 * In: mentions (the extractor keeps them sorted by start: index.ts) and a stretch of text. Out: the contiguous run of
 * mentions that can lie in the stretch, by binary search, so per-trigger and per-name look-ups cost the few mentions
 * around them and an article's cost grows with its length, not its square. A list that is not sorted by start is
 * returned whole (the callers filter as before), so the answers never change.
 */
import type { Mention } from '../schemas';

/** Anything with a span: mentions, quotes. */
type Spanned = { start: number; end: number };

interface Facts { sorted: boolean; maxLength: number }
const facts = new WeakMap<readonly Spanned[], Facts>();

function factsOf(ms: readonly Spanned[]): Facts {
  let f = facts.get(ms);
  if (f) return f;
  let sorted = true, maxLength = 0;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (i > 0 && ms[i - 1]!.start > m.start) sorted = false;
    maxLength = Math.max(maxLength, m.end - m.start);
  }
  facts.set(ms, (f = { sorted, maxLength }));
  return f;
}

/** The first index whose mention starts at or after `pos` (ms sorted by start). */
function firstFrom(ms: readonly Spanned[], pos: number): number {
  let lo = 0, hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The mentions starting in [from, to], in their order: a superset of those lying inside [from, to) (and of every pair
 * of neighbours both inside it, still neighbours). The whole list when it is not sorted by start.
 */
export function mentionsWithin(ms: readonly Mention[], from: number, to: number): readonly Mention[] {
  if (!factsOf(ms).sorted) return ms;
  return ms.slice(firstFrom(ms, from), firstFrom(ms, to + 1));
}

/**
 * The mentions that can overlap or end near [from, to): those starting in [from − longest mention − slack, to + slack],
 * in their order (the whole list when it is not sorted by start).
 */
export function mentionsAround<T extends Spanned>(ms: readonly T[], from: number, to: number, slack = 0): readonly T[] {
  const f = factsOf(ms);
  if (!f.sorted) return ms;
  return ms.slice(firstFrom(ms, from - f.maxLength - slack), firstFrom(ms, to + slack + 1));
}

/** The index of the first mention starting at or after `pos`, or -1 when the list is not sorted by start. */
export function indexFrom(ms: readonly Mention[], pos: number): number {
  return factsOf(ms).sorted ? firstFrom(ms, pos) : -1;
}
