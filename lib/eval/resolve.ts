/**
 * Scoring of cross-article event resolution (lib/resolve), pure: nothing is read or printed here.
 * In: report cases — hand-written groups (several reports of one happening) and near-miss pairs (same place and
 * day, different happening), each report known by its event id — or ACLED notes with the events read from them;
 * and the ResolutionResult of `resolveReports` over all their reports.
 * Out: `scoreFixtures` → merge recall (report pairs of a group that end in one resolved event / all such pairs),
 * false-merge rate (near-miss pairs merged / all near-miss pairs) and every failing pair with both texts, the
 * pairwise evidence (lib/resolve compare) and the `why` of each report in its resolved event;
 * `scoreAcledMerges` → notes merged with a note ACLED coded as another event (other date, location or sub-type)
 * over all notes, and merged pairs ACLED coded identically (not counted as false).
 */
import type { AcledNote, ConflictEvent } from '../schemas';
import { distanceKm } from '../geo';
import { compare, profile, type ReportRef, type ResolutionResult } from '../resolve';
import { acledOf, compatible, compatibleTypes, placedRight } from './acled';

/** One report under test: its ref (as resolution reads it) and the text it came from. */
export interface CaseReport {
  ref: ReportRef;
  /** the article's body, shown on failure */
  text: string;
}

export interface GroupCase {
  id: string;
  event: string;
  reports: CaseReport[];
}

export interface NearMissCase {
  id: string;
  why: string;
  a: CaseReport;
  b: CaseReport;
}

export interface PairFailure {
  kind: 'missed merge' | 'false merge';
  caseId: string;
  /** the group's event, or why the near-miss pair differs */
  about: string;
  a: { eventId: string; text: string; read: string; group: string | null; why: string[] };
  b: { eventId: string; text: string; read: string; group: string | null; why: string[] };
  /** the pairwise evidence of lib/resolve (compare): compatible, score and reasons */
  evidence: { compatible: boolean; score: number; reasons: string[] };
}

export interface FixtureScore {
  groups: number;
  groupPairs: number;
  mergedGroupPairs: number;
  /** merged group pairs / group pairs (1 when there are none) */
  recall: number;
  nearMisses: number;
  falseMerges: number;
  /** merged near-miss pairs / near-miss pairs (0 when there are none) */
  falseMergeRate: number;
  /** groups whose reports all end in one resolved event */
  wholeGroups: number;
  failures: PairFailure[];
}

/** A short reading of an event: sub-type @ place, date, toll, acting actors. */
export function describeEvent(e: ConflictEvent): string {
  const actors = e.actors.filter((a) => a.role === 'actor').map((a) => a.id);
  return `${e.acled.subEventType} @ ${e.place?.name ?? '?'} (${e.place?.radiusKm ?? '?'} km) ${e.date.value ?? '?'}${e.fatalities ? ` toll ${e.fatalities.count}` : ''}${actors.length ? ` by ${actors.join(', ')}` : ''}`;
}

/** Per report event id: its resolved group id and the `why` its resolved event gives for it. */
function indexResult(result: ResolutionResult): { group: Map<string, string>; why: Map<string, string[]> } {
  const group = new Map<string, string>();
  const why = new Map<string, string[]>();
  for (const a of result.assignments) {
    group.set(a.eventId, a.group);
    if (a.primary && a.resolved) {
      for (const r of a.resolved.reports ?? []) why.set(r.eventId, r.why);
      if (!a.resolved.reports) why.set(a.eventId, ['alone']);
    }
  }
  return { group, why };
}

export function scoreFixtures(groups: readonly GroupCase[], nearMisses: readonly NearMissCase[], result: ResolutionResult): FixtureScore {
  const { group, why } = indexResult(result);
  const failures: PairFailure[] = [];
  const side = (c: CaseReport) => ({
    eventId: c.ref.event.id,
    text: c.text,
    read: describeEvent(c.ref.event),
    group: group.get(c.ref.event.id) ?? null,
    why: why.get(c.ref.event.id) ?? [],
  });
  const merged = (a: CaseReport, b: CaseReport) => {
    const ga = group.get(a.ref.event.id);
    return ga !== undefined && ga === group.get(b.ref.event.id);
  };
  const failure = (kind: PairFailure['kind'], caseId: string, about: string, a: CaseReport, b: CaseReport): PairFailure => {
    const c = compare(profile(a.ref), profile(b.ref));
    return { kind, caseId, about, a: side(a), b: side(b), evidence: { compatible: c.compatible, score: c.score, reasons: c.reasons } };
  };

  let groupPairs = 0;
  let mergedGroupPairs = 0;
  let wholeGroups = 0;
  for (const g of groups) {
    let whole = true;
    for (let i = 0; i < g.reports.length; i++) {
      for (let j = i + 1; j < g.reports.length; j++) {
        groupPairs++;
        if (merged(g.reports[i]!, g.reports[j]!)) mergedGroupPairs++;
        else {
          whole = false;
          failures.push(failure('missed merge', g.id, g.event, g.reports[i]!, g.reports[j]!));
        }
      }
    }
    if (whole) wholeGroups++;
  }
  let falseMerges = 0;
  for (const n of nearMisses) {
    if (merged(n.a, n.b)) {
      falseMerges++;
      failures.push(failure('false merge', n.id, n.why, n.a, n.b));
    }
  }
  return {
    groups: groups.length,
    groupPairs,
    mergedGroupPairs,
    recall: groupPairs ? mergedGroupPairs / groupPairs : 1,
    nearMisses: nearMisses.length,
    falseMerges,
    falseMergeRate: nearMisses.length ? falseMerges / nearMisses.length : 0,
    wholeGroups,
    failures,
  };
}

export function formatFailures(failures: readonly PairFailure[]): string {
  return failures
    .map((f) =>
      [
        `${f.kind} ${f.caseId}: ${f.about}`,
        `  A ${f.a.eventId} → ${f.a.group ?? '—'}: ${f.a.text}`,
        `    read: ${f.a.read}; why: ${f.a.why.join('; ') || '—'}`,
        `  B ${f.b.eventId} → ${f.b.group ?? '—'}: ${f.b.text}`,
        `    read: ${f.b.read}; why: ${f.b.why.join('; ') || '—'}`,
        `  evidence: ${f.evidence.compatible ? `score ${f.evidence.score}` : 'incompatible'} — ${f.evidence.reasons.join('; ')}`,
      ].join('\n'),
    )
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// ACLED notes: every note an article; two notes whose events end in one resolved event are checked against the coding.

/** How far apart two ACLED coordinates may be and still be "the same location" (with the same location name). */
export const SAME_LOCATION_KM = 1;

/** How far apart two differently coded notes of one day and country may lie to count as a near miss. */
export const NEAR_MISS_KM = 50;

/** Why ACLED coded two notes as different events, or null when it coded them identically (date, location, sub-type). */
export function acledDifferences(a: AcledNote, b: AcledNote): { kind: 'date' | 'location' | 'sub-type'; text: string }[] {
  const diffs: { kind: 'date' | 'location' | 'sub-type'; text: string }[] = [];
  if (a.published !== b.published) diffs.push({ kind: 'date', text: `date ${a.published} / ${b.published}` });
  const km = distanceKm(a.gold.lat, a.gold.lon, b.gold.lat, b.gold.lon);
  if (a.gold.location !== b.gold.location || km > SAME_LOCATION_KM) {
    diffs.push({ kind: 'location', text: `location ${a.gold.location} / ${b.gold.location} (${Math.round(km * 10) / 10} km)` });
  }
  if (a.gold.sub_event_type !== b.gold.sub_event_type) diffs.push({ kind: 'sub-type', text: `sub-type ${a.gold.sub_event_type} / ${b.gold.sub_event_type}` });
  return diffs;
}

export interface AcledMergedPair {
  a: string;
  b: string;
  /** the resolved event they share */
  group: string;
  /** what ACLED coded differently (null: identical coding) */
  difference: string | null;
  evidence: string[];
}

export interface AcledMergeScore {
  notes: number;
  /** notes with at least one event resolved together with an event of another note */
  mergedNotes: number;
  /** notes merged with at least one note ACLED coded as a different event */
  falselyMergedNotes: number;
  /** falselyMergedNotes / notes */
  falseMergeRate: number;
  /** cross-note pairs sharing a resolved event */
  mergedPairs: number;
  /** of those, pairs ACLED coded differently */
  differentPairs: number;
  /** of those, pairs ACLED coded identically (same date, location and sub-type): not counted as false */
  identicalPairs: number;
  /** by what differed: 'date', 'location', 'sub-type' (a pair may count under several) */
  byDifference: Record<string, number>;
  /** the differently coded pairs (all of them; the caller prints a few) */
  falsePairs: AcledMergedPair[];
  /**
   * The same, counting only each note's *coded* event (the one matching ACLED's row: codedEvent): a note whose
   * other readings (another place it names, a background fact) merged is not counted here. Null without `coded`.
   */
  coded: {
    notes: number; falselyMergedNotes: number; falseMergeRate: number; mergedPairs: number; identicalPairs: number;
    /** notes with a coded event, and the falsely merged ones over them (the stricter denominator) */
    codedNotes: number; falseMergeRateOfCoded: number;
  } | null;
  /** differently coded pairs whose two notes have the very same text (ACLED split one report by place or actor) */
  sameTextPairs: number;
  /**
   * Notes falsely merged with a note of other text: two notes of the very same text are one report to any reader (a
   * store keyed by content hash would even hold them as one article), so a merge between them is no reading error.
   */
  besidesSameText: { falselyMergedNotes: number; falseMergeRate: number };
  /**
   * Per pair: the differently coded note pairs a resolver could confuse — same day, same country, coded within
   * NEAR_MISS_KM of each other — and how many of them share a resolved event (with and without identical texts).
   */
  nearMisses: { pairs: number; merged: number; rate: number; mergedOtherText: number; rateOtherText: number };
}

/**
 * The note's event that is ACLED's row (lib/eval/acled's match: placed within the match distance, of a compatible
 * type, preferring the coder's sub-type, then the nearest), or null when the reader found none.
 */
export function codedEvent(note: AcledNote, events: readonly ConflictEvent[]): ConflictEvent | null {
  const legacy = compatibleTypes(note.gold, note.text);
  const matches = events.filter((e) => !e.background && placedRight(e, note.gold) && compatible(e, note.gold, legacy));
  const exact = matches.filter((e) => acledOf(e)?.subEventType === note.gold.sub_event_type);
  const pool = exact.length ? exact : matches;
  const km = (e: ConflictEvent) => (e.place ? distanceKm(e.place.lat, e.place.lon, note.gold.lat, note.gold.lon) : Infinity);
  return pool.reduce<ConflictEvent | null>((best, e) => (best === null || km(e) < km(best) ? e : best), null);
}

/**
 * `reads`: per note (same order), the refs of its events that went into resolution (article id = note id).
 * Pairs are counted once per pair of notes, whatever number of their events share resolved events.
 */
export function scoreAcledMerges(
  notes: readonly AcledNote[],
  reads: readonly (readonly ReportRef[])[],
  result: ResolutionResult,
  coded: readonly (string | null)[] | null = null,
): AcledMergeScore {
  const noteOf = new Map<string, number>();
  const refOf = new Map<string, ReportRef>();
  reads.forEach((refs, i) => refs.forEach((r) => (noteOf.set(r.event.id, i), refOf.set(r.event.id, r))));
  const members = new Map<string, string[]>();
  for (const a of result.assignments) {
    if (!noteOf.has(a.eventId)) continue;
    const m = members.get(a.group);
    if (m) m.push(a.eventId);
    else members.set(a.group, [a.eventId]);
  }
  const seen = new Set<string>();
  const merged = new Set<number>();
  const falsely = new Set<number>();
  const falselyOtherText = new Set<number>();
  const falsePairs: AcledMergedPair[] = [];
  const byDifference: Record<string, number> = {};
  let identicalPairs = 0;
  let sameTextPairs = 0;
  const codedIds = new Set((coded ?? []).filter((x): x is string => x !== null));
  const codedSeen = new Set<string>();
  const codedFalsely = new Set<number>();
  let codedIdentical = 0;
  const falseKeys = new Set<string>();
  for (const [group, ids] of [...members].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const ni = noteOf.get(ids[i]!)!;
        const nj = noteOf.get(ids[j]!)!;
        if (ni === nj) continue;
        const key = ni < nj ? `${ni}:${nj}` : `${nj}:${ni}`;
        const diffs = acledDifferences(notes[ni]!, notes[nj]!);
        if (codedIds.has(ids[i]!) && codedIds.has(ids[j]!) && !codedSeen.has(key)) {
          codedSeen.add(key);
          if (diffs.length === 0) codedIdentical++;
          else codedFalsely.add(ni).add(nj);
        }
        if (seen.has(key)) continue;
        seen.add(key);
        merged.add(ni).add(nj);
        if (diffs.length === 0) {
          identicalPairs++;
          continue;
        }
        falseKeys.add(key);
        if (notes[ni]!.text === notes[nj]!.text) sameTextPairs++;
        else falselyOtherText.add(ni).add(nj);
        falsely.add(ni).add(nj);
        for (const d of diffs) byDifference[d.kind] = (byDifference[d.kind] ?? 0) + 1;
        const difference = diffs.map((d) => d.text).join(', ');
        const c = compare(profile(refOf.get(ids[i]!)!), profile(refOf.get(ids[j]!)!));
        falsePairs.push({ a: notes[ni]!.id, b: notes[nj]!.id, group, difference, evidence: c.reasons });
      }
    }
  }
  return {
    notes: notes.length,
    mergedNotes: merged.size,
    falselyMergedNotes: falsely.size,
    falseMergeRate: notes.length ? falsely.size / notes.length : 0,
    mergedPairs: seen.size,
    differentPairs: seen.size - identicalPairs,
    identicalPairs,
    byDifference,
    falsePairs,
    coded: coded
      ? {
        notes: notes.length, falselyMergedNotes: codedFalsely.size, falseMergeRate: notes.length ? codedFalsely.size / notes.length : 0, mergedPairs: codedSeen.size, identicalPairs: codedIdentical,
        codedNotes: codedIds.size, falseMergeRateOfCoded: codedIds.size ? codedFalsely.size / codedIds.size : 0,
      }
      : null,
    sameTextPairs,
    besidesSameText: { falselyMergedNotes: falselyOtherText.size, falseMergeRate: notes.length ? falselyOtherText.size / notes.length : 0 },
    nearMisses: nearMisses(notes, falseKeys),
  };
}

/** The near-miss pairs (same day and country, differently coded within NEAR_MISS_KM) and those merged (`falseKeys`: "i:j", i < j). */
function nearMisses(notes: readonly AcledNote[], falseKeys: ReadonlySet<string>): AcledMergeScore['nearMisses'] {
  const byDay = new Map<string, number[]>();
  notes.forEach((n, i) => {
    const k = `${n.published}|${n.country}`;
    const list = byDay.get(k);
    if (list) list.push(i);
    else byDay.set(k, [i]);
  });
  let pairs = 0;
  let merged = 0;
  let mergedOtherText = 0;
  for (const list of byDay.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = notes[list[x]!]!;
        const b = notes[list[y]!]!;
        if (acledDifferences(a, b).length === 0 || distanceKm(a.gold.lat, a.gold.lon, b.gold.lat, b.gold.lon) > NEAR_MISS_KM) continue;
        pairs++;
        if (!falseKeys.has(`${list[x]}:${list[y]}`)) continue;
        merged++;
        if (a.text !== b.text) mergedOtherText++;
      }
    }
  }
  return { pairs, merged, rate: pairs ? merged / pairs : 0, mergedOtherText, rateOtherText: pairs ? mergedOtherText / pairs : 0 };
}
