import { describe, expect, it } from 'vitest';
import { binDates } from '@/lib/map/histogram';
import { binAt, bigStep, describeRange, dragRange, hitPart, playNext, playStart, rangeExtent, rangeOf, rangeQuery, stepRange, unitOf } from '@/lib/map/timeline';

// ten weekly bins, 2016-02-01 … 2016-04-10
const bins = binDates(['2016-02-01', '2016-02-15', '2016-03-20', '2016-04-10'], 'week');
const n = bins.length;

describe('timeline brush', () => {
  it('reads the range from from/to and writes edge-open bounds back (round trip)', () => {
    expect(n).toBe(10);
    expect(rangeOf(bins)).toEqual({ lo: 0, hi: 9 });
    expect(rangeQuery(bins, { lo: 0, hi: 9 })).toEqual({ from: undefined, to: undefined });
    const q = rangeQuery(bins, { lo: 2, hi: 4 });
    expect(q).toEqual({ from: '2016-02-15', to: '2016-03-06' });
    expect(rangeOf(bins, q.from, q.to)).toEqual({ lo: 2, hi: 4 });
    expect(rangeQuery(bins, { lo: 0, hi: 4 }).from).toBeUndefined();
    expect(rangeQuery(bins, { lo: 3, hi: 9 }).to).toBeUndefined();
    // a reversed URL range never yields hi < lo
    expect(rangeOf(bins, '2016-03-20', '2016-02-01')).toEqual({ lo: 6, hi: 6 });
  });
  it('places the range with the same fractions as the bars, and snaps pointer positions to bins', () => {
    expect(rangeExtent({ lo: 2, hi: 4 }, n)).toEqual({ left: 0.2, right: 0.5 });
    expect(binAt(0.2, n)).toBe(2);
    expect(binAt(0.1999, n)).toBe(1);
    expect(binAt(-0.3, n)).toBe(0);
    expect(binAt(1.5, n)).toBe(9);
  });
  it('grabs handles near the edges, the window inside, else starts a new brush', () => {
    const r = { lo: 2, hi: 4 };
    expect(hitPart(0.205, r, n, 0.02)).toBe('start');
    expect(hitPart(0.49, r, n, 0.02)).toBe('end');
    expect(hitPart(0.35, r, n, 0.02)).toBe('window');
    expect(hitPart(0.8, r, n, 0.02)).toBe('new');
    // the whole timeline: a drag inside starts a new brush instead of moving nothing
    expect(hitPart(0.5, { lo: 0, hi: 9 }, n, 0.02)).toBe('new');
  });
  it('drags: a new brush either way, the window clamped at the ends, handles never crossing', () => {
    const r = { lo: 2, hi: 4 };
    expect(dragRange('new', r, 6, 3, n)).toEqual({ lo: 3, hi: 6 });
    expect(dragRange('window', r, 3, 5, n)).toEqual({ lo: 4, hi: 6 });
    expect(dragRange('window', r, 3, 9, n)).toEqual({ lo: 7, hi: 9 });
    expect(dragRange('window', r, 3, 0, n)).toEqual({ lo: 0, hi: 2 });
    expect(dragRange('start', r, 2, 7, n)).toEqual({ lo: 4, hi: 4 });
    expect(dragRange('end', r, 4, 0, n)).toEqual({ lo: 2, hi: 2 });
  });
  it('steps with keys: one bin, Shift a tenth (at least 2), Home/End', () => {
    const r = { lo: 2, hi: 4 };
    expect(stepRange('window', r, n, 'ArrowRight')).toEqual({ lo: 3, hi: 5 });
    expect(stepRange('window', r, n, 'ArrowLeft')).toEqual({ lo: 1, hi: 3 });
    expect(stepRange('window', r, n, 'ArrowRight', true)).toEqual({ lo: 2 + bigStep(n), hi: 4 + bigStep(n) });
    expect(stepRange('window', r, n, 'End')).toEqual({ lo: 7, hi: 9 });
    expect(stepRange('window', r, n, 'Home')).toEqual({ lo: 0, hi: 2 });
    expect(stepRange('start', r, n, 'ArrowLeft')).toEqual({ lo: 1, hi: 4 });
    expect(stepRange('start', r, n, 'End')).toEqual({ lo: 4, hi: 4 });
    expect(stepRange('end', r, n, 'ArrowRight')).toEqual({ lo: 2, hi: 5 });
    expect(stepRange('end', { lo: 2, hi: 2 }, n, 'ArrowLeft')).toEqual({ lo: 2, hi: 2 });
    expect(stepRange('window', { lo: 7, hi: 9 }, n, 'ArrowRight')).toEqual({ lo: 7, hi: 9 });
    expect(stepRange('window', r, n, 'a')).toBeNull();
    expect(bigStep(10)).toBe(2);
    expect(bigStep(100)).toBe(10);
  });
  it('plays: from the current window (or an eighth from the start), one bin per frame, null at the end', () => {
    expect(playStart({ lo: 0, hi: 9 }, n)).toEqual({ lo: 0, hi: 0 });
    expect(playStart({ lo: 3, hi: 5 }, n)).toEqual({ lo: 3, hi: 5 });
    expect(playStart({ lo: 7, hi: 9 }, n)).toEqual({ lo: 0, hi: 2 });
    expect(playNext({ lo: 3, hi: 5 }, n)).toEqual({ lo: 4, hi: 6 });
    expect(playNext({ lo: 7, hi: 9 }, n)).toBeNull();
  });
  it('labels ranges and units', () => {
    expect(describeRange(bins, { lo: 2, hi: 4 })).toBe('2016-02-15 to 2016-03-06');
    expect(unitOf(bins)).toBe('week');
    expect(unitOf(binDates(['2016-02-01', '2016-02-03'], 'day'))).toBe('day');
    expect(unitOf(binDates(['2016-02-01', '2016-05-03'], 'month'))).toBe('month');
  });
});
