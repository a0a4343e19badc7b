/**
 * Gazetteer benchmark: load time, exact lookups/s, search()/s, near()/s, entry count, heap and data size.
 * Corpus: data/gazetteer as committed (≈213k entries: GeoNames cities500 + Natural Earth admin-1 + countries +
 * US counties + airports + curated rows). Targets: load ≤ 300 ms, ≥ 50,000 exact lookups/s.
 * Also: gazetteer coverage of the LGL and GeoVirus gold toponyms (lookup() recall within tolerance).
 * Run: `npx tsx --conditions=react-server bench/gazetteer.bench.ts` (prints JSON) or via `npm run bench` (bench/run.ts calls run()).
 * Last numbers (2 cores, shared with other jobs): load ~90-150 ms, lookups ~300k-600k/s, search ~3-10k/s,
 * near ~50-100k/s, heap ~60 MB after load.
 */
import fs from 'node:fs';
import path from 'node:path';
import { devsets } from './devsets';
import { performance } from 'node:perf_hooks';
import { distanceKm, loadGazetteer, type MemoryGazetteer } from '../lib/gazetteer';
import { prng } from '../tests/support/prng';

const DIR = path.resolve(__dirname, '../data/gazetteer');
/** Public annotated corpora (read in place, never copied into the repo); skipped when absent. */
const DEVSETS = devsets('lgl.json', 'geovirus.json');

interface GoldPlace { name: string; lat: number; lon: number; tol_km: number; demonym?: boolean }

/**
 * Gazetteer coverage on gold toponyms: share whose name lookup() returns an entry within tolerance of the
 * gold point (any candidate, and the first candidate). Upper bound for the geoparser's resolution.
 */
function coverage(g: MemoryGazetteer, file: string): { n: number; any: number; top1: number } | null {
  if (!fs.existsSync(file)) return null;
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { articles: { places: GoldPlace[] }[] };
  let n = 0, any = 0, top1 = 0;
  for (const a of data.articles) for (const p of a.places) {
    if (p.demonym) continue;
    n++;
    const hits = g.lookup(p.name);
    const near = (i: number) => {
      const e = hits[i];
      return e !== undefined && distanceKm(p.lat, p.lon, e.lat, e.lon) <= Math.max(p.tol_km, e.radiusKm);
    };
    if (hits.some((_, i) => near(i))) any++;
    if (near(0)) top1++;
  }
  return { n, any: Math.round((any / n) * 1000) / 1000, top1: Math.round((top1 / n) * 1000) / 1000 };
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Calls fn(i) repeatedly for about `ms` milliseconds. Returns calls per wall-clock second and per CPU second
 * (the second is what the code costs; the first also shows how busy the machine was).
 */
function perSecond(fn: (i: number) => unknown, ms = 700): { wall: number; cpu: number } {
  let n = 0;
  const t0 = performance.now(), c0 = cpuMs();
  let t = t0;
  while (t - t0 < ms) {
    for (let k = 0; k < 200; k++) fn(n++);
    t = performance.now();
  }
  const cpu = Math.max(cpuMs() - c0, 1e-3);
  return { wall: Math.round((n / (t - t0)) * 1000), cpu: Math.round((n / cpu) * 1000) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function dataBytes(): number {
  return fs.readdirSync(DIR).filter((f) => !f.startsWith('.') && fs.statSync(path.join(DIR, f)).isFile())
    .reduce((s, f) => s + fs.statSync(path.join(DIR, f)).size, 0);
}

export async function run(): Promise<Record<string, number | string>> {
  const heap0 = process.memoryUsage().heapUsed;
  const loads: number[] = [];
  const loadsCpu: number[] = [];
  let gz: MemoryGazetteer | null = null;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now(), c0 = cpuMs();
    gz = loadGazetteer(DIR);
    loads.push(performance.now() - t0);
    loadsCpu.push(cpuMs() - c0);
  }
  const g = gz!;
  global.gc?.();
  const heapMB = (process.memoryUsage().heapUsed - heap0) / 1e6;

  const r = prng(7);
  const names: string[] = [];
  for (let i = 0; i < 5000; i++) {
    const e = g.at(Math.floor(r() * g.size));
    names.push(r() < 0.3 && e.alt.length ? e.alt[Math.floor(r() * e.alt.length)]! : e.name);
  }
  const misses = names.map((n) => `${n}zq`);
  const queries = ['Aleppo', 'Tartous', 'Damascos', 'Aleppoo', 'Kobani', 'Geneva', 'Springfield', 'Hall County', 'Marea', 'Georgia'];
  const points = Array.from({ length: 1000 }, () => [-60 + r() * 130, -180 + r() * 360] as const);

  const lookups = perSecond((i) => g.lookup(names[i % names.length]!));
  const missLookups = perSecond((i) => g.lookup(misses[i % misses.length]!));
  const search = perSecond((i) => g.search(queries[i % queries.length]!, { limit: 10 }));
  const near = perSecond((i) => {
    const [lat, lon] = points[i % points.length]!;
    return g.near(lat, lon, { limit: 5 });
  });
  const kinds: Record<string, number> = {};
  for (let i = 0; i < g.size; i++) kinds[g.at(i).kind] = (kinds[g.at(i).kind] ?? 0) + 1;

  const cov: Record<string, number> = {};
  for (const file of DEVSETS) {
    const c = coverage(g, file);
    if (!c) continue;
    const name = path.basename(file, '.json');
    cov[`${name}Places`] = c.n;
    cov[`${name}RecallAny`] = c.any;
    cov[`${name}RecallTop1`] = c.top1;
  }

  return {
    entries: g.size,
    loadMsFirst: Math.round(loads[0]!),
    loadMsMedian: Math.round(median(loads)),
    loadCpuMsMedian: Math.round(median(loadsCpu)),
    lookupsPerSec: lookups.wall,
    lookupsPerCpuSec: lookups.cpu,
    missLookupsPerSec: missLookups.wall,
    missLookupsPerCpuSec: missLookups.cpu,
    searchPerSec: search.wall,
    searchPerCpuSec: search.cpu,
    nearPerSec: near.wall,
    nearPerCpuSec: near.cpu,
    heapMBAfterLoad: Math.round(heapMB * 10) / 10,
    dataMB: Math.round(dataBytes() / 1e5) / 10,
    kinds: JSON.stringify(kinds),
    ...cov,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  run().then((m) => console.log(JSON.stringify(m, null, 1)));
}
