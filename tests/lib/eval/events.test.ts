import { describe, expect, it } from 'vitest';
import { defaultAcled } from '@/lib/extract';
import type { ConflictEvent } from '@/lib/schemas';
import { formatEventScores, matchEvents, parseGoldEvents, scoreEvents, type GoldEvent } from '@/lib/eval/events';

const text = 'Rebels shelled Aleppo on Friday. Russian jets bombed Idlib on Saturday.';

function pred(over: Partial<ConflictEvent> & Pick<ConflictEvent, 'type'>): ConflictEvent {
  return {
    id: 'a-e0', articleId: 'a', acled: defaultAcled(over.type), actors: [], fatalities: null, confidence: 0.8, background: false, why: [],
    place: { id: 'p', name: 'Aleppo', kind: 'city', country: 'SY', lat: 36.2, lon: 37.16, precision: 'exact', radiusKm: 10, text: 'Aleppo', start: 15, end: 21 },
    date: { value: '2016-04-29', precision: 1, text: 'on Friday' },
    quote: { start: 0, end: 32, text: 'Rebels shelled Aleppo on Friday.' },
    trigger: { start: 7, end: 14, text: 'shelled' },
    ...over,
  };
}
const actor = (id: string, role: 'actor' | 'target' = 'actor') => ({ id, role, text: id, start: 0, end: 1 });

const goldShelling: GoldEvent = {
  type: 'shelling', place: { name: 'Aleppo', lat: 36.2, lon: 37.16, tol_km: 25 }, actors: ['syrian-rebels'],
  date: '2016-04-29', fatalities: null, quote: 'Rebels shelled Aleppo',
};
const goldAirstrike: GoldEvent = {
  type: 'airstrike', place: { name: 'Idlib', lat: 35.93, lon: 36.63, tol_km: 25 }, actors: ['russia'],
  date: '2016-04-30', fatalities: 3, quote: 'Russian jets bombed Idlib',
};

describe('scoreEvents', () => {
  it('a perfect prediction scores 1 everywhere', () => {
    const p = [pred({ type: 'shelling', actors: [actor('syrian-rebels')] })];
    const s = scoreEvents([{ text, published: '2016-04-30', events: [goldShelling] }], [p]);
    expect(s.main).toMatchObject({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(s).toMatchObject({ actorAccuracy: 1, dateAccuracy: 1, fatalityAccuracy: 1 });
  });
  it('a wrong type or a place beyond tolerance does not match', () => {
    const farAway = pred({ type: 'shelling', place: { ...pred({ type: 'shelling' }).place!, lat: 40, lon: 40 } });
    expect(matchEvents([goldShelling], [pred({ type: 'clash' }), farAway])).toEqual([]);
  });
  it('counts misses and spurious events, and scores actors, dates and fatalities on matched pairs', () => {
    const p = [pred({ type: 'shelling', actors: [actor('syrian-government')], date: { value: '2016-04-20', precision: 1, text: null } }),
      pred({ type: 'talks' })];
    const s = scoreEvents([{ text, published: '2016-04-30', events: [goldShelling, goldAirstrike] }], [p]);
    expect(s.main).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.actorAccuracy).toBe(0);
    expect(s.dateAccuracy).toBe(0);
    expect(s.perActor['syrian-rebels']).toMatchObject({ fn: 1 });
    expect(s.errors.map((e) => e.kind).sort()).toEqual(['actors', 'date', 'missed', 'spurious']);
  });
  it('background events are scored apart and never count in the main precision and recall', () => {
    const bgGold = { ...goldAirstrike, background: true };
    const s = scoreEvents([{ text, published: '2016-04-30', events: [goldShelling, bgGold] }],
      [[pred({ type: 'shelling', actors: [actor('syrian-rebels')] }), pred({ type: 'talks', background: true })]]);
    expect(s.main).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.background).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
  it('articles without an events array are skipped', () => {
    const s = scoreEvents([{ text, published: null }], [[pred({ type: 'shelling' })]]);
    expect(s).toMatchObject({ articles: 0, gold: 0, predicted: 0 });
  });
  it('accepts mentions instead of events and extracts them first (what scripts/eval.ts passes)', () => {
    const mentions = [{ text: 'Aleppo', start: 15, end: 21, isLocation: true, place: { id: 'p', name: 'Aleppo', kind: 'city' as const, country: 'SY', lat: 36.2, lon: 37.16 },
      precision: 'exact' as const, radiusKm: 10, point: null, qualifier: null, nonLocation: null, why: [], candidates: [] }];
    const s = scoreEvents([{ text, published: '2016-04-30', events: [goldShelling] }], [mentions]);
    expect(s.main.tp).toBe(1);
  });
  it('bad gold names the article, the event and the field', () => {
    expect(() => parseGoldEvents([{ ...goldShelling, type: 'earthquake' }], 3)).toThrow(/article 3 event 0 .*type/);
  });
  it('formats a readable report', () => {
    const s = scoreEvents([{ text, published: '2016-04-30', events: [goldShelling] }], [[pred({ type: 'clash' })]]);
    const out = formatEventScores(s);
    expect(out).toMatch(/main: +P 0\.0% +R 0\.0%/);
    expect(out).toMatch(/missed #0 shelling at Aleppo/);
  });
});
