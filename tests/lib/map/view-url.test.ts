import { describe, expect, it } from 'vitest';
import { serializeEventQuery, type EventQuery } from '@/lib/schemas';
import { parseViewState } from '@/lib/map/view-state';
import { readViewKeys, serializeViewState, storeQuery, withFilters } from '@/lib/map/view-url';
import type { ViewState } from '@/lib/schemas';

const views: ViewState[] = [
  {},
  { lat: 36.2, lon: 37.1, z: 9 },
  { event: 'a-b-c-e1', place: 'gn:1', lat: -10.5, lon: 142.25, z: 2.5 },
  { lat: 36.2, lon: 37.1, z: 9, inview: true },
  { lat: 36.2, lon: 37.1, z: 5, layer: 'points' },
  { q: 'x', layer: 'density' },
  { actors: ['russia'], role: 'any', lat: 36.2, lon: 37.1, z: 9 },
  { actors: ['russia'], role: 'actor' },
  { actors: ['turkey'], types: ['clash', 'truce'], from: '2016-01-01', to: '2016-02-01', q: 'x & y', includeBackground: false, article: 'some-id', limit: 5 },
];

describe('zod-free view URL (client side)', () => {
  it('writes filters exactly as serializeEventQuery does', () => {
    const q: EventQuery = { actors: ['a', 'b'], types: ['shelling'], from: '2016-01-01', to: '2016-12-31', bbox: [30, 30, 40, 40], place: 'gn:9', q: 'hi', article: 'x', includeBackground: true, format: 'csv', limit: 10 };
    expect(serializeViewState(q).toString()).toBe(serializeEventQuery(q).toString());
  });
  it('reads back the view keys the same way the server schema parses them', () => {
    for (const v of views) {
      const p = serializeViewState(v);
      const server = parseViewState(new URLSearchParams(p.toString())).view;
      const { lat, lon, z, event, place, inview, layer } = server;
      expect(readViewKeys(p)).toEqual(JSON.parse(JSON.stringify({ lat, lon, z, event, place, inview, layer })));
      expect(server).toEqual(v);
    }
  });
  it('treats out-of-range or junk view keys as absent, like the server drops them', () => {
    const p = new URLSearchParams('lat=95&lon=abc&z=&event=' + 'x'.repeat(301) + '&place=gn:2');
    expect(readViewKeys(p)).toEqual({ place: 'gn:2' });
    const server = parseViewState(p);
    expect(server.view).toEqual({ place: 'gn:2' });
    expect(server.dropped.map((d) => d.key).sort()).toEqual(['event', 'lat', 'lon']);
  });
  it('keeps "only what is in view" in the URL and out of the store query', () => {
    expect(serializeViewState({ q: 'x', inview: true }).toString()).toBe('q=x&inview=1');
    expect(parseViewState(new URLSearchParams('inview=1')).view).toEqual({ inview: true });
    const bad = parseViewState(new URLSearchParams('inview=yes'));
    expect(bad.view).toEqual({});
    expect(bad.dropped.map((d) => d.key)).toEqual(['inview']);
    expect(storeQuery({ q: 'x', inview: true })).toEqual({ q: 'x' });
    expect(storeQuery({ q: 'x', layer: 'points' })).toEqual({ q: 'x' });
    expect(withFilters({ layer: 'points', z: 4 }, { q: 'y' })).toEqual({ q: 'y', z: 4, layer: 'points' });
    expect(readViewKeys(new URLSearchParams('layer=heat'))).toEqual({});
    expect(parseViewState(new URLSearchParams('layer=heat')).dropped.map((d) => d.key)).toEqual(['layer']);
    expect(withFilters({ inview: true, lat: 1, lon: 2, z: 3 }, { types: ['clash'] })).toEqual({ types: ['clash'], lat: 1, lon: 2, z: 3, inview: true });
  });
});
