import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, TYPE_PATHS, clusterSvg, iconSvg } from '@/lib/map/icons';
import { relativeSpans, segmentText } from '@/lib/map/highlight';

describe('icons', () => {
  it('has one distinct path per event type', () => {
    expect(new Set(Object.values(TYPE_PATHS)).size).toBe(EVENT_TYPES.length);
    expect(EVENT_TYPES).toContain('displacement');
  });
  it('draws hollow badges for approximate events and refuses non-hex colours', () => {
    expect(iconSvg('shelling', '#c0392b')).toContain('fill="#c0392b"');
    expect(iconSvg('shelling', '#c0392b', { hollow: true })).toContain('stroke-dasharray');
    expect(() => iconSvg('shelling', '"><script>')).toThrow(/#rrggbb/);
    expect(clusterSvg(12).svg).toContain('>12<');
  });
});

describe('segmentText', () => {
  it('covers the text in order with marked spans, clipping overlaps and ignoring bad spans', () => {
    const text = 'Shelling hit Testville and Otherton.';
    const segs = segmentText(text, [
      { start: 13, end: 22, meta: 'place' },
      { start: 15, end: 20, meta: 'overlap' },
      { start: 27, end: 35, meta: 'place2' },
      { start: 40, end: 50, meta: 'out of range' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.span).map((s) => [s.text, s.span!.meta])).toEqual([['Testville', 'place'], ['Otherton', 'place2']]);
  });
  it('shifts article spans into quote coordinates', () => {
    expect(relativeSpans({ start: 100, end: 150 }, [{ start: 130, end: 139, meta: 1 }, { start: 10, end: 20, meta: 2 }])).toEqual([{ start: 30, end: 39, meta: 1 }]);
  });
});
