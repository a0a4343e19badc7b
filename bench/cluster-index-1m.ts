/**
 * The cluster index alone at 1,000,000 events: PointRows from bench/synthetic.ts (no database), then the chunked
 * ClusterIndex build: wall and CPU time, heap before and after. The store's points query is timed by
 * bench/clusters.bench.ts. Run: node --expose-gc --import tsx bench/cluster-index-1m.ts [events] (tsx's
 * --conditions=react-server as for the other benches).
 */
import { syntheticArticles } from './synthetic';
import { pointOfEvent, placeNamer } from '../lib/store/points';
import { ClusterIndex } from '../lib/map/cluster-index';
import type { PointRow } from '../lib/schemas';

async function main() {
  const n = Number(process.argv[2] ?? 1_000_000);
  const name = placeNamer();
  const rows: PointRow[] = [];
  let t = performance.now();
  for await (const d of syntheticArticles({ events: n })) for (const e of d.events) if (!e.background) rows.push(pointOfEvent(e, name));
  const genMs = performance.now() - t;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  t = performance.now();
  const cpu0 = process.cpuUsage();
  const index = await ClusterIndex.build(rows, 0);
  const cpu = process.cpuUsage(cpu0);
  const buildMs = performance.now() - t;
  gc?.();
  const heapMb = Math.round((process.memoryUsage().heapUsed - heap0) / 1048576);
  console.log(JSON.stringify({ rows: rows.length, placed: index.placed, genMs: Math.round(genMs), buildMs: Math.round(buildMs), buildCpuMs: Math.round((cpu.user + cpu.system) / 1000), indexHeapMb: heapMb, rssMb: Math.round(process.memoryUsage().rss / 1048576) }));
}
void main();
