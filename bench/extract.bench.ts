/**
 * Extraction throughput: geocode() + extractEvents() on one core, the way lib/pipeline.processText runs them,
 * over the seed gold articles repeated to ≥ 2 MB plus the LGL and GeoVirus devset texts (read from
 * ../shared/devsets, ~1.5 MB of real news the pipeline was not written against). Target: ≥ 1 MB/s for the
 * whole pipeline on one core.
 *
 * Two measurements, each in a fresh process (so no article's names are cached by an earlier pass):
 * - steady: a server that has been running — the JIT is warmed on the gold sets (seed + synthetic, ≥ 3 s),
 *   then the corpus is read once. The devset texts are new to the process.
 * - cold: a process that has just started — one pass over the corpus after reading the 12 seed articles once,
 *   V8's compilation of the pipeline included.
 * Rates are MB per CPU-second of the process (compiler and GC threads included: the throughput of one
 * dedicated core) and MB per wall-clock second (suffers from other load on the machine); `extractOnlyMBps`
 * is the event stage alone (wall clock).
 * Run: npx tsx --conditions=react-server bench/extract.bench.ts   (or npm run bench -- extract, which calls run()).
 * Pinned to one core: taskset -c 0 npx tsx --conditions=react-server bench/extract.bench.ts
 * Last numbers: docs/PERFORMANCE.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { devsets } from './devsets';
import { MemoryGazetteer, readGazetteerData } from '../lib/gazetteer';
import { geocode } from '../lib/geocode';
import { extractEvents } from '../lib/extract';

const DEVSETS = devsets('lgl.json', 'geovirus.json');
const SEED = path.join(process.cwd(), 'tests/fixtures/gold/seed.json');
const SYNTHETIC = path.join(process.cwd(), 'tests/fixtures/gold/synthetic.json');
const MIN_SEED_BYTES = 2 * 1024 * 1024;
const WARM_MS = 3000;

interface Doc { text: string; published: string | null }
type Mode = 'steady' | 'cold';

function read(file: string): Doc[] {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { articles: { text: string; published?: string | null }[] };
  return doc.articles.map((a) => ({ text: a.text, published: a.published ?? null }));
}

function corpus(): { docs: Doc[]; label: string } {
  const once = read(SEED);
  const seedBytes = once.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const times = Math.ceil(MIN_SEED_BYTES / seedBytes);
  const docs: Doc[] = [];
  for (let i = 0; i < times; i++) docs.push(...once);
  const devFiles = DEVSETS.filter((f) => fs.existsSync(f));
  docs.push(...devFiles.flatMap(read));
  return { docs, label: [`seed.json ×${times}`, ...devFiles.map((f) => path.basename(f))].join(' + ') };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** One measurement in this process. */
function measure(mode: Mode): Record<string, number | string> {
  const gazetteer = new MemoryGazetteer(readGazetteerData(path.join(process.cwd(), 'data', 'gazetteer')));
  const pipeline = (d: Doc, id: string) => extractEvents({ articleId: id, text: d.text, published: d.published, mentions: geocode(d.text, { gazetteer }) });
  let warmPasses = 0;
  if (mode === 'steady') {
    const gold = [...read(SEED), ...read(SYNTHETIC)];
    const t0 = performance.now();
    while (performance.now() - t0 < WARM_MS) {
      for (const d of gold) pipeline(d, 'warm');
      warmPasses++;
    }
  } else {
    for (const d of read(SEED)) pipeline(d, 'warm');
    warmPasses = 1;
  }
  const { docs, label } = corpus();
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
  const mb = bytes / (1024 * 1024);
  return {
    corpus: label,
    articles: docs.length,
    megabytes: round(mb),
    warmPasses,
    MBpsCpu: round(mb / ((cpu.user + cpu.system) / 1e6)),
    MBps: round(mb / ((geocodeMs + extractMs) / 1000)),
    extractOnlyMBps: round(mb / (extractMs / 1000)),
    geocodeMs: Math.round(geocodeMs),
    extractMs: Math.round(extractMs),
    events,
    heapMB: Math.round(process.memoryUsage().heapUsed / (1024 * 1024)),
  };
}

/** The same measurement in a fresh child process (same Node flags and loader). */
function inChild(mode: Mode): Record<string, number | string> {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, `--${mode}`], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${mode} run failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(r.stdout) as Record<string, number | string>;
}

export async function run(): Promise<Record<string, number | string>> {
  const steady = inChild('steady');
  const cold = inChild('cold');
  return {
    corpus: steady.corpus!,
    articles: steady.articles!,
    megabytes: steady.megabytes!,
    events: steady.events!,
    /** a warmed-up process, per CPU-second (one dedicated core): the figure the target is checked against */
    extractMBpsCpu: steady.MBpsCpu!,
    extractMBps: steady.MBps!,
    extractOnlyMBps: steady.extractOnlyMBps!,
    geocodeMs: steady.geocodeMs!,
    extractMs: steady.extractMs!,
    warmPasses: steady.warmPasses!,
    /** a process that has just started (V8 compiling the pipeline while it runs) */
    coldMBpsCpu: cold.MBpsCpu!,
    coldMBps: cold.MBps!,
    heapMB: steady.heapMB!,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const mode = process.argv.includes('--cold') ? 'cold' : process.argv.includes('--steady') ? 'steady' : null;
  const out = mode ? Promise.resolve(measure(mode)) : run();
  out.then((r) => process.stdout.write(JSON.stringify(r, null, mode ? 0 : 2) + '\n'), (e: unknown) => {
    process.stderr.write(`extract bench: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
