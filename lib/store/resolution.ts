/**
 * The store side of cross-article resolution (issue 15): what every backend shares around the driver (lib/resolve).
 * In: ReportRefs the stores read and the ResolutionResult the driver hands back.
 * Out: the driver entry points the stores call inside their write transactions, the candidate window of a new
 * report, and the rules for what a stored row keeps (resolved JSON only for groups of more than one report).
 */
import type { ConflictEvent, Override } from '../schemas';
import { reportKey, type ReportAssignment, type ReportRef, type ResolutionAccess, type ResolutionResult } from '../resolve';

export { reportKey };
export { RESOLUTION_VERSION, resolveSync } from '../resolve';
export type { ReportAssignment, ReportRef, ResolutionAccess, ResolutionResult };

/** A report resolution may join to another: located, dated and not background (the others are always alone). */
export function isResolvable(e: Pick<ConflictEvent, 'background' | 'place' | 'date'>): boolean {
  return !e.background && e.place !== null && e.date.value !== null;
}

/** The resolved event a primary row keeps: only for groups of more than one report (a lone report serves itself). */
export function keptResolved(a: ReportAssignment): ConflictEvent | null {
  return a.primary && a.reportCount > 1 && a.resolved ? a.resolved : null;
}

/** Overrides naming any of `keys` (in keys or others), in stored order. */
export function overridesNaming(all: readonly Override[], keys: readonly string[]): Override[] {
  const want = new Set(keys);
  return all.filter((o) => o.keys.some((k) => want.has(k)) || o.others.some((k) => want.has(k)));
}
