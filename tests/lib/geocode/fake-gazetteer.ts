/**
 * A tiny in-memory Gazetteer for the geoparser's unit tests: a few dozen hand-made entries with the
 * homonyms the resolver must tell apart. Implements the Gazetteer interface with the real normalizeName.
 */
import type { Gazetteer, NearResult } from '@/lib/gazetteer/types';
import { normalizeName, stripArticles } from '@/lib/gazetteer/normalize';
import type { GazetteerEntry, GeocodeResult } from '@/lib/schemas';

type E = Partial<GazetteerEntry> & Pick<GazetteerEntry, 'id' | 'name' | 'kind' | 'lat' | 'lon'>;

const e = (x: E): GazetteerEntry => ({
  alt: [], country: null, admin1: null, parentId: null, population: null, radiusKm: 10, bbox: null, source: 'test', ...x,
});

export const ENTRIES: GazetteerEntry[] = [
  e({ id: 'iso:SY', name: 'Syria', kind: 'country', country: 'SY', lat: 35, lon: 38, radiusKm: 215, bbox: [35.76, 32.32, 42.36, 37.3] }),
  e({ id: 'iso:IQ', name: 'Iraq', kind: 'country', country: 'IQ', lat: 33, lon: 44, radiusKm: 331, bbox: [38.77, 29.06, 48.54, 37.37] }),
  e({ id: 'iso:TR', name: 'Turkey', kind: 'country', country: 'TR', lat: 39, lon: 35, radiusKm: 443, bbox: [25.66, 35.81, 44.82, 42.11], alt: ['Türkiye'] }),
  e({ id: 'iso:RU', name: 'Russia', kind: 'country', country: 'RU', lat: 60, lon: 100, radiusKm: 1500 }),
  e({ id: 'iso:US', name: 'United States', kind: 'country', country: 'US', lat: 39.76, lon: -98.5, radiusKm: 1500, alt: ['United States of America'] }),
  e({ id: 'iso:GB', name: 'United Kingdom', kind: 'country', country: 'GB', lat: 54, lon: -2, radiusKm: 250, alt: ['Britain', 'Great Britain'] }),
  e({ id: 'iso:GE', name: 'Georgia', kind: 'country', country: 'GE', lat: 42, lon: 43.5, radiusKm: 132, bbox: [39.98, 41.07, 46.67, 43.57] }),
  e({ id: 'iso:LB', name: 'Lebanon', kind: 'country', country: 'LB', lat: 33.83, lon: 35.83, radiusKm: 51 }),
  e({ id: 'iso:BA', name: 'Bosnia and Herzegovina', kind: 'country', country: 'BA', lat: 44.25, lon: 17.83, radiusKm: 113 }),
  e({ id: 'iso:IM', name: 'Isle of Man', kind: 'country', country: 'IM', lat: 54.23, lon: -4.55, radiusKm: 12 }),
  e({ id: 'iso:CD', name: 'Democratic Republic of the Congo', kind: 'country', country: 'CD', lat: -2.5, lon: 23.5, radiusKm: 900, alt: ['DR Congo'] }),
  e({ id: 'ne1:SY-HL', name: 'Aleppo', kind: 'admin1', country: 'SY', admin1: 'Aleppo', parentId: 'iso:SY', lat: 36.1, lon: 37.6, radiusKm: 89, bbox: [36.53, 35.43, 38.67, 36.91] }),
  e({ id: 'gn:170063', name: 'Aleppo', kind: 'city', country: 'SY', admin1: 'Aleppo', parentId: 'ne1:SY-HL', lat: 36.2012, lon: 37.1612, radiusKm: 24, population: 1602264, alt: ['Halab'] }),
  e({ id: 'cu:midan-aleppo', name: 'Midan', kind: 'neighbourhood', country: 'SY', admin1: 'Aleppo', parentId: 'gn:170063', lat: 36.218, lon: 37.158, radiusKm: 1.5 }),
  e({ id: 'cu:midan-damascus', name: 'Midan', kind: 'neighbourhood', country: 'SY', admin1: 'Damascus', parentId: 'gn:170654', lat: 33.49, lon: 36.3, radiusKm: 1.5 }),
  e({ id: 'gn:170654', name: 'Damascus', kind: 'city', country: 'SY', admin1: 'Damascus', lat: 33.5102, lon: 36.2913, radiusKm: 24, population: 1569394 }),
  e({ id: 'gn:4352728', name: 'Damascus', kind: 'town', country: 'US', admin1: 'Maryland', lat: 39.28, lon: -77.2, radiusKm: 5, population: 15257 }),
  e({ id: 'gn:170794', name: 'Deir ez-Zor', kind: 'city', country: 'SY', admin1: 'Deir ez-Zor', lat: 35.3359, lon: 40.1408, radiusKm: 11, population: 242565, alt: ['Dayr az Zawr'] }),
  e({ id: 'gn:173000', name: 'Ras al-Ain', kind: 'town', country: 'SY', admin1: 'Al-Hasakah', lat: 36.85, lon: 40.07, radiusKm: 5, population: 29000 }),
  e({ id: 'gn:173377', name: 'Al Qāmishlī', kind: 'town', country: 'SY', admin1: 'Al-Hasakah', lat: 37.0522, lon: 41.2314, radiusKm: 3, population: null, alt: ['Qamishli'] }),
  e({ id: 'gn:999001', name: 'Qamishli', kind: 'village', country: 'IR', admin1: 'Tehran', lat: 35.7, lon: 51.4, radiusKm: 3, population: 5000 }),
  e({ id: 'gn:163808', name: 'Tadmur', kind: 'town', country: 'SY', admin1: 'Homs', lat: 34.5624, lon: 38.284, radiusKm: 7, population: 51015, alt: ['Palmyra'] }),
  e({ id: 'gn:5132000', name: 'Palmyra', kind: 'town', country: 'US', admin1: 'New York', lat: 43.06, lon: -77.23, radiusKm: 5, population: 60000 }),
  e({ id: 'gn:169577', name: 'Homs', kind: 'city', country: 'SY', admin1: 'Homs', lat: 34.7268, lon: 36.7234, radiusKm: 18, population: 775404 }),
  e({ id: 'gn:163345', name: 'Ţarţūs', kind: 'city', country: 'SY', admin1: 'Tartus', lat: 34.889, lon: 35.8866, radiusKm: 8, population: 89457, alt: ['Tartus', 'Tartous'] }),
  e({ id: 'gn:2660646', name: 'Genève', kind: 'city', country: 'CH', admin1: 'Geneva', lat: 46.2022, lon: 6.1457, radiusKm: 10, population: 183981, alt: ['Geneva'] }),
  e({ id: 'gn:5118398', name: 'Geneva', kind: 'town', country: 'US', admin1: 'New York', lat: 42.87, lon: -76.98, radiusKm: 5, population: 13062 }),
  e({ id: 'gn:5134086', name: 'Rochester', kind: 'city', country: 'US', admin1: 'New York', lat: 43.15, lon: -77.62, radiusKm: 12, population: 211328 }),
  e({ id: 'ne1:US-NY', name: 'New York', kind: 'admin1', country: 'US', admin1: 'New York', parentId: 'iso:US', lat: 43, lon: -75.5, radiusKm: 300 }),
  e({ id: 'gn:524901', name: 'Moscow', kind: 'city', country: 'RU', admin1: 'Moscow', lat: 55.7522, lon: 37.6156, radiusKm: 40, population: 10381222 }),
  e({ id: 'gn:5601538', name: 'Moscow', kind: 'town', country: 'US', admin1: 'Idaho', lat: 46.73, lon: -117, radiusKm: 5, population: 25060 }),
  e({ id: 'cu:kremlin', name: 'Kremlin', kind: 'facility', country: 'RU', admin1: 'Moscow', lat: 55.752, lon: 37.6175, radiusKm: 1, alt: ['Moscow Kremlin'] }),
  e({ id: 'gn:323786', name: 'Ankara', kind: 'city', country: 'TR', admin1: 'Ankara', lat: 39.9199, lon: 32.8543, radiusKm: 25, population: 3517182 }),
  e({ id: 'gn:4140963', name: 'Washington', kind: 'city', country: 'US', admin1: 'District of Columbia', lat: 38.8951, lon: -77.0364, radiusKm: 15, population: 689545, alt: ['Washington D.C.'] }),
  e({ id: 'ne1:US-WA', name: 'Washington', kind: 'admin1', country: 'US', admin1: 'Washington', parentId: 'iso:US', lat: 47.5, lon: -120.5, radiusKm: 250 }),
  e({ id: 'gn:2643743', name: 'London', kind: 'city', country: 'GB', admin1: 'ENG', lat: 51.5085, lon: -0.1257, radiusKm: 40, population: 8961989 }),
  e({ id: 'gn:2867714', name: 'Munich', kind: 'city', country: 'DE', admin1: 'Bavaria', lat: 48.1374, lon: 11.5755, radiusKm: 22, population: 1260391 }),
  e({ id: 'gn:2639577', name: 'Reading', kind: 'city', country: 'GB', admin1: 'ENG', lat: 51.4566, lon: -0.9731, radiusKm: 12, population: 318014 }),
  e({ id: 'gn:2643071', name: 'March', kind: 'town', country: 'GB', admin1: 'ENG', lat: 52.55, lon: 0.09, radiusKm: 5, population: 21051 }),
  e({ id: 'ne1:IE-KY', name: 'Kerry', kind: 'admin1', country: 'IE', admin1: 'Kerry', lat: 52.1, lon: -9.7, radiusKm: 48 }),
  e({ id: 'gn:2643741', name: 'England', kind: 'admin1', country: 'GB', admin1: 'ENG', lat: 52.5, lon: -1.5, radiusKm: 190 }),
  e({ id: 'gn:5128581', name: 'New York City', kind: 'city', country: 'US', admin1: 'New York', lat: 40.7143, lon: -74.006, radiusKm: 40, population: 8804190, alt: ['New York'] }),
  e({ id: 'gn:611717', name: 'Tbilisi', kind: 'city', country: 'GE', admin1: 'Tbilisi', lat: 41.6941, lon: 44.8337, radiusKm: 20, population: 1049498 }),
  e({ id: 'ne1:US-GA', name: 'Georgia', kind: 'admin1', country: 'US', admin1: 'Georgia', parentId: 'iso:US', lat: 32.75, lon: -83.5, radiusKm: 240, bbox: [-85.6, 30.36, -80.84, 35] }),
  e({ id: 'gn:4180439', name: 'Atlanta', kind: 'city', country: 'US', admin1: 'Georgia', lat: 33.749, lon: -84.388, radiusKm: 14, population: 463878 }),
  e({ id: 'gn:264371', name: 'Athens', kind: 'city', country: 'GR', admin1: 'Attica', lat: 37.9838, lon: 23.7278, radiusKm: 20, population: 664046 }),
  e({ id: 'gn:4180386', name: 'Athens', kind: 'city', country: 'US', admin1: 'Georgia', lat: 33.96, lon: -83.38, radiusKm: 10, population: 116714 }),
  e({ id: 'gn:2988507', name: 'Paris', kind: 'city', country: 'FR', admin1: 'Île-de-France', lat: 48.8534, lon: 2.3488, radiusKm: 20, population: 2138551 }),
  e({ id: 'gn:4717560', name: 'Paris', kind: 'town', country: 'US', admin1: 'Texas', lat: 33.66, lon: -95.56, radiusKm: 5, population: 24782 }),
  e({ id: 'ne1:US-TX', name: 'Texas', kind: 'admin1', country: 'US', admin1: 'Texas', parentId: 'iso:US', lat: 31.25, lon: -99.25, radiusKm: 400 }),
  e({ id: 'gn:4636045', name: 'Lebanon', kind: 'town', country: 'US', admin1: 'Tennessee', lat: 36.2, lon: -86.29, radiusKm: 6, population: 30262 }),
  e({ id: 'gn:2210247', name: 'Tripoli', kind: 'city', country: 'LY', admin1: 'Tripoli', lat: 32.8872, lon: 13.1913, radiusKm: 21, population: 1150989 }),
  e({ id: 'gn:266826', name: 'Tripoli', kind: 'city', country: 'LB', admin1: 'North', lat: 34.4367, lon: 35.8497, radiusKm: 11, population: 229398 }),
  e({ id: 'iso:LY', name: 'Libya', kind: 'country', country: 'LY', lat: 28, lon: 17, radiusKm: 650 }),
  e({ id: 'gn:172955', name: 'Ar Raqqah', kind: 'city', country: 'SY', admin1: 'Al-Raqqah', lat: 35.9528, lon: 39.0079, radiusKm: 10, population: 177636, alt: ['Raqqa'] }),
  e({ id: 'gn:71137', name: 'Sanaa', kind: 'city', country: 'YE', admin1: "Amanat Al Asimah", lat: 15.3547, lon: 44.2067, radiusKm: 26, population: 1937451 }),
  e({ id: 'gn:79415', name: 'Al Ḩudaydah', kind: 'village', country: 'YE', admin1: 'Al Hudaydah', lat: 14.7978, lon: 42.9545, radiusKm: 16, population: 600, alt: ['Hodeidah'] }),
  e({ id: 'us-county:13059', name: 'Clarke County', kind: 'admin2', country: 'US', admin1: 'Georgia', lat: 33.95, lon: -83.37, radiusKm: 15, alt: ['Clarke'] }),
  e({ id: 'us-county:13219', name: 'Oconee County', kind: 'admin2', country: 'US', admin1: 'Georgia', lat: 33.83, lon: -83.44, radiusKm: 18, alt: ['Oconee'] }),
  e({ id: 'gn:4219762', name: 'Roswell', kind: 'town', country: 'US', admin1: 'Georgia', lat: 34.02, lon: -84.36, radiusKm: 6, population: 9500 }),
  // homonyms and surnames for the generalisation mechanisms (co-location, focus from organisations, persons)
  e({ id: 'gn:4647963', name: 'Paris', kind: 'town', country: 'US', admin1: 'Tennessee', lat: 36.302, lon: -88.3267, radiusKm: 4, population: 10150 }),
  e({ id: 'us-county:47079', name: 'Henry County', kind: 'admin2', country: 'US', admin1: 'Tennessee', lat: 36.33, lon: -88.3, radiusKm: 22, alt: ['Henry'] }),
  e({ id: 'us-county:13151', name: 'Henry County', kind: 'admin2', country: 'US', admin1: 'Georgia', lat: 33.45, lon: -84.15, radiusKm: 16, alt: ['Henry'] }),
  e({ id: 'ne1:EG-ALX', name: 'Alexandria', kind: 'admin1', country: 'EG', admin1: 'Alexandria', lat: 31.0, lon: 29.9, radiusKm: 40 }),
  e({ id: 'gn:361058', name: 'Alexandria', kind: 'city', country: 'EG', admin1: 'Alexandria', lat: 31.2, lon: 29.92, radiusKm: 30, population: 5263542 }),
  e({ id: 'gn:4314550', name: 'Alexandria', kind: 'town', country: 'US', admin1: 'Louisiana', lat: 31.3113, lon: -92.4451, radiusKm: 6, population: 47889 }),
  e({ id: 'us-county:22079', name: 'Rapides Parish', kind: 'admin2', country: 'US', admin1: 'Louisiana', lat: 31.2, lon: -92.53, radiusKm: 30, alt: ['Rapides'] }),
  e({ id: 'gn:4801859', name: 'Charleston', kind: 'city', country: 'US', admin1: 'West Virginia', lat: 38.35, lon: -81.63, radiusKm: 8, population: 49138 }),
  e({ id: 'ne1:US-FL', name: 'Florida', kind: 'admin1', country: 'US', admin1: 'Florida', parentId: 'iso:US', lat: 28.6, lon: -82.4, radiusKm: 330 }),
  e({ id: 'ne1:US-DE', name: 'Delaware', kind: 'admin1', country: 'US', admin1: 'Delaware', parentId: 'iso:US', lat: 39.0, lon: -75.5, radiusKm: 60 }),
  e({ id: 'iso:TD', name: 'Chad', kind: 'country', country: 'TD', lat: 15, lon: 19, radiusKm: 560 }),
  e({ id: 'iso:CA', name: 'Canada', kind: 'country', country: 'CA', lat: 60, lon: -95, radiusKm: 1500 }),
  e({ id: 'gn:4589368', name: 'Ravenel', kind: 'village', country: 'US', admin1: 'South Carolina', lat: 32.76, lon: -80.25, radiusKm: 1.5, population: 2500 }),
  e({ id: 'gn:4573200', name: 'Chapin', kind: 'village', country: 'US', admin1: 'South Carolina', lat: 34.17, lon: -81.35, radiusKm: 1.5, population: 1500 }),
  e({ id: 'us-county:47189', name: 'Wilson County', kind: 'admin2', country: 'US', admin1: 'Tennessee', lat: 36.15, lon: -86.3, radiusKm: 25, alt: ['Wilson'] }),
  e({ id: 'us-county:48493', name: 'Wilson County', kind: 'admin2', country: 'US', admin1: 'Texas', lat: 29.17, lon: -98.09, radiusKm: 30, alt: ['Wilson'] }),
  e({ id: 'gn:5099100', name: 'Troy', kind: 'town', country: 'US', admin1: 'New York', lat: 42.73, lon: -73.69, radiusKm: 5, population: 49000 }),
  e({ id: 'gn:4812005', name: 'Lewisburg', kind: 'town', country: 'US', admin1: 'West Virginia', lat: 37.8, lon: -80.45, radiusKm: 1.5, population: 3800 }),
  e({ id: 'gn:4647700', name: 'Hope', kind: 'village', country: 'US', admin1: 'Arkansas', lat: 33.67, lon: -93.59, radiusKm: 1.5, population: 9900 }),
  e({ id: 'gn:4259671', name: 'Seymour', kind: 'village', country: 'US', admin1: 'Indiana', lat: 38.96, lon: -85.89, radiusKm: 1.5, population: 8900 }),
  e({ id: 'gn:2873759', name: 'Marburg', kind: 'town', country: 'DE', admin1: 'Hesse', lat: 50.8, lon: 8.77, radiusKm: 5, population: 72000 }),
  e({ id: 'cu:nile', name: 'Nile', kind: 'feature', lat: 23, lon: 32.5, radiusKm: 1500, alt: ['Nile River'] }),
  e({ id: 'cu:european-union', name: 'European Union', kind: 'region', lat: 50, lon: 10, radiusKm: 1800, alt: ['EU'] }),
  e({ id: 'iso:SE', name: 'Sweden', kind: 'country', country: 'SE', lat: 62, lon: 15, radiusKm: 330 }),
];

/** The Gazetteer interface over ENTRIES (or a subset), with the real name normalisation. */
export function fakeGazetteer(entries: GazetteerEntry[] = ENTRIES): Gazetteer {
  const byKey = new Map<string, GazetteerEntry[]>();
  const add = (k: string, x: GazetteerEntry) => {
    const list = byKey.get(k) ?? [];
    if (!list.includes(x)) list.push(x);
    byKey.set(k, list);
  };
  for (const x of entries) for (const n of [x.name, ...x.alt]) {
    add(normalizeName(n), x);
    add(stripArticles(normalizeName(n)), x);
  }
  const byId = new Map(entries.map((x) => [x.id, x]));
  const toResult = (x: GazetteerEntry): GeocodeResult => ({ id: x.id, name: x.name, kind: x.kind, country: x.country, admin1: x.admin1, lat: x.lat, lon: x.lon, score: 1 });
  return {
    size: entries.length,
    byId: (id) => byId.get(id),
    lookup: (name) => {
      const k = normalizeName(name);
      return [...new Set([...(byKey.get(k) ?? []), ...(byKey.get(stripArticles(k)) ?? [])])];
    },
    search: (q) => (byKey.get(normalizeName(q)) ?? []).map(toResult),
    near: (lat, lon, opts) =>
      entries
        .map((x): NearResult => ({ entry: x, km: Math.hypot(x.lat - lat, x.lon - lon) * 111 }))
        .filter((r) => r.km <= (opts?.maxKm ?? Infinity))
        .sort((a, b) => a.km - b.km)
        .slice(0, opts?.limit ?? 10),
    children: (id) => entries.filter((x) => x.parentId === id),
  };
}
