/**
 * The geoparser's cost against the number of place names in one text: geocode() over texts of 1,000, 10,000 and
 * 50,000 names (bench/geocode-scale.ts: varied names drawn from the gazetteer with repeats, and fifteen names
 * repeated), and extractEvents() over the same texts with the mentions computed beforehand. Cost must grow
 * near-linearly. Target (issue 12): 10,000 names ≤ 2 s and 50,000 ≤ 10 s for geocode() on one core.
 * Each size is run once after a warm-up pass over the 1,000-name text (wall clock and process CPU time).
 * Run: npx tsx --conditions=react-server bench/geocode-scale.bench.ts [sizes…]   (or npm run bench -- geocode-scale).
 * Pinned to one core: taskset -c 0 npx tsx --conditions=react-server bench/geocode-scale.bench.ts
 * Last numbers: docs/PERFORMANCE.md.
 */
import path from 'node:path';
import { MemoryGazetteer, readGazetteerData } from '../lib/gazetteer';
import { geocode } from '../lib/geocode';
import { extractEvents } from '../lib/extract';
import { namesText, repeatedNames, variedNames } from './geocode-scale';

const SIZES = [1_000, 10_000, 50_000];

function timed<T>(f: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

export async function run(sizes: readonly number[] = SIZES): Promise<Record<string, number | string>> {
  const gazetteer = new MemoryGazetteer(readGazetteerData(path.join(process.cwd(), 'data', 'gazetteer')));
  const warm = namesText(variedNames(gazetteer, 1_000));
  extractEvents({ articleId: 'w', text: warm, published: null, mentions: geocode(warm, { gazetteer }) });
  const out: Record<string, number | string> = {};
  for (const n of sizes) {
    for (const [label, names] of [['varied', variedNames(gazetteer, n)], ['repeated', repeatedNames(n)]] as const) {
      const text = namesText(names);
      const g = timed(() => geocode(text, { gazetteer }));
      const x = timed(() => extractEvents({ articleId: 'a', text, published: null, mentions: g.value }));
      const row = `${label}${n}`;
      out[`${row}GeocodeMs`] = g.ms;
      out[`${row}GeocodeCpuMs`] = g.cpuMs;
      out[`${row}NamesPerSec`] = Math.round(n / (g.ms / 1000));
      out[`${row}Mentions`] = g.value.length;
      out[`${row}ExtractMs`] = x.ms;
      out[`${row}ExtractCpuMs`] = x.cpuMs;
      out[`${row}Events`] = x.value.length;
      console.error(`${label} ${n} names (${(text.length / 1e6).toFixed(2)} MB): geocode ${g.ms} ms (cpu ${g.cpuMs}), ${out[`${row}NamesPerSec`]} names/s, ${g.value.length} mentions; extract ${x.ms} ms (cpu ${x.cpuMs}), ${x.value.length} events`);
    }
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  run(sizes.length > 0 ? sizes : SIZES).then((r) => console.log(r));
}
