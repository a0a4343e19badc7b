/**
 * The extraction stage alone, warm: extractEvents() over the seed gold articles and the LGL devset texts with their
 * mentions computed beforehand, three passes in one process, the third reported (MB per CPU-second and wall-clock).
 * Run: taskset -c 0 npx tsx --conditions=react-server bench/extract-stage.ts [--profile-only]
 * Last numbers: docs/PERFORMANCE.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { devsets } from './devsets';
import { MemoryGazetteer, readGazetteerData } from '../lib/gazetteer';
import { geocode } from '../lib/geocode';
import { extractEvents } from '../lib/extract';

const files = [path.join(process.cwd(), 'tests/fixtures/gold/seed.json'), ...devsets('lgl.json')].filter((f) => fs.existsSync(f));
const gazetteer = new MemoryGazetteer(readGazetteerData(path.join(process.cwd(), 'data', 'gazetteer')));
const docs = files.flatMap((f) => (JSON.parse(fs.readFileSync(f, 'utf8')) as { articles: { text: string; published?: string | null }[] }).articles)
  .map((a, i) => ({ id: `a${i}`, text: a.text, published: a.published ?? null, mentions: geocode(a.text, { gazetteer }) }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
let events = 0;
for (let pass = 1; pass <= 3; pass++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  events = 0;
  for (const d of docs) events += extractEvents({ articleId: d.id, text: d.text, published: d.published, mentions: d.mentions }).length;
  const s = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(cpu0);
  const cpu = (c.user + c.system) / 1e6;
  if (pass === 3) {
    console.log(JSON.stringify({ corpus: files.map((f) => path.basename(f)).join(' + '), megabytes: +(bytes / 1e6).toFixed(2), events,
      extractMBps: +(bytes / 1e6 / s).toFixed(2), extractMBpsCpu: +(bytes / 1e6 / cpu).toFixed(2) }));
  }
}
