/**
 * Analyst overrides → pair constraints on report keys, applied oldest first so a later decision wins: a merge
 * makes its reports one unit (must-link every pair, cancelling earlier splits between them); a split keeps `keys`
 * apart from `others` (cannot-link across, cancelling earlier merges across) and makes each side a unit.
 * In: overrides (oldest first) and the keys present. Out: must / cannot pair sets and, per pair, the override
 * that decided it (its reasons name it).
 */
import type { Override } from '../schemas';

export interface Constraints {
  /** pairKey(a, b) → id of the override that says they are one event */
  must: Map<string, string>;
  /** pairKey(a, b) → id of the override that says they are two */
  cannot: Map<string, string>;
}

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function eachPair(xs: readonly string[], f: (a: string, b: string) => void): void {
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) if (xs[i] !== xs[j]) f(xs[i]!, xs[j]!);
}

export function constraints(overrides: readonly Override[], present: ReadonlySet<string>): Constraints {
  const must = new Map<string, string>();
  const cannot = new Map<string, string>();
  const unit = (keys: readonly string[], id: string) =>
    eachPair(keys, (a, b) => {
      must.set(pairKey(a, b), id);
      cannot.delete(pairKey(a, b));
    });
  for (const o of overrides) {
    const keys = [...new Set(o.keys)].filter((k) => present.has(k)).sort();
    const others = [...new Set(o.others)].filter((k) => present.has(k) && !o.keys.includes(k)).sort();
    unit(keys, o.id);
    if (o.kind === 'split') {
      unit(others, o.id);
      for (const a of keys)
        for (const b of others) {
          cannot.set(pairKey(a, b), o.id);
          must.delete(pairKey(a, b));
        }
    }
  }
  return { must, cannot };
}
