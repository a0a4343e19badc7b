import { describe, expect, it } from 'vitest';
import { aucOfErrors, combineScores, pointOf, scoreArticle } from '@/lib/eval/geo';
import type { GoldArticle } from '@/lib/eval/gold';
import type { Mention } from '@/lib/schemas';

const text = 'Clashes in Aleppo spread to Homs as Moscow said it would help.';
const gold: GoldArticle = {
  title: 't',
  text,
  places: [
    { name: 'Aleppo', start: 11, end: 17, lat: 36.2, lon: 37.16, tol_km: 10 },
    { name: 'Homs', start: 28, end: 32, lat: 34.73, lon: 36.72, tol_km: 10 },
  ],
  metonymy: [{ phrase: 'Moscow said', name: 'Moscow', start: 36, end: 42 }],
};

function mention(t: string, lat: number, lon: number, extra: Partial<Mention> = {}): Mention {
  const start = text.indexOf(t);
  return {
    text: t, start, end: start + t.length, isLocation: true,
    place: { id: `x:${t}`, name: t, kind: 'city', country: 'SY', lat, lon },
    precision: 'exact', radiusKm: 10, point: null, qualifier: null, nonLocation: null, why: ['test'], candidates: [], ...extra,
  };
}
const metonymy = (t: string) => mention(t, 55.75, 37.61, { isLocation: false, nonLocation: 'metonymy', precision: null });

describe('geo scoring', () => {
  it('scores a perfect prediction as 1 everywhere', () => {
    const r = combineScores([scoreArticle(gold, [mention('Aleppo', 36.2, 37.16), mention('Homs', 34.73, 36.72), metonymy('Moscow')])]);
    expect([r.precision, r.recall, r.f1, r.accuracyAtTol, r.acc161, r.metonymy.accuracy]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(r.auc).toBe(0);
  });

  it('lowers resolution accuracy for a wrong place, and counts it as a wrong entry', () => {
    const r = combineScores([scoreArticle(gold, [mention('Aleppo', 36.2, 37.16), mention('Homs', 32.65, 14.26), metonymy('Moscow')])]);
    expect(r.precision).toBe(1);
    expect(r.accuracyAtTol).toBe(0.5);
    expect(r.acc161).toBe(0.5);
    expect(r.errors.wrongEntry).toBe(1);
    expect(r.meanKm).toBeGreaterThan(1000);
    expect(r.auc).toBeGreaterThan(0);
  });

  it('lowers precision for a spurious toponym and recall for a missed one', () => {
    const r = combineScores([scoreArticle(gold, [mention('Aleppo', 36.2, 37.16), mention('Clashes', 1, 1), metonymy('Moscow')])]);
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.5);
    expect(r.errors).toMatchObject({ missed: 1, spurious: 1 });
  });

  it('counts a capital reported as a place as a metonymy error and a spurious toponym', () => {
    const r = combineScores([scoreArticle(gold, [mention('Aleppo', 36.2, 37.16), mention('Homs', 34.73, 36.72), mention('Moscow', 55.75, 37.61)])]);
    expect(r.metonymy.accuracy).toBe(0);
    expect(r.errors.metonymyMapped).toBe(1);
    expect(r.precision).toBeCloseTo(2 / 3);
  });

  it('matches by name in order when the gold has no spans, and finds string metonymy phrases', () => {
    const noSpans: GoldArticle = {
      ...gold,
      places: gold.places.map(({ name, lat, lon, tol_km }) => ({ name, lat, lon, tol_km })),
      metonymy: ['Moscow said'],
    };
    const r = combineScores([scoreArticle(noSpans, [mention('Aleppo', 36.2, 37.16), mention('Homs', 34.73, 36.72), metonymy('Moscow')])]);
    expect(r.recall).toBe(1);
    expect(r.metonymy.accuracy).toBe(1);
  });

  it('scores demonyms apart from toponyms', () => {
    const withDemonym: GoldArticle = { ...gold, places: [...gold.places, { name: 'Moscow', start: 36, end: 42, lat: 55.75, lon: 37.61, tol_km: 10, demonym: true }], metonymy: [] };
    const dem = mention('Moscow', 55.75, 37.61, { isLocation: false, nonLocation: 'demonym' });
    const r = combineScores([scoreArticle(withDemonym, [mention('Aleppo', 36.2, 37.16), mention('Homs', 34.73, 36.72), dem])]);
    expect(r.gold).toBe(2);
    expect(r.demonyms).toEqual({ total: 1, found: 1, recall: 1 });
  });

  it('scores the qualified point when the gold annotates the phrase, the place when it annotates the name only', () => {
    const m: Mention = { ...mention('Aleppo', 36.2, 37.16), point: { lat: 36.5, lon: 37.1 }, start: 5, end: 17, text: 'n Aleppo' };
    expect(pointOf(m, { name: 'Aleppo', start: 11, end: 17, lat: 0, lon: 0, tol_km: 1 })).toEqual({ lat: 36.2, lon: 37.16 });
    expect(pointOf(m, { name: 'x', start: 5, end: 17, lat: 0, lon: 0, tol_km: 1 })).toEqual({ lat: 36.5, lon: 37.1 });
  });

  it('computes the AUC of the log-error curve: 0 for no error, 1 for antipodal errors', () => {
    expect(aucOfErrors([0, 0, 0])).toBe(0);
    expect(aucOfErrors([20039, 20039])).toBeCloseTo(1);
    expect(aucOfErrors([0, 20039])).toBeCloseTo(0.5);
    expect(aucOfErrors([])).toBe(0);
  });

  it('does not count predictions on unresolved gold toponyms as spurious', () => {
    const withUnresolved: GoldArticle = { ...gold, unresolved: [{ name: 'Clashes', start: 0, end: 7 }] };
    const r = combineScores([scoreArticle(withUnresolved, [mention('Aleppo', 36.2, 37.16), mention('Homs', 34.73, 36.72), mention('Clashes', 1, 1), metonymy('Moscow')])]);
    expect(r.precision).toBe(1);
  });
});

describe('embedded-as-places scoring option', () => {
  it('counts an organisation-embedded place as a toponym only when asked', () => {
    const org = mention('Aleppo', 36.2, 37.16, { isLocation: false, nonLocation: 'organisation' });
    const strict = combineScores([scoreArticle(gold, [org, mention('Homs', 34.73, 36.72), metonymy('Moscow')])]);
    const lenient = combineScores([scoreArticle(gold, [org, mention('Homs', 34.73, 36.72), metonymy('Moscow')], { embeddedAsPlaces: true })]);
    expect(strict.recall).toBe(0.5);
    expect(lenient.recall).toBe(1);
  });
});
