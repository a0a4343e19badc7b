/**
 * Geoparser throughput: geocode() over the seed gold texts plus the LGL and GeoVirus devset texts
 * (read from ../shared/devsets, ~1.5 MB in all). The gazetteer is loaded once before timing; the
 * first pass warms caches and JIT, the second is timed (wall clock, and CPU time of this process, which
 * is steadier when the machine is shared). Target: well above 1 MB/s so that the whole
 * extraction pipeline can do ≥ 1 MB/s.
 * Run: npx tsx --conditions=react-server bench/geocode.bench.ts   (or npm run bench, which calls run()).
 * Last numbers (2 cores, Node 20): see docs/EVALUATION.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { devsets } from './devsets';
import { MemoryGazetteer, readGazetteerData } from '../lib/gazetteer';
import { geocode } from '../lib/geocode';

const DEVSETS = devsets('lgl.json', 'geovirus.json');

function texts(): { label: string; texts: string[] } {
  const files = [path.join(process.cwd(), 'tests/fixtures/gold/seed.json'), ...DEVSETS].filter((f) => fs.existsSync(f));
  const out: string[] = [];
  for (const f of files) {
    const doc = JSON.parse(fs.readFileSync(f, 'utf8')) as { articles: { text: string }[] };
    for (const a of doc.articles) out.push(a.text);
  }
  return { label: files.map((f) => path.basename(f)).join(' + '), texts: out };
}

export async function run(): Promise<Record<string, number | string>> {
  const t0 = performance.now();
  const gazetteer = new MemoryGazetteer(readGazetteerData(path.join(process.cwd(), 'data', 'gazetteer')));
  const loadMs = performance.now() - t0;
  const corpus = texts();
  const bytes = corpus.texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  for (const t of corpus.texts) geocode(t, { gazetteer });
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  let mentions = 0;
  for (const t of corpus.texts) mentions += geocode(t, { gazetteer }).length;
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time is steadier than wall time on a shared machine
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    corpus: corpus.label,
    articles: corpus.texts.length,
    megabytes: Math.round((bytes / 1e6) * 100) / 100,
    gazetteerLoadMs: Math.round(loadMs),
    geocodeMBps: Math.round((bytes / 1e6 / seconds) * 100) / 100,
    geocodeMBpsCpu: Math.round((bytes / 1e6 / cpuSeconds) * 100) / 100,
    mentionsPerSec: Math.round(mentions / seconds),
    mentions,
    heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  run().then((r) => console.log(r));
}
