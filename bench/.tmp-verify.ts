import Module from 'node:module';
const req = Module.createRequire(__filename);
const id = req.resolve('server-only');
const m = new Module(id); m.filename = id; m.loaded = true; m.exports = {}; req.cache[id] = m;
import { prng, TYPES } from '../tests/lib/store/synthetic';
import { EventQuery } from '../lib/schemas';
import { choosePgPlan } from '../lib/store/postgis-query';
async function main() {
  const { PostgisStore } = await import('../lib/store/postgis');
  const pg = await PostgisStore.open(process.env.URL!);
  const dates = (await pg.pool.query("SELECT sort_date FROM events WHERE sort_date <> '' ORDER BY random() LIMIT 50")).rows.map((r) => r.sort_date);
  const rand = prng(11);
  let n = 0, grid = 0, rows = 0;
  for (let i = 0; i < Number(process.env.N ?? 400); i++) {
    const snap = rand() < 0.4; // boxes on cell boundaries (multiples of 0.25°)
    let w = 0.05 + rand() * 2.2, h = 0.05 + rand() * 2.2;
    let west = 34 + rand() * 8, south = 31 + rand() * 6;
    if (snap) { west = Math.round(west * 4) / 4; south = Math.round(south * 4) / 4; w = Math.max(0.25, Math.round(w * 4) / 4); h = Math.max(0.25, Math.round(h * 4) / 4); }
    const p: Record<string, string> = { bbox: `${west},${south},${Math.min(180, west + w)},${Math.min(90, south + h)}`, limit: String([1, 7, 100, 500, 1000][Math.floor(rand() * 5)]) };
    if (rand() < 0.1) p.bbox = `${179.5 + rand() * 0.4},${-10 + rand()},${-179.9 + rand() * 0.4},${rand() * 5}`;
    if (rand() < 0.25) p.types = TYPES[Math.floor(rand() * TYPES.length)]!;
    if (rand() < 0.25) p.from = dates[Math.floor(rand() * dates.length)]!;
    if (rand() < 0.25) p.to = dates[Math.floor(rand() * dates.length)]!;
    if (p.from && p.to && p.from > p.to) [p.from, p.to] = [p.to, p.from];
    if (rand() < 0.3) p.includeBackground = 'true';
    const q = EventQuery.parse(p);
    const a = (await pg.queryEventsWithPlan(q, 'grid')).map((e) => e.id);
    const b = (await pg.queryEventsWithPlan(q, 'set')).map((e) => e.id);
    n++; if (choosePgPlan(q) === 'grid') grid++; rows += a.length;
    if (JSON.stringify(a) !== JSON.stringify(b)) { console.log('MISMATCH', JSON.stringify(p), a.length, b.length); process.exitCode = 1; }
  }
  console.log({ n, grid, avgRows: rows / n });
  await pg.close();
}
main();
