import Module from 'node:module';
const req = Module.createRequire(__filename);
const id = req.resolve('server-only');
const m = new Module(id); m.filename = id; m.loaded = true; m.exports = {}; req.cache[id] = m;
import { prng } from '../tests/lib/store/synthetic';
import type { EventQuery } from '../lib/schemas';
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
async function main() {
  const { PostgisStore } = await import('../lib/store/postgis');
  const pg = await PostgisStore.open(process.env.URL!);
  if (process.env.PREP) { const t=performance.now(); await pg.pool.query(process.env.PREP); console.log('prep', (performance.now()-t)/1000); }
  const plans = (process.env.PLANS ?? 'grid').split(',') as ('grid'|'set')[];
  for (const limit of [100, 500, 1000]) {
    for (const plan of plans) {
      const rand = prng(7);
      const viewport = (): EventQuery => { const w = 0.25 + rand() * 1.75; const h = 0.25 + rand() * 1.75; const west = 35 + rand() * (7 - w); const south = 32 + rand() * (5 - h); return { bbox: [west, south, west + w, south + h], limit } as EventQuery; };
      for (let i = 0; i < 30; i++) await pg.queryEventsWithPlan(viewport(), plan);
      const wall: number[] = [];
      const n = Number(process.env.NQ ?? 300);
      for (let i = 0; i < n; i++) { const q = viewport(); const t = performance.now(); await pg.queryEventsWithPlan(q, plan); wall.push(performance.now() - t); }
      console.log(limit, plan, 'p50', pct(wall, 50)!.toFixed(1), 'p99', pct(wall, 99)!.toFixed(1));
    }
  }
  await pg.close();
}
main();
