/**
 * Countries from world-countries (names, alternate spellings, demonyms, ISO codes, area; ODbL)
 * joined with world-atlas countries-50m (Natural Earth shapes, for the bbox) on ISO numeric code.
 * In: node_modules/world-countries/countries.json, node_modules/world-atlas/countries-50m.json.
 * Out: one "iso:<A2>" entry per country; point = world-countries latlng, bbox from the merged shapes,
 * radiusKm = 0.5 * sqrt(area); codes (ISO alpha-2/3, "UK", "DRC", "UAE") go to the code index, not the names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { bboxOf, round } from './geo';
import { cleanAlternates, type BuildEntry } from './entry';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  ccn3: string;
  cca3?: string;
  altSpellings: string[];
  latlng: [number, number];
  area: number;
  demonyms?: { eng?: { m: string; f: string } };
}

/** Common English names news uses where world-countries prefers another form. */
const ENGLISH_NAME: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic' };

export function readCountries(nodeModules: string): BuildEntry[] {
  const wc = JSON.parse(fs.readFileSync(path.join(nodeModules, 'world-countries/countries.json'), 'utf8')) as WorldCountry[];
  const topo = JSON.parse(fs.readFileSync(path.join(nodeModules, 'world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const fc = feature(topo, topo.objects.countries as GeometryCollection) as FeatureCollection<Geometry>;
  // several features can share one ISO numeric id (Australia and Ashmore and Cartier Islands are both "036"):
  // merge them, so the bbox covers every part
  const shapes = new Map<string, Geometry>();
  for (const f of fc.features) {
    if (f.id === undefined || !f.geometry) continue;
    const id = String(f.id).padStart(3, '0');
    const prev = shapes.get(id);
    shapes.set(id, prev ? { type: 'GeometryCollection', geometries: [prev, f.geometry] } : f.geometry);
  }

  const out: BuildEntry[] = [];
  for (const c of [...wc].sort((a, b) => (a.cca2 < b.cca2 ? -1 : 1))) {
    const english = ENGLISH_NAME[c.cca2];
    const name = english ?? c.name.common;
    const alts = cleanAlternates(name, [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3)]);
    const shape = c.ccn3 ? shapes.get(c.ccn3) : undefined;
    const bbox = shape ? bboxOf(shape) : null;
    // world-countries' latlng is the conventional centre (as GeoNames and Wikipedia use); a polygon centroid is
    // worse for archipelagos and countries with far-flung territories (Indonesia, France, Norway)
    const [lat = 0, lon = 0] = c.latlng;
    const codes = [...new Set([...(c.cca3 ? [c.cca3] : []), ...c.altSpellings.filter((s) => /^[A-Z]{2,5}$/.test(s))])];
    const demonyms = c.demonyms?.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f])].filter(Boolean) : [];
    out.push({
      id: `iso:${c.cca2}`, name, alt: alts, kind: 'country', country: c.cca2, admin1: null, parentId: null,
      population: null, lat: round(lat), lon: round(lon),
      radiusKm: round(Math.max(1, 0.5 * Math.sqrt(Math.max(c.area, 1))), 1), bbox,
      source: `world-countries ${c.cca3 ?? c.cca2}${bbox ? ' + world-atlas countries-50m' : ''}`,
      demonyms,
      codes,
    });
  }
  return out;
}
