import { describe, expect, it } from 'vitest';
import { binDates, binIndex, chooseUnit, dataSpan } from '@/lib/map/histogram';

describe('histogram binning', () => {
  const dates = ['2016-02-05', '2016-02-12', '2016-05-05', null, '2016-03-30'];
  it('bins by month without gaps and counts every dated event once', () => {
    const bins = binDates(dates, 'month');
    expect(bins.map((b) => b.start)).toEqual(['2016-02-01', '2016-03-01', '2016-04-01', '2016-05-01']);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 1]);
    expect(bins[0]!.end).toBe('2016-02-29');
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(4);
  });
  it('bins by ISO week starting Monday', () => {
    const bins = binDates(['2016-02-05', '2016-02-08', '2016-02-14'], 'week');
    expect(bins.map((b) => [b.start, b.count])).toEqual([['2016-02-01', 1], ['2016-02-08', 2]]);
  });
  it('chooses days, weeks or months by the span of the data, empty for none', () => {
    expect(chooseUnit(['2016-02-01', '2016-03-01'])).toBe('day');
    expect(chooseUnit(['2016-02-01', '2016-09-01'])).toBe('week');
    expect(chooseUnit(['2016-02-01', '2021-03-01'])).toBe('month');
    expect(binDates([null])).toEqual([]);
  });
  it('bins by day', () => {
    const bins = binDates(['2016-02-27', '2016-03-01', '2016-03-01'], 'day');
    expect(bins.map((b) => [b.start, b.end, b.count])).toEqual([
      ['2016-02-27', '2016-02-27', 1], ['2016-02-28', '2016-02-28', 0], ['2016-02-29', '2016-02-29', 0], ['2016-03-01', '2016-03-01', 2],
    ]);
  });
  // the bundled corpus's shape: the bulk in Feb–Dec 2016, one 2015 anniversary, one 2021 strike
  const spread = [
    '2015-09-15', '2015-09-15',
    ...Array.from({ length: 40 }, (_, i) => `2016-0${2 + (i % 4)}-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`),
    '2016-08-15', '2016-10-19', '2016-10-21', '2016-12-29', '2016-12-30', '2021-02-26',
  ];
  it('spans the bulk of the data, not outlying dates, and counts those on the open edge bins', () => {
    const bins = binDates(spread);
    expect(chooseUnit(spread)).toBe('week');
    expect(bins[0]!.start <= '2016-02-01' && bins[0]!.end >= '2016-02-01').toBe(true);
    expect(bins[bins.length - 1]!.end >= '2016-12-30' && bins[bins.length - 1]!.start <= '2016-12-30').toBe(true);
    expect(bins.length).toBeLessThan(60);
    expect(bins[0]!.outside).toBe(2);
    expect(bins[bins.length - 1]!.outside).toBe(1);
    expect(bins.reduce((s, b) => s + b.count + (b.outside ?? 0), 0)).toBe(spread.length);
    // the data fills the axis: events in the last fifth of the bins, not just the first tenth
    const last = bins.slice(Math.floor(bins.length * 0.8)).reduce((s, b) => s + b.count, 0);
    expect(last).toBeGreaterThan(0);
  });
  it('keeps a short list and a steady spread whole', () => {
    expect(dataSpan(['2016-01-01', '2020-01-01'])).toEqual([Date.parse('2016-01-01'), Date.parse('2020-01-01')]);
    const steady = Array.from({ length: 30 }, (_, i) => `2016-${String(1 + (i % 12)).padStart(2, '0')}-10`);
    const [a, b] = dataSpan(steady)!;
    expect([new Date(a).toISOString().slice(0, 10), new Date(b).toISOString().slice(0, 10)]).toEqual(['2016-01-10', '2016-12-10']);
  });
  it('finds the bin of a date', () => {
    const bins = binDates(dates, 'month');
    expect(binIndex(bins, '2016-03-15', 0)).toBe(1);
    expect(binIndex(bins, undefined, 3)).toBe(3);
    expect(binIndex(bins, '2030-01-01', 0)).toBe(3);
  });
});
