import { describe, expect, it } from 'vitest';
import { hasFilters, parseViewState, serializeViewState, storeQuery, viewHref, withFilters } from '@/lib/map/view-state';
import type { ViewState } from '@/lib/schemas';

const full: ViewState = {
  actors: ['turkey', 'ypg'],
  types: ['shelling', 'airstrike'],
  eventTypes: ['Protests', 'Explosions/Remote violence'],
  subEventTypes: ['Peaceful protest', 'Shelling/artillery/missile attack'],
  from: '2016-01-01',
  to: '2016-12-31',
  q: 'border & "crossing"',
  includeBackground: true,
  place: 'gn:123',
  event: 'some-article-1a2b3c4d-e3',
  lat: 36.12345,
  lon: 37.54321,
  z: 9.5,
};

describe('view state', () => {
  it('parse(serialize(v)) equals v', () => {
    const { view, dropped } = parseViewState(new URLSearchParams(serializeViewState(full).toString()));
    expect(dropped).toEqual([]);
    expect(view).toEqual(full);
  });
  it('round-trips an empty view and a Next searchParams record', () => {
    expect(parseViewState({}).view).toEqual({});
    expect(parseViewState({ z: '4', lat: '35', lon: '38', types: ['clash', 'truce'] }).view).toEqual({ z: 4, lat: 35, lon: 38, types: ['clash'] });
  });
  it('drops invalid parameters and reports them instead of failing the page', () => {
    const r = parseViewState(new URLSearchParams('lat=200&types=shelling,nuke&q=x&bogus=1'));
    expect(r.view).toEqual({ q: 'x' });
    expect(r.dropped.map((d) => d.key).sort()).toEqual(['bogus', 'lat', 'types']);
  });
  it('drops a bad ACLED filter with a notice and keeps the rest of the link', () => {
    const r = parseViewState(new URLSearchParams('eventTypes=Protests,Parades&subEventTypes=Peaceful%20protest&z=5'));
    expect(r.view).toEqual({ subEventTypes: ['Peaceful protest'], z: 5 });
    expect(r.dropped.map((d) => d.key)).toEqual(['eventTypes']);
    expect(hasFilters({ subEventTypes: ['Peaceful protest'] })).toBe(true);
    expect(hasFilters({ eventTypes: ['Riots'] })).toBe(true);
  });
  it('rejects from after to', () => {
    const r = parseViewState(new URLSearchParams('from=2017-01-01&to=2016-01-01'));
    expect(r.view.from).toBeUndefined();
    expect(r.dropped[0]?.key).toBe('from');
  });
  it('separates filters from view and selection', () => {
    expect(storeQuery(full)).toEqual({
      actors: ['turkey', 'ypg'], types: ['shelling', 'airstrike'],
      eventTypes: ['Protests', 'Explosions/Remote violence'], subEventTypes: ['Peaceful protest', 'Shelling/artillery/missile attack'], from: '2016-01-01', to: '2016-12-31', q: 'border & "crossing"', includeBackground: true,
    });
    expect(hasFilters({ lat: 1, lon: 2, z: 3 })).toBe(false);
    expect(hasFilters({ actors: ['turkey'] })).toBe(true);
    expect(withFilters(full, { types: ['clash'] })).toEqual({ types: ['clash'], lat: 36.12345, lon: 37.54321, z: 9.5 });
    expect(viewHref({})).toBe('/');
    expect(viewHref({ event: 'a b' })).toBe('/?event=a+b');
  });
});
