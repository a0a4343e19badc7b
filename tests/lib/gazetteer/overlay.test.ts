/**
 * lib/gazetteer/overlay.ts: analysts' places on top of the bundled gazetteer. Names I made up, on points in Syria
 * and elsewhere; the bundled gazetteer is the committed one.
 */
import { describe, expect, it } from 'vitest';
import { getGazetteer, OverlayGazetteer, overlayEntry, placeContext, withOverlay } from '@/lib/gazetteer';
import type { OverlayPlace } from '@/lib/schemas';

const base = getGazetteer();
const place = (over: Partial<OverlayPlace> = {}): OverlayPlace => ({
  id: 'ov:tell-zuhrat-1', name: 'Tell Zuhrat', alt: ['Tall Zohra'], kind: 'village', country: 'SY', admin1: null,
  lat: 35.75, lon: 36.6, radiusKm: 2, createdBy: 'analyst', createdAt: '2026-05-01T10:00:00.000Z', source: 'analyst', note: null,
  ...over,
});

describe('withOverlay', () => {
  it('is the base itself when there are no places, and the same object for the same places', () => {
    expect(withOverlay(base, [])).toBe(base);
    const a = withOverlay(base, [place()]);
    expect(a).toBeInstanceOf(OverlayGazetteer);
    expect(withOverlay(base, [place()])).toBe(a);
    expect(withOverlay(base, [place(), place({ id: 'ov:other-1', name: 'Other' })])).not.toBe(a);
  });

  it('finds an overlay place by any of its names, normalised like the base (case, hyphens, articles, apostrophes)', () => {
    const gz = withOverlay(base, [place({ id: 'ov:al-qusayrat-1', name: "Al-Qusay'rat", alt: [] }), place()]);
    expect(base.lookup('Tell Zuhrat')).toEqual([]);
    for (const n of ['Tell Zuhrat', 'tell zuhrat', 'TELL-ZUHRAT', 'Tall Zohra']) expect(gz.lookup(n)[0]?.id).toBe('ov:tell-zuhrat-1');
    for (const n of ["al-Qusay'rat", 'Qusayrat', 'el Qusayrat']) expect(gz.lookup(n)[0]?.id).toBe('ov:al-qusayrat-1');
    expect(gz.byId('ov:tell-zuhrat-1')).toMatchObject({ name: 'Tell Zuhrat', kind: 'village', country: 'SY', population: null });
  });

  it('ranks an overlay entry first and keeps the base entries of the same name after it', () => {
    const gz = withOverlay(base, [place({ id: 'ov:aleppo-1', name: 'Aleppo', alt: [], lat: 12.5, lon: 40.1, country: 'ET' })]);
    const hits = gz.lookup('Aleppo');
    expect(hits[0]!.id).toBe('ov:aleppo-1');
    expect(hits.slice(1).map((e) => e.id)).toEqual(base.lookup('Aleppo').map((e) => e.id));
  });

  it('must not change what the base finds for other names', () => {
    const gz = withOverlay(base, [place()]);
    for (const n of ['Aleppo', 'Idlib', 'Homs', 'Kyiv', 'Zzyzxqq']) expect(gz.lookup(n)).toEqual(base.lookup(n));
    expect(gz.byId('gn:170063')).toBe(base.byId('gn:170063'));
    expect(gz.size).toBe(base.size + 1);
  });

  it('search, near and children include overlay places', () => {
    const gz = withOverlay(base, [place()]);
    expect(gz.search('Tell Zuhrat')[0]).toMatchObject({ id: 'ov:tell-zuhrat-1', name: 'Tell Zuhrat' });
    expect(gz.search('Tell Zuh').map((r) => r.id)).toContain('ov:tell-zuhrat-1');
    expect(gz.search('Tell Zuhrat', { country: 'IQ' }).map((r) => r.id)).not.toContain('ov:tell-zuhrat-1');
    expect(gz.near(35.75, 36.6, { limit: 3 })[0]).toMatchObject({ entry: { id: 'ov:tell-zuhrat-1' }, km: 0 });
    expect(gz.near(35.75, 36.6, { limit: 3, kinds: ['city'] }).map((n) => n.entry.id)).not.toContain('ov:tell-zuhrat-1');
    const parent = gz.byId('ov:tell-zuhrat-1')!.parentId!;
    expect(parent).toBeTruthy();
    expect(gz.children(parent).map((e) => e.id)).toContain('ov:tell-zuhrat-1');
  });

  it('forwards codes and demonyms to the base', () => {
    const gz = withOverlay(base, [place()]);
    expect(gz.lookupCode?.('SYR').map((e) => e.id)).toEqual(base.lookupCode('SYR').map((e) => e.id));
    expect(gz.lookupDemonym?.('Syrian').map((e) => e.id)).toEqual(base.lookupDemonym('Syrian').map((e) => e.id));
  });

  it('does not mutate the places it is given', () => {
    const p = place();
    const copy = structuredClone(p);
    withOverlay(base, [p]);
    expect(p).toEqual(copy);
  });
});

describe('placeContext and overlayEntry', () => {
  it('derives country, admin1 and a containing admin area from the point', () => {
    const c = placeContext(base, 35.75, 36.6);
    expect(c.country).toBe('SY');
    expect(c.parentId).toMatch(/SY/);
  });
  it('gives nothing in the open sea', () => {
    expect(placeContext(base, -40, -120)).toEqual({ country: null, admin1: null, parentId: null });
  });
  it('reads as a gazetteer entry that names who added it', () => {
    const e = overlayEntry(place(), 'ne1:SY-ID');
    expect(e).toMatchObject({ id: 'ov:tell-zuhrat-1', alt: ['Tall Zohra'], parentId: 'ne1:SY-ID', bbox: null, population: null });
    expect(e.source).toBe('overlay (analyst, 2026-05-01): analyst');
  });
});
