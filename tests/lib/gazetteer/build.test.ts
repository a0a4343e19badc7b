/** The gazetteer build: curated CSV validation, deterministic serialisation, and committed data = a fresh rebuild. */
import { describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCsv, readCurated } from '@/scripts/gazetteer/curated';
import { serialise } from '@/scripts/gazetteer/write';
import { buildGazetteer } from '@/scripts/gazetteer/build';
import type { BuildEntry } from '@/scripts/gazetteer/entry';
import { cleanAlternates, geonamesKind, placeRadiusKm } from '@/scripts/gazetteer/entry';
import { loadGazetteer } from '@/lib/gazetteer';

const root = path.resolve(__dirname, '../../..');
const sha = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe('curated CSVs', () => {
  it('parses quoted fields with commas and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\r\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"']]);
  });

  it('keeps valid rows and rejects the rest with reasons (nothing silent)', () => {
    const r = readCurated(path.join(root, 'tests/fixtures/gazetteer/curated-bad'));
    expect(r.entries.map((e) => e.id)).toEqual(['cu:good-place', 'cu:boxed']);
    expect(r.entries[0]!.name).toBe('Good, Place');
    expect(r.entries[0]!.population).toBe(1200);
    expect(r.entries[1]!.bbox).toEqual([36, 35, 36.4, 35.2]);
    const reasons = r.rejected.map((x) => `${x.file}:${x.line} ${x.reason}`);
    expect(reasons).toEqual(expect.arrayContaining([
      'places.csv:3 missing source', 'places.csv:4 bad id "Bad Slug" (lowercase slug)', 'places.csv:5 bad kind "hamlet"',
      'places.csv:6 lat, lon and radius_km must be numbers', 'places.csv:7 bad bbox "1 2 3"', 'aliases.csv:3 missing source',
    ]));
    expect(r.aliases).toEqual([
      { id: 'gn:170063', alt: 'Haleb', source: 'Test fixture' },
      { id: 'gn:170063', alt: 'Alepo', source: 'Test fixture' },
    ]);
  });

  it('every committed curated row is valid and cites a source', () => {
    const r = readCurated(path.join(root, 'data/gazetteer/curated'));
    expect(r.rejected).toEqual([]);
    expect(r.entries.length).toBeGreaterThan(150);
    for (const e of r.entries) expect(e.source.length, e.id).toBeGreaterThan(5);
  });
});

describe('entry rules', () => {
  it('keeps Latin-script alternates only, drops codes and duplicates', () => {
    expect(cleanAlternates('Aleppo', ['Halab', 'ALP', 'حلب', 'Алеппо', 'halab', 'Aleppo', 'Alep', 'a lei po'])).toEqual(['Halab', 'Alep']);
  });
  it('kinds and radii follow population, with unknown population not treated as small', () => {
    expect(geonamesKind('PPLA', 5000)).toBe('city');
    expect(geonamesKind('PPL', 150_000)).toBe('city');
    expect(geonamesKind('PPL', 20_000)).toBe('town');
    expect(geonamesKind('PPL', 800)).toBe('village');
    expect(geonamesKind('PPLA2', null)).toBe('town');
    expect(geonamesKind('PPLX', 9000)).toBe('neighbourhood');
    expect(placeRadiusKm(1_000_000, 'city')).toBeCloseTo(19.7, 1);
    expect(placeRadiusKm(null, 'town')).toBe(3);
  });
});

const sample = (id: string, name: string, alt: string[] = []): BuildEntry => ({
  id, name, alt, kind: 'town', country: 'SY', admin1: null, parentId: null, population: null,
  lat: 35, lon: 36, radiusKm: 3, bbox: null, source: 'Test fixture',
});

describe('serialise', () => {
  it('is deterministic regardless of input order', () => {
    const xs = [sample('cu:b', 'Beta', ['Bêta']), sample('cu:a', 'al-Alpha'), sample('gn:5', 'Gamma')];
    const a = serialise(xs).files, b = serialise([...xs].reverse()).files;
    for (const name of Object.keys(a)) expect(sha(a[name]!), name).toBe(sha(b[name]!));
  });

  it('rejects invalid and duplicate entries with reasons and round-trips the rest', () => {
    const bad = { ...sample('cu:bad', 'Bad'), lat: 123 };
    const res = serialise([sample('cu:a', 'al-Alpha'), sample('cu:a', 'Again'), bad]);
    expect(res.kept).toBe(1);
    expect(res.rejected.map((r) => r.id)).toEqual(['cu:a', 'cu:bad']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaz-'));
    for (const [n, buf] of Object.entries(res.files)) fs.writeFileSync(path.join(dir, n), buf);
    const gz = loadGazetteer(dir);
    expect(gz.size).toBe(1);
    expect(gz.lookup('Alpha').map((e) => e.id)).toEqual(['cu:a']);
    expect(gz.byId('cu:a')!.source).toBe('Test fixture');
    fs.rmSync(dir, { recursive: true });
  });
});

describe('loadGazetteer errors', () => {
  it('names the missing file and the fix', () => {
    expect(() => loadGazetteer('/nonexistent/gazetteer')).toThrow(/meta\.json.*npm run gazetteer:build/);
  });
  it('rejects a corrupt meta.json', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gaz-'));
    fs.writeFileSync(path.join(dir, 'meta.json'), '{"format": 99}');
    expect(() => loadGazetteer(dir)).toThrow(/meta\.json is invalid at format/);
    fs.writeFileSync(path.join(dir, 'meta.json'), '{not json');
    expect(() => loadGazetteer(dir)).toThrow(/not valid JSON/);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('full build (slow: ~10-30 s)', () => {
  it('rebuilding from the pinned packages reproduces the committed data/gazetteer byte for byte', () => {
    const res = buildGazetteer({ nodeModules: path.join(root, 'node_modules'), curatedDir: path.join(root, 'data/gazetteer/curated') });
    for (const [name, buf] of Object.entries(res.files)) {
      const committed = fs.readFileSync(path.join(root, 'data/gazetteer', name));
      expect(sha(buf), `${name} differs: run npm run gazetteer:build`).toBe(sha(committed));
    }
    expect(res.kept).toBeGreaterThan(200_000);
  }, 90_000);
});
