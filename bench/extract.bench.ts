/**
 * Extraction throughput: geocode() + extractEvents() on one core, the way lib/pipeline.processText
 * runs them, over the seed gold articles repeated to ≥ 2 MB plus the LGL and GeoVirus devset texts
 * (read from /work/shared/devsets, ~1.5 MB). The gazetteer is loaded before timing; a first pass over
 * the seed warms caches and the JIT. Target: ≥ 1 MB/s for the whole pipeline on one core; both
 * wall-clock (extractMBps) and CPU-time (extractMBpsCpu, immune to other load on the machine) rates
 * are reported, and the extraction stage alone (extractOnlyMBps, wall clock).
 * Run: npx tsx --conditions=react-server bench/extract.bench.ts   (or npm run bench, which calls run()).
 * Last numbers: see docs/EVENTS.md ("Speed").
 */
import fs from 'node:fs';
import path from 'node:path';
import { readGazetteerData } from '../lib/gazetteer/load';
import { MemoryGazetteer } from '../lib/gazetteer/memory';
import { geocode } from '../lib/geocode';
import { extractEvents } from '../lib/extract';

const DEVSETS = ['/work/shared/devsets/lgl.json', '/work/shared/devsets/geovirus.json'];
const SEED = path.join(process.cwd(), 'tests/fixtures/gold/seed.json');
const MIN_SEED_BYTES = 2 * 1024 * 1024;

interface Doc { text: string; published: string | null }

function read(file: string): Doc[] {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { articles: { text: string; published?: string | null }[] };
  return doc.articles.map((a) => ({ text: a.text, published: a.published ?? null }));
}

function corpus(): { seed: Doc[]; dev: Doc[]; label: string } {
  const once = read(SEED);
  const seedBytes = once.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const seed: Doc[] = [];
  for (let i = 0; i < Math.ceil(MIN_SEED_BYTES / seedBytes); i++) seed.push(...once);
  const devFiles = DEVSETS.filter((f) => fs.existsSync(f));
  const dev = devFiles.flatMap(read);
  return { seed, dev, label: ['seed.json ×' + Math.ceil(MIN_SEED_BYTES / seedBytes), ...devFiles.map((f) => path.basename(f))].join(' + ') };
}

export async function run(): Promise<Record<string, number | string>> {
  const gazetteer = new MemoryGazetteer(readGazetteerData(path.join(process.cwd(), 'data', 'gazetteer')));
  const { seed, dev, label } = corpus();
  for (const d of read(SEED)) extractEvents({ articleId: 'warm', text: d.text, published: d.published, mentions: geocode(d.text, { gazetteer }) });
  const docs = [...seed, ...dev];
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  let geocodeMs = 0, extractMs = 0, events = 0;
  const cpu0 = process.cpuUsage();
  docs.forEach((d, i) => {
    const t0 = performance.now();
    const mentions = geocode(d.text, { gazetteer });
    const t1 = performance.now();
    events += extractEvents({ articleId: `b${i}`, text: d.text, published: d.published, mentions }).length;
    const t2 = performance.now();
    geocodeMs += t1 - t0;
    extractMs += t2 - t1;
  });
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = bytes / (1024 * 1024);
  const seconds = (geocodeMs + extractMs) / 1000;
  return {
    corpus: label,
    articles: docs.length,
    megabytes: Math.round(mb * 100) / 100,
    /** geocode + extract, wall clock (suffers when other processes share the cores) */
    extractMBps: Math.round((mb / seconds) * 100) / 100,
    /** geocode + extract per CPU-second of this process: throughput on one dedicated core */
    extractMBpsCpu: Math.round((mb / cpuSeconds) * 100) / 100,
    extractOnlyMBps: Math.round((mb / (extractMs / 1000)) * 100) / 100,
    geocodeMs: Math.round(geocodeMs),
    extractMs: Math.round(extractMs),
    events,
    eventsPerSec: Math.round(events / seconds),
    heapMB: Math.round(process.memoryUsage().heapUsed / (1024 * 1024)),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  run().then((r) => process.stdout.write(JSON.stringify(r, null, 2) + '\n'), (e: unknown) => {
    process.stderr.write(`extract bench: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
