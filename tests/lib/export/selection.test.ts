import { describe, expect, it } from 'vitest';
import { EventQuery, paramsToObject } from '@/lib/schemas';
import { EXPORT_LIMIT, clampBox, exportFilename, exportHref, FILENAME_MAX, selectionQuery } from '@/lib/export/selection';

const parseHref = (href: string) => EventQuery.parse(paramsToObject(new URL(href, 'http://x').searchParams));

describe('exportFilename', () => {
  it('describes the selection: dates, actors, types, in a fixed order', () => {
    expect(exportFilename({ from: '2016-01-01', to: '2016-12-31', actors: ['russia'] }, 'csv')).toBe('conflict-atlas_2016-01-01_2016-12-31_russia.csv');
    expect(exportFilename({}, 'geojson')).toBe('conflict-atlas.geojson');
    expect(exportFilename({ from: '2016-03-01' }, 'csv')).toBe('conflict-atlas_from-2016-03-01.csv');
    expect(exportFilename({ to: '2016-03-01' }, 'csv')).toBe('conflict-atlas_to-2016-03-01.csv');
    expect(
      exportFilename({ actors: ['rebel:zuran', 'turkey'], types: ['airstrike'], eventTypes: ['Violence against civilians'], q: 'Al-Bāb “market”', includeBackground: true }, 'csv'),
    ).toBe('conflict-atlas_rebel-zuran+turkey_airstrike_violence-against-civilians_q-al-bab-market_with-background.csv');
    expect(exportFilename({ bbox: [35.123, 32, 42.5, 37.456] }, 'csv')).toBe('conflict-atlas_bbox-35.12_32_42.5_37.46.csv');
  });
  it('keeps to safe characters and a bounded length', () => {
    const name = exportFilename({ q: '"; rm -rf / ; echo "'.padEnd(200, 'z'), place: 'gn:123', article: 'x/../y' }, 'csv');
    expect(name).toMatch(/^[a-z0-9._+-]+\.csv$/);
    expect(name.length).toBeLessThanOrEqual(FILENAME_MAX + 4);
  });
  it('ignores format and limit (the same name for the link and the response)', () => {
    expect(exportFilename({ from: '2016-01-01', format: 'csv', limit: 5 }, 'csv')).toBe(exportFilename({ from: '2016-01-01' }, 'csv'));
  });
});

describe('selectionQuery and exportHref', () => {
  it('carries exactly the filters, the format and the no-paging limit, and parses back', () => {
    const filters: EventQuery = { actors: ['russia'], types: ['airstrike'], from: '2016-01-01', q: 'x & y', includeBackground: true };
    const q = selectionQuery(filters)!;
    expect(q).toEqual(filters);
    const href = exportHref(q, 'csv');
    expect(href.startsWith('/api/events?')).toBe(true);
    expect(parseHref(href)).toEqual({ ...filters, format: 'csv', limit: EXPORT_LIMIT });
    expect(parseHref(exportHref(q, 'geojson'))).toEqual({ ...filters, format: 'geojson', limit: EXPORT_LIMIT });
  });
  it('adds the visible box when "Only what\'s in view" is on, clamped to valid coordinates', () => {
    expect(selectionQuery({ q: 'a' }, [-200.5, -95, 250, 40])).toEqual({ q: 'a', bbox: [-180, -90, 180, 40] });
    expect(clampBox([30, 30, 40, 40])).toEqual([30, 30, 40, 40]);
    const q = selectionQuery({}, [35.1, 32.2, 42.3, 37.4])!;
    expect(parseHref(exportHref(q, 'csv')).bbox).toEqual([35.1, 32.2, 42.3, 37.4]);
  });
  it('intersects a bbox filter with the visible box; null when they do not overlap', () => {
    expect(selectionQuery({ bbox: [30, 30, 40, 40] }, [35, 20, 50, 35])).toEqual({ bbox: [35, 30, 40, 35] });
    expect(selectionQuery({ bbox: [30, 30, 40, 40] }, [50, 20, 60, 35])).toBeNull();
    expect(selectionQuery({ bbox: [170, 30, -170, 40] }, [0, 0, 10, 10])).toEqual({ bbox: [170, 30, -170, 40] });
  });
  it('drops a format or limit the filters carried and never mutates them', () => {
    const filters: EventQuery = { q: 'z', format: 'csv', limit: 3 };
    expect(selectionQuery(filters)).toEqual({ q: 'z' });
    expect(filters).toEqual({ q: 'z', format: 'csv', limit: 3 });
  });
  it('EXPORT_LIMIT is the largest limit the API accepts', () => {
    expect(EventQuery.safeParse({ limit: String(EXPORT_LIMIT) }).success).toBe(true);
    expect(EventQuery.safeParse({ limit: String(EXPORT_LIMIT + 1) }).success).toBe(false);
  });
});
