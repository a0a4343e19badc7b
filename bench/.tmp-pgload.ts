import Module from 'node:module';
const req = Module.createRequire(__filename);
const id = req.resolve('server-only');
const m = new Module(id); m.filename = id; m.loaded = true; m.exports = {}; req.cache[id] = m;
import { prng, syntheticDoc, syntheticPlaces } from '../tests/lib/store/synthetic';
async function main() {
  const { PostgisStore } = await import('../lib/store/postgis');
  const pg = await PostgisStore.open(process.env.URL!);
  await pg.pool.query('DROP INDEX IF EXISTS events_search');
  const events = Number(process.env.N ?? 1000000);
  const rand = prng(99);
  const places = syntheticPlaces(5000, rand);
  const perArticle = 10;
  const articles = Math.ceil(events / perArticle);
  const t0 = performance.now();
  for (let i = 0; i < articles; i += 2000) {
    const chunk = Array.from({ length: Math.min(2000, articles - i) }, (_, k) => syntheticDoc(i + k, rand, places, perArticle, 'bulk'));
    await pg.putArticles(chunk);
    if ((i / 2000) % 10 === 9) console.error(`${(i + chunk.length) * perArticle} loaded ${((performance.now()-t0)/1000).toFixed(0)}s`);
  }
  await pg.pool.query('CREATE INDEX events_search ON events USING gin (search gin_trgm_ops)');
  await pg.pool.query('VACUUM ANALYZE');
  console.error('done', (performance.now()-t0)/1000);
  await pg.close();
}
main();
