/**
 * Store benchmark. Corpus: deterministic synthetic StoredArticles (tests/lib/store/synthetic.ts), places spread
 * over a 7°×5° region (5% worldwide). Measures, on a temp file:
 *  - SQLite ingest articles/s through putArticle, one transaction per article (5 events, ~4 mentions each);
 *  - full pipeline + store articles/s (data/articles run through lib/pipeline processArticle, then putArticle);
 *  - bbox query latency at BENCH_EVENTS events (default 1,000,000) on SQLite and, when PostgreSQL + PostGIS
 *    are installed (or TEST_DATABASE_URL is set), on PostGIS: 300 random viewports of 0.25°–2° and a whole-region
 *    view, each at limit 100, 500 and 1000; wall and CPU time. Bulk load: 2,000 articles (20,000 events) per
 *    transaction; PostGIS builds its trigram index after the load, then CLUSTERs events on events_cell and
 *    runs VACUUM ANALYZE.
 * Run: npx tsx --conditions=react-server bench/store.bench.ts (BENCH_EVENTS=100000 for a quick run,
 * BENCH_ONLY=postgis or sqlite for one backend). Last numbers: docs/STORE.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventQuery } from '../lib/schemas';
import type { EventStore, StoredArticle } from '../lib/store/types';
import { prng, syntheticDoc, syntheticDocs, syntheticPlaces } from '../tests/lib/store/synthetic';
import { pgUnavailableReason, startPgCluster } from '../tests/lib/store/pg-cluster';
import { allowServerOnly } from '../scripts/server-context';


const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const r2 = (x: number) => Math.round(x * 100) / 100;
const log = (msg: string) => process.stderr.write(`[store.bench] ${msg}\n`);

/** result sizes measured: a map view asks for at most this many events */
const LIMITS = [100, 500, 1000];

type BulkStore = EventStore & { putArticles(docs: StoredArticle[]): Promise<unknown> };

async function bulkLoad(store: BulkStore, events: number): Promise<number> {
  const rand = prng(99);
  const places = syntheticPlaces(5000, rand);
  const perArticle = 10;
  const articles = Math.ceil(events / perArticle);
  const t0 = performance.now();
  for (let i = 0; i < articles; i += 2000) {
    const chunk = Array.from({ length: Math.min(2000, articles - i) }, (_, k) => syntheticDoc(i + k, rand, places, perArticle, 'bulk'));
    await store.putArticles(chunk);
    if ((i / 2000) % 50 === 49) log(`${store.kind}: ${(i + chunk.length) * perArticle} events loaded`);
  }
  return (performance.now() - t0) / 1000;
}

/** Wall and CPU time per query (CPU time is what the query costs; wall time also counts waiting for a core). */
async function bboxLatency(store: EventStore, limit: number): Promise<Record<string, number>> {
  const rand = prng(7);
  const viewport = (): EventQuery => {
    const w = 0.25 + rand() * 1.75;
    const h = 0.25 + rand() * 1.75;
    const west = 35 + rand() * (7 - w);
    const south = 32 + rand() * (5 - h);
    return { bbox: [west, south, west + w, south + h], limit };
  };
  const timed = async (q: EventQuery) => {
    const c = process.cpuUsage();
    const t = performance.now();
    const n = (await store.queryEvents(q)).length;
    const cu = process.cpuUsage(c);
    return { wall: performance.now() - t, cpu: (cu.user + cu.system) / 1000, n };
  };
  for (let i = 0; i < 30; i++) await store.queryEvents(viewport()); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  let rows = 0;
  for (let i = 0; i < 300; i++) {
    const r = await timed(viewport());
    wall.push(r.wall);
    cpu.push(r.cpu);
    rows += r.n;
  }
  const wide: number[] = [];
  for (let i = 0; i < 30; i++) wide.push((await timed({ bbox: [35, 32, 42, 37], limit })).wall);
  return {
    p50: r2(pct(wall, 50)),
    p99: r2(pct(wall, 99)),
    cpuP50: r2(pct(cpu, 50)),
    cpuP99: r2(pct(cpu, 99)),
    avgRows: Math.round(rows / 300),
    wideP50: r2(pct(wide, 50)),
    wideP99: r2(pct(wide, 99)),
  };
}

export async function run(): Promise<Record<string, number | string>> {
  allowServerOnly();
  const { SqliteStore } = await import('../lib/store/sqlite');
  const out: Record<string, number | string> = {};
  const events = Number(process.env.BENCH_EVENTS ?? 1_000_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-store-bench-'));
  try {
    // BENCH_ONLY=postgis (or sqlite) runs only that backend's bbox part
    const only = process.env.BENCH_ONLY;
    if (only !== 'postgis') await sqliteParts(SqliteStore, dir, events, out);
    if (only !== 'sqlite') await postgisPart(events, out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

async function sqliteParts(
  SqliteStore: typeof import('../lib/store/sqlite').SqliteStore,
  dir: string,
  events: number,
  out: Record<string, number | string>,
): Promise<void> {
  {
    // 1. ingest through the store only
    const docs = syntheticDocs(2000, { seed: 3, eventsPerArticle: 5, places: 500 });
    const s1 = await SqliteStore.open(path.join(dir, 'ingest.db'));
    let t = performance.now();
    for (const d of docs) await s1.putArticle(d);
    out.sqliteIngestArticlesPerSec = Math.round(docs.length / ((performance.now() - t) / 1000));
    t = performance.now();
    for (const d of docs) await s1.putArticle(d);
    out.sqliteReingestExistingPerSec = Math.round(docs.length / ((performance.now() - t) / 1000));
    await s1.close();

    // 2. full pipeline + store on data/articles
    try {
      const [{ loadArticles }, { processArticle }] = await Promise.all([import('../lib/corpus'), import('../lib/pipeline')]);
      const articles = loadArticles();
      processArticle(articles[0]!); // load the gazetteer outside the timing
      const s2 = await SqliteStore.open(path.join(dir, 'pipeline.db'));
      const rounds = 5;
      t = performance.now();
      for (let r = 0; r < rounds; r++) {
        for (const a of articles) {
          const doc = processArticle(a);
          // fresh content each round so every put is a real insert
          const id = `${a.id}-r${r}`;
          await s2.putArticle({ ...doc, article: { ...doc.article, id, title: `${doc.article.title} (${r})` }, events: doc.events.map((e) => ({ ...e, id: `${id}-${e.id}`, articleId: id })) });
        }
      }
      out.pipelinePlusStoreArticlesPerSec = r2((rounds * articles.length) / ((performance.now() - t) / 1000));
      out.pipelineCorpus = `${articles.length} data/articles × ${rounds}`;
      await s2.close();
    } catch (err) {
      out.pipelinePlusStoreArticlesPerSec = `not measured: ${(err as Error).message.split('\n')[0]}`;
    }

    // 3. bbox at scale on SQLite
    const s3 = await SqliteStore.open(path.join(dir, 'bbox.db'));
    out.sqliteBulkLoadSec = r2(await bulkLoad(s3, events));
    out.sqliteEvents = s3.db.prepare('SELECT count(*) FROM events').pluck().get() as number;
    out.sqliteDbMB = Math.round(fs.statSync(path.join(dir, 'bbox.db')).size / 1e6);
    out.loadAverage1m = r2(os.loadavg()[0] ?? NaN);
    for (const limit of LIMITS) {
      const sq = await bboxLatency(s3, limit);
      for (const [k, v] of Object.entries(sq)) out[`sqliteBbox${limit}_${k}Ms`.replace('avgRowsMs', 'avgRows')] = v;
    }
    await s3.close();
    fs.rmSync(path.join(dir, 'bbox.db'), { force: true });

  }
}

/** 4. the bbox part on PostGIS, against a throwaway cluster */
async function postgisPart(events: number, out: Record<string, number | string>): Promise<void> {
  {
    const reason = pgUnavailableReason();
    if (reason) out.postgis = `skipped: ${reason}`;
    else {
      const { PostgisStore } = await import('../lib/store/postgis');
      const cluster = await startPgCluster('atlas_bench');
      try {
        const pg = await PostgisStore.open(cluster.url);
        await pg.pool.query('TRUNCATE meta, articles CASCADE');
        // bulk-load practice: build the trigram GIN index once after the load instead of row by row
        await pg.pool.query('DROP INDEX events_search');
        out.postgisBulkLoadSec = r2(await bulkLoad(pg, events));
        const ti = performance.now();
        await pg.pool.query('CREATE INDEX events_search ON events USING gin (search gin_trgm_ops)');
        out.postgisIndexBuildSec = r2((performance.now() - ti) / 1000);
        // bulk-load practice: store events cell by cell in result order (the grid plan then reads each page's
        // rows from a few heap pages), then the visibility map for index-only scans and fresh statistics
        const tc = performance.now();
        await pg.pool.query('CLUSTER events USING events_cell');
        await pg.pool.query('VACUUM ANALYZE');
        out.postgisClusterVacuumSec = r2((performance.now() - tc) / 1000);
        out.loadAverage1m = r2(os.loadavg()[0] ?? NaN);
        for (const limit of LIMITS) {
          const pq = await bboxLatency(pg, limit);
          for (const [k, v] of Object.entries(pq)) out[`postgisBbox${limit}_${k}Ms`.replace('avgRowsMs', 'avgRows')] = v;
        }
        await pg.close();
      } finally {
        await cluster.stop();
      }
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  run().then(
    (r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
    (err) => {
      process.stderr.write(`store.bench: ${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
