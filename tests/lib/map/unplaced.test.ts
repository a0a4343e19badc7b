/** lib/map/unplaced.ts and the unlisted marker: DOM-free helpers for names no gazetteer holds. */
import { describe, expect, it } from 'vitest';
import { AddPlaceRequest, PlaceKind, type ConflictEvent } from '@/lib/schemas';
import { ADDABLE_KINDS, apiErrorText } from '@/lib/map/unplaced';
import { eventPoints, isApproximate, isUnlisted } from '@/lib/map/features';
import { iconSvg, UNLISTED_RING } from '@/lib/map/icons';
import { fixtureEvents } from './fixtures';

describe('ADDABLE_KINDS', () => {
  it('is every PlaceKind the API accepts, and nothing it refuses', () => {
    const accepted = PlaceKind.options.filter((k) => AddPlaceRequest.shape.kind.safeParse(k).success);
    expect([...ADDABLE_KINDS].sort()).toEqual([...accepted].sort());
    expect(ADDABLE_KINDS[0]).toBe('village');
  });
});

describe('apiErrorText', () => {
  it('reads an API error as a sentence with the fields named', () => {
    expect(apiErrorText(400, { error: 'invalid place: lat: lat must be between -90 and 90', issues: [{ path: 'lat', message: 'lat must be between -90 and 90' }] }))
      .toBe('HTTP 400: invalid place: lat: lat must be between -90 and 90');
    expect(apiErrorText(400, { error: 'invalid place', issues: [{ path: 'kind', message: 'unknown kind' }, { path: '', message: 'and more' }] }))
      .toBe('HTTP 400: invalid place (kind: unknown kind; and more)');
    expect(apiErrorText(502, null)).toBe('HTTP 502: the server answered without an explanation');
    expect(apiErrorText(500, '<html>')).not.toContain('<html>');
  });
});

describe('events at an unlisted place', () => {
  const e = (fixtureEvents() as ConflictEvent[]).find((x) => x.place && x.place.precision === 'exact')!;
  const unlisted: ConflictEvent = { ...e, place: { ...e.place!, inGazetteer: false, parent: { id: 'gn:1', name: 'Idlib', kind: 'city', country: 'SY', lat: 35.9, lon: 36.6 } } };

  it('are flagged unlisted and drawn hollow; others are not', () => {
    expect(isUnlisted(unlisted)).toBe(true);
    expect(isApproximate(unlisted)).toBe(true);
    expect(isUnlisted(e)).toBe(false);
    const [a, b] = eventPoints([unlisted, e], []).points;
    expect(a!.properties).toMatchObject({ unlisted: true, hollow: true });
    expect(b!.properties.unlisted).toBeUndefined();
  });

  it('get a dashed outer ring on a hollow badge', () => {
    const svg = iconSvg('shelling', '#aa3300', { unlisted: true });
    expect(svg).toContain(`stroke="${UNLISTED_RING}"`);
    expect(svg).toContain('fill="#ffffff"');
    expect(iconSvg('shelling', '#aa3300', {})).not.toContain(UNLISTED_RING);
  });
});
