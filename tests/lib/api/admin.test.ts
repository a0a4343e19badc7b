import { describe, expect, it } from 'vitest';
import { adminResolver } from '@/lib/api/admin';
import type { GazetteerEntry } from '@/lib/schemas';

const entry = (id: string, kind: GazetteerEntry['kind'], parentId: string | null, admin1: string | null = null): GazetteerEntry => ({
  id, name: `name of ${id}`, alt: [], kind, country: 'UA', admin1, parentId, population: null, lat: 0, lon: 0, radiusKm: 1, bbox: null, source: 'test',
});
const entries = new Map<string, GazetteerEntry>(
  [
    entry('a1', 'admin1', 'c'),
    entry('a2', 'admin2', 'a1'),
    entry('town', 'town', 'a2'),
    entry('c', 'country', null),
    entry('loose', 'town', null, 'Named Oblast'),
    entry('coded', 'town', null, '09'),
    entry('loop1', 'town', 'loop2'),
    entry('loop2', 'town', 'loop1'),
  ].map((e) => [e.id, e]),
);
let calls = 0;
const gaz = { byId: (id: string) => (calls++, entries.get(id)) };

describe('adminResolver', () => {
  const admin = adminResolver(gaz);
  it('walks the parent chain for admin1 and admin2', () => {
    expect(admin('town')).toEqual({ admin1: 'name of a1', admin2: 'name of a2', admin3: null });
    expect(admin('a1')).toEqual({ admin1: 'name of a1', admin2: null, admin3: null });
  });
  it('uses the admin1 field only when it is a name, not a code', () => {
    expect(admin('loose')?.admin1).toBe('Named Oblast');
    expect(admin('coded')?.admin1).toBeNull();
  });
  it('survives parent loops and unknown ids', () => {
    expect(admin('loop1')).toEqual({ admin1: null, admin2: null, admin3: null });
    expect(admin('nope')).toBeNull();
  });
  it('caches per place id', () => {
    admin('town');
    const before = calls;
    admin('town');
    expect(calls).toBe(before);
  });
});
