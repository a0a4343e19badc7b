/**
 * US counties (admin2) from us-atlas counties-10m (US Census cartographic boundaries, public domain).
 * In: node_modules/us-atlas/counties-10m.json. Out: "us-county:<fips>" entries named "Hall County"
 * (Parish in Louisiana, Borough/Census Area kept as written for Alaska), the bare name as an alias,
 * parent = the state's admin-1 entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { bboxOf, centroidOf, radiusFromBBox, bboxCenter } from './geo';
import type { BuildEntry } from './entry';

/** State FIPS code → USPS postal code (ISO 3166-2:US suffix). */
export const STATE_FIPS: Record<string, string> = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC', '12': 'FL',
  '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME',
  '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH',
  '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH', '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI',
  '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI',
  '56': 'WY', '60': 'AS', '66': 'GU', '69': 'MP', '72': 'PR', '78': 'VI',
};

export function readUsCounties(nodeModules: string, admin1ByIso: Map<string, { id: string; name: string }>): BuildEntry[] {
  const topo = JSON.parse(fs.readFileSync(path.join(nodeModules, 'us-atlas/counties-10m.json'), 'utf8')) as Topology;
  const fc = feature(topo, topo.objects.counties as GeometryCollection) as FeatureCollection<Geometry, { name?: string }>;
  const out: BuildEntry[] = [];
  for (const f of fc.features) {
    const fips = String(f.id ?? '');
    const bare = f.properties?.name?.trim();
    if (!/^\d{5}$/.test(fips) || !bare || !f.geometry) continue;
    const postal = STATE_FIPS[fips.slice(0, 2)];
    if (!postal) continue;
    const bbox = bboxOf(f.geometry);
    if (!bbox) continue;
    const center = centroidOf(f.geometry) ?? bboxCenter(bbox);
    const suffix = postal === 'LA' ? 'Parish' : postal === 'AK' || /\b(city|County|Borough|Area|Municipality)$/i.test(bare) ? '' : 'County';
    const name = suffix ? `${bare} ${suffix}` : bare;
    const state = admin1ByIso.get(`US-${postal}`) ?? admin1ByIso.get(`${postal}`);
    out.push({
      id: `us-county:${fips}`, name, alt: name === bare ? [] : [bare], kind: 'admin2', country: 'US',
      admin1: state ? state.name : postal, parentId: state ? state.id : 'iso:US', population: null,
      lat: center.lat, lon: center.lon, radiusKm: radiusFromBBox(bbox), bbox,
      source: `us-atlas counties-10m (US Census) ${fips}`,
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
