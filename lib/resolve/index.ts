/**
 * Cross-article event resolution (issue 15): the pipeline stage after extraction that makes one event of the
 * reports several articles give of one happening, keeping every report and the reasons of every decision.
 * In: per-article ConflictEvents with their articles' title/source/published (ReportRef) and analyst overrides.
 * Out: per report, its component, its group (the resolved event's id) and, on the primary, the resolved event.
 * Stores call resolveSync / resolveAsync inside their write transactions (types.ts is the contract).
 */
export * from './types';
export { RESOLUTION_VERSION, candidateQuery, resolveAsync, resolveReports, resolveSync, type ResolutionInput } from './driver';
export { compare, links, partedByHardRule, profile, type Comparison, type ReportProfile } from './compare';
export { constraints, pairKey, type Constraints } from './constraints';
export { choosePrimary, resolveGroup } from './merge';
export { rules, type ResolutionRules } from './rules';
export { dayNumber, dayWindow, type DayWindow } from './window';
