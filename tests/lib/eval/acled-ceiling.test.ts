/** The gazetteer's ceiling on ACLED rows, on a hand-made gazetteer of invented places. */
import { describe, expect, it } from 'vitest';
import type { AcledNote, GazetteerEntry } from '@/lib/schemas';
import type { Gazetteer, NearResult } from '@/lib/gazetteer';
import { normalizeName } from '@/lib/gazetteer';
import { distanceKm } from '@/lib/geo';
import { ceilingOf, locationKeys } from '@/lib/eval/acled-ceiling';
import { scoreNote, summariseAcled } from '@/lib/eval/acled';
import { formatAcledReport } from '@/lib/eval/acled-report';

const KM_PER_DEG = 111.195;
const LAT = 10, LON = 20;
const north = (km: number) => LAT + km / KM_PER_DEG;

const entry = (id: string, name: string, lat: number, alt: string[] = []): GazetteerEntry => ({
  id, name, alt, kind: 'city', country: 'FD', admin1: null, parentId: null, lat, lon: LON, population: null, radiusKm: 3, bbox: null, source: 'test',
});

/** A brute-force gazetteer over a few entries: `lookup` by normalised name or alternate, `near` by distance. */
function tinyGazetteer(entries: GazetteerEntry[]): Pick<Gazetteer, 'near' | 'lookup'> {
  return {
    lookup: (name) => entries.filter((e) => [e.name, ...e.alt].some((n) => normalizeName(n) === normalizeName(name))),
    near: (lat, lon, opts = {}) => entries
      .map((e): NearResult => ({ entry: e, km: distanceKm(lat, lon, e.lat, e.lon) }))
      .filter((r) => r.km <= (opts.maxKm ?? Infinity))
      .sort((a, b) => a.km - b.km)
      .slice(0, opts.limit ?? 10),
  };
}

// Varnholm 2 km north of the coded point (alternate spelling Warnholm), Eastmark 15 km north, Fjordby 60 km north
const GAZ = tinyGazetteer([
  entry('t:varnholm', 'Varnholm', north(2), ['Warnholm']),
  entry('t:eastmark', 'Eastmark', north(15)),
  entry('t:fjordby', 'Fjordby', north(60)),
]);

const gold = (location: string, lat = LAT, geo_precision: 1 | 2 | 3 = 1) => ({ location, lat, lon: LON, geo_precision });

describe('ceilingOf', () => {
  it('counts a coded place the gazetteer holds by its name within 25 km', () => {
    expect(ceilingOf(gold('Varnholm'), GAZ)).toEqual({ named: true, any: true });
  });
  it('matches by an alternate name, through normalizeName (case, accents)', () => {
    expect(ceilingOf(gold('warnhölm'), GAZ)).toEqual({ named: true, any: true });
  });
  it('tries the parts of a compound location: "City - District", "City-District", "A, B", "X (Y Region)"', () => {
    expect(ceilingOf(gold('Eastmark - Old Quarter'), GAZ)!.named).toBe(true);
    expect(ceilingOf(gold('Eastmark-Old Quarter'), GAZ)!.named).toBe(true);
    expect(ceilingOf(gold('Old Quarter, Varnholm'), GAZ)!.named).toBe(true);
    expect(ceilingOf(gold('Nameless Hills (Varnholm Region)'), GAZ)!.named).toBe(false);
    expect(ceilingOf(gold('Nameless Hills (Varnholm)'), GAZ)!.named).toBe(true);
  });
  it('an unknown name with entries nearby: any, not named', () => {
    expect(ceilingOf(gold('Kessel Farm'), GAZ)).toEqual({ named: false, any: true });
  });
  it('a name the gazetteer holds only farther than 25 km away is not the coded place', () => {
    expect(ceilingOf(gold('Fjordby'), GAZ)).toEqual({ named: false, any: true });
  });
  it('nothing within 25 km of the coded point', () => {
    expect(ceilingOf(gold('Varnholm', north(200)), GAZ)).toEqual({ named: false, any: false });
  });
  it('geo_precision 3 rows are not scored', () => {
    expect(ceilingOf(gold('Varnholm', LAT, 3), GAZ)).toBeNull();
  });
  it('short parts are not tried alone ("Bir Al-Abd" does not try "Al")', () => {
    const keys = locationKeys('Bir Al-Abd');
    expect(keys.has(normalizeName('Al'))).toBe(false);
    expect(keys.has(normalizeName('Bir Al-Abd'))).toBe(true);
  });
});

describe('the ceiling in the ACLED report', () => {
  const note = (id: string, location: string, geo_precision: 1 | 2 | 3 = 1): AcledNote => ({
    id, country: 'Freedonia', published: '2021-03-03', text: 'On 3 March 2021, protesters gathered.',
    gold: {
      event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Freedonia)', assoc_actor_1: '', actor2: '', assoc_actor_2: '',
      location, admin1: '', admin2: '', lat: LAT, lon: LON, geo_precision, time_precision: 1, fatalities: 0, source: 'Invented Daily',
    },
  });
  const notes = [note('a', 'Varnholm'), note('b', 'Kessel Farm'), note('c', 'Eastmark', 2), note('d', 'Varnholm', 3)];

  it('pools named and any over geo_precision 1–2 rows, and prints them beside Acc@25', () => {
    const r = summariseAcled(notes.map((n) => scoreNote(n, { mentions: [], events: [] }, { gazetteer: GAZ })));
    expect(r.ceilingNamed).toEqual({ n: 2, of: 3, value: 2 / 3 });
    expect(r.ceilingAny).toEqual({ n: 3, of: 3, value: 1 });
    const text = formatAcledReport('invented.json', r, 1);
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('located Acc@25'));
    expect(lines[at + 1]).toMatch(/ceiling: coded place named ≤ 25 km\s+0\.667\s+\(2 \/ 3\)/);
    expect(lines[at + 2]).toMatch(/any gazetteer entry ≤ 25 km\s+1\.000\s+\(3 \/ 3\)/);
  });

  it('without a gazetteer the ceiling is not measured and not printed', () => {
    const r = summariseAcled(notes.map((n) => scoreNote(n, { mentions: [], events: [] })));
    expect(r.ceilingNamed.of).toBe(0);
    expect(formatAcledReport('invented.json', r, 1)).not.toMatch(/ceiling/);
  });
});
