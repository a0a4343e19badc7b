/**
 * The committed summary of a dev set (lib/eval/quality.ts) from real evaluation reports of invented input: it
 * validates against lib/schemas/quality.ts, keeps at most 10 examples and no quoted error-class examples.
 */
import { describe, expect, it } from 'vitest';
import type { AcledNote, ConflictEvent } from '@/lib/schemas';
import { AcledDevset, GeoDevset } from '@/lib/schemas';
import { acledDevset, geoDevset } from '@/lib/eval/quality';
import { exampleErrors, scoreNote, summariseAcled } from '@/lib/eval/acled';
import { combineScores } from '@/lib/eval/geo';

const gold = { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Blue Coast Liberation Front', assoc_actor_1: '', actor2: '', assoc_actor_2: '', location: 'Varnholm', admin1: '', admin2: '', lat: 10, lon: 20, geo_precision: 1 as const, time_precision: 1 as const, fatalities: 0, source: 'invented' };
const notes: AcledNote[] = Array.from({ length: 14 }, (_, i) => ({ id: `n-${i}`, country: i % 2 ? 'Freedonia' : 'Sylvania', published: '2031-03-03', text: `Note ${i}: fighters clashed near Varnholm.`, gold }));

describe('acledDevset', () => {
  it('has the headline scores with their direction, the tables, counts-only error classes and ≤ 10 examples', () => {
    const scores = notes.map((n, i) => scoreNote(n, { mentions: [], events: i < 2 ? [] : ([] as ConflictEvent[]) }));
    const d = acledDevset({ name: 'invented', file: 'notes.json', seconds: 1.234 }, summariseAcled(scores), exampleErrors(notes, scores, 20));
    expect(AcledDevset.parse(d)).toEqual(d);
    expect(d.examples).toHaveLength(10);
    expect(d.seconds).toBe(1.2);
    expect(d.headline.map((s) => s.key)).toEqual(['foundAll', 'precisionAll', 'typeAccuracy', 'subTypeExact', 'actor1', 'dateExact', 'fatalitiesExact', 'located25', 'located161', 'foundTyped', 'precisionTyped', 'peacefulViolent']);
    expect(d.headline.find((s) => s.key === 'foundAll')).toEqual({ key: 'foundAll', label: 'events found, all rows', value: 0, n: 0, of: 14, better: 'higher' });
    expect(d.headline.find((s) => s.key === 'peacefulViolent')!.better).toBe('lower');
    expect(d.byCountry.map((r) => r.key)).toEqual(['Freedonia', 'Sylvania']);
    expect(d.errorClasses[0]).toEqual({ cls: 'no event on the row', count: 14 });
  });
});

describe('geoDevset', () => {
  it('reports toponym scores, metonymy and demonyms only when the gold has them, and event scores when given', () => {
    const d = geoDevset({ name: 'empty', file: 'x.json', source: 'project', seconds: 0 }, combineScores([]));
    expect(GeoDevset.parse(d)).toEqual(d);
    expect(d.headline.map((s) => s.key)).toEqual(['precision', 'recall', 'f1', 'accuracyAtTol', 'acc161', 'auc']);
    expect(d.events).toBeNull();
  });
});
