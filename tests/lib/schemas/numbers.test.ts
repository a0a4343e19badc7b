import { describe, expect, it } from 'vitest';
import { decimal, whole, Bbox, EventQuery, ViewState, ReverseQuery } from '@/lib/schemas';

describe('strict numbers in query strings', () => {
  const lat = decimal('lat must be a number');
  const count = whole('count must be a whole number');

  it('reads plain decimal notation, and numbers as they are', () => {
    expect(lat.parse('12')).toBe(12);
    expect(lat.parse('-3.5')).toBe(-3.5);
    expect(lat.parse('.5')).toBe(0.5);
    expect(lat.parse(' 7 ')).toBe(7);
    expect(lat.parse(4.25)).toBe(4.25);
    expect(count.parse('16')).toBe(16);
  });

  it('refuses what Number() also accepts, naming the parameter', () => {
    for (const bad of ['0x10', '1e3', 'Infinity', '', ' ', '1,5', '+', '.', '0b1', 'NaN']) {
      const r = lat.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error!.issues[0]!.message).toBe('lat must be a number');
    }
    for (const bad of ['2.5', '-1', '0x10', '1e1']) expect(count.safeParse(bad).success, bad).toBe(false);
  });

  it('a bbox is exactly four decimal numbers', () => {
    expect(Bbox.parse('35, 32, 43, 38')).toEqual([35, 32, 43, 38]);
    for (const bad of [',,,', '35,32,,38', '35,32,43', '0x10,0,1,1', '1e1,0,20,5']) expect(Bbox.safeParse(bad).success, bad).toBe(false);
  });

  it('query, view and reverse-geocode schemas use them', () => {
    expect(EventQuery.safeParse({ limit: '0x10' }).success).toBe(false);
    expect(EventQuery.parse({ limit: '16' }).limit).toBe(16);
    expect(ViewState.safeParse({ lat: '0x10', lon: '1', z: '3' }).success).toBe(false);
    expect(ViewState.parse({ lat: '36.2', lon: '37.1', z: '9' })).toMatchObject({ lat: 36.2, lon: 37.1, z: 9 });
    expect(ReverseQuery.safeParse({ lat: '1e1', lon: '0' }).success).toBe(false);
    expect(ReverseQuery.parse({ lat: '10', lon: '0' })).toMatchObject({ lat: 10, lon: 0 });
  });
});
