/**
 * lib/eval/resolve.ts: the resolution scores from a hand-made ResolutionResult (no resolver involved) — recall over
 * group pairs, false merges over near-miss pairs, failures listed with their evidence; ACLED note pairs merged,
 * counted false only when ACLED coded them differently, once per pair of notes, never within one note.
 */
import { describe, expect, it } from 'vitest';
import type { ReportAssignment, ReportRef, ResolutionResult } from '@/lib/resolve';
import type { AcledNote } from '@/lib/schemas';
import { acledDifferences, scoreAcledMerges, scoreFixtures, type CaseReport } from '@/lib/eval/resolve';
import { report } from '../resolve/build';

/** groups: event id → resolved group id */
function result(groups: Record<string, string>): ResolutionResult {
  const assignments: ReportAssignment[] = Object.entries(groups).map(([eventId, group]) => ({
    eventId,
    component: group,
    group,
    primary: eventId === group,
    resolved: null,
    reportCount: 1,
  }));
  return { assignments, droppedComponents: [] };
}
const rep = (article: string): CaseReport => ({ ref: report({ article }), text: `text of ${article}` });

describe('scoreFixtures', () => {
  it('counts merged group pairs and merged near-miss pairs, listing each failure', () => {
    const groups = [
      { id: 'g1', event: 'one', reports: [rep('a1'), rep('a2'), rep('a3')] },
      { id: 'g2', event: 'two', reports: [rep('b1'), rep('b2')] },
    ];
    const near = [
      { id: 'n1', why: 'other', a: rep('c1'), b: rep('c2') },
      { id: 'n2', why: 'other', a: rep('d1'), b: rep('d2') },
    ];
    // g1: a1+a2 merged, a3 alone (2 of 3 pairs missed); g2 whole; n1 merged (false), n2 apart
    const s = scoreFixtures(groups, near, result({ 'a1-e0': 'a1-e0', 'a2-e0': 'a1-e0', 'a3-e0': 'a3-e0', 'b1-e0': 'b1-e0', 'b2-e0': 'b1-e0', 'c1-e0': 'c1-e0', 'c2-e0': 'c1-e0', 'd1-e0': 'd1-e0', 'd2-e0': 'd2-e0' }));
    expect(s).toMatchObject({ groupPairs: 4, mergedGroupPairs: 2, recall: 0.5, wholeGroups: 1, nearMisses: 2, falseMerges: 1, falseMergeRate: 0.5 });
    expect(s.failures.map((f) => `${f.kind} ${f.caseId} ${f.a.eventId} ${f.b.eventId}`)).toEqual([
      'missed merge g1 a1-e0 a3-e0',
      'missed merge g1 a2-e0 a3-e0',
      'false merge n1 c1-e0 c2-e0',
    ]);
    expect(s.failures[0]!.evidence.reasons.length).toBeGreaterThan(0);
    expect(s.failures[0]!.a.text).toBe('text of a1');
  });

  it('a report missing from the result is never merged', () => {
    const s = scoreFixtures([{ id: 'g', event: 'e', reports: [rep('x1'), rep('x2')] }], [], result({ 'x1-e0': 'x1-e0' }));
    expect(s.recall).toBe(0);
  });
});

const gold = { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: '', assoc_actor_1: '', actor2: '', assoc_actor_2: '', location: 'Alpha', admin1: '', admin2: '', lat: 35, lon: 38, geo_precision: 1 as const, time_precision: 1 as const, fatalities: 0, source: '' };
const note = (id: string, over: Partial<typeof gold> = {}, published = '2024-05-07', text = `note ${id}`): AcledNote => ({ id, country: 'Syria', published, text, gold: { ...gold, ...over } });

describe('ACLED merges', () => {
  it('names what ACLED coded differently', () => {
    expect(acledDifferences(note('1'), note('2'))).toEqual([]);
    expect(acledDifferences(note('1'), note('2', { lat: 35.005 })).map((d) => d.kind)).toEqual([]); // ~0.6 km, same name
    expect(acledDifferences(note('1'), note('2', { lat: 35.02 })).map((d) => d.kind)).toEqual(['location']);
    expect(acledDifferences(note('1'), note('2', { location: 'Beta' })).map((d) => d.kind)).toEqual(['location']);
    expect(acledDifferences(note('1'), note('2', { sub_event_type: 'Attack' }, '2024-05-08')).map((d) => d.kind)).toEqual(['date', 'sub-type']);
  });

  it('counts notes merged with a differently coded note, once per note pair, not within a note', () => {
    const notes = [note('n1'), note('n2'), note('n3', { sub_event_type: 'Attack' }), note('n4'), note('n5')];
    const reads: ReportRef[][] = [
      [report({ article: 'n1' }), report({ article: 'n1', n: 1 })],
      [report({ article: 'n2' })],
      [report({ article: 'n3' }), report({ article: 'n3', n: 1 })],
      [report({ article: 'n4' })],
      [report({ article: 'n5' }), report({ article: 'n5', n: 1 })],
    ];
    // n1+n2 identical coding (not false); n1's second event + n3 twice (one false pair); n4 alone; n5's two events together (same note)
    const res = result({ 'n1-e0': 'n1-e0', 'n2-e0': 'n1-e0', 'n1-e1': 'n1-e1', 'n3-e0': 'n1-e1', 'n3-e1': 'n1-e1', 'n4-e0': 'n4-e0', 'n5-e0': 'n5-e0', 'n5-e1': 'n5-e0' });
    const s = scoreAcledMerges(notes, reads, res, ['n1-e0', 'n2-e0', 'n3-e0', 'n4-e0', null]);
    expect(s).toMatchObject({ notes: 5, mergedNotes: 3, falselyMergedNotes: 2, falseMergeRate: 0.4, mergedPairs: 2, differentPairs: 1, identicalPairs: 1, byDifference: { 'sub-type': 1 } });
    expect(s.falsePairs.map((p) => [p.a, p.b])).toEqual([['n1', 'n3']]);
    // only coded events: n1-e0 + n2-e0 (identical), n1-e1 is not n1's coded event → no false merge
    expect(s.coded).toMatchObject({ falselyMergedNotes: 0, mergedPairs: 1, identicalPairs: 1 });
    // per pair: n1–n3, n2–n3, n3–n4, n3–n5 are the near misses (same day and country, coded differently, 0 km apart);
    // one of them (n1+n3) is merged, and its texts differ
    expect(s.nearMisses).toEqual({ pairs: 4, merged: 1, rate: 0.25, mergedOtherText: 1, rateOtherText: 0.25 });
  });

  it('a near miss is a differently coded pair of one day and country within 50 km', () => {
    const notes = [note('a'), note('b', { sub_event_type: 'Attack' }, '2024-05-08'), note('c', { lat: 36 }), { ...note('d', { location: 'Beta' }), country: 'Iraq' }];
    const s = scoreAcledMerges(notes, notes.map(() => []), result({}), null);
    // a–b another day, a–c 111 km apart, a–d another country, c–d too: none
    expect(s.nearMisses).toMatchObject({ pairs: 0, merged: 0, rate: 0 });
  });
});
