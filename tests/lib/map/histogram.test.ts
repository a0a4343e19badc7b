import { describe, expect, it } from 'vitest';
import { binDates, binIndex, chooseUnit } from '@/lib/map/histogram';

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
  it('chooses weeks for short spans and months for long ones, empty for none', () => {
    expect(chooseUnit(['2016-02-01', '2016-03-01'])).toBe('week');
    expect(chooseUnit(['2016-02-01', '2021-03-01'])).toBe('month');
    expect(binDates([null])).toEqual([]);
  });
  it('finds the bin of a date', () => {
    const bins = binDates(dates, 'month');
    expect(binIndex(bins, '2016-03-15', 0)).toBe(1);
    expect(binIndex(bins, undefined, 3)).toBe(3);
    expect(binIndex(bins, '2030-01-01', 0)).toBe(3);
  });
});
