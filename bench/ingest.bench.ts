/**
 * Ingest throughput through our write path vs raw better-sqlite3 (issue 14: ingest ≥ 0.5× raw batched inserts).
 * Corpus: data/articles read once by lib/pipeline processArticle (the reader's real output), replicated to
 * BENCH_INGEST_DOCS documents (default 1,200, about 2 minutes at load 19; 600 for a quick run) with fresh ids
 * and titles so each is a new insert.
 * Measures, each on a fresh SQLite file migrated by our migrations (WAL, synchronous=NORMAL: the store's pragmas):
 *  - `store.putArticle(doc)` one by one: what POST /api/articles does after reading (one transaction per article,
 *    zod validation, content hash, row building, FTS5 + R*Tree triggers);
 *  - `store.putArticles(batch)`: the same path, one transaction per BATCH (default 200) documents;
 *  - raw: the same rows, precomputed outside the timing (rows.ts eventRow / articleColumns, the registry
 *    entries, the hash), written with prepared INSERTs into the same tables, one transaction per batch;
 *  - raw again with one transaction per article (what a transaction per POST costs without our layer);
 *  - ratios of wall time and of CPU time (this process's; less moved by other jobs on a shared host);
 *  - extraction separately: processArticle docs/s in-process, and through a worker pool (lib/pipeline/pool.ts) of
 *    ATLAS_WORKERS threads, with the pool's warm-up (gazetteer load per worker) and heap per worker.
 * Run: npm run bench -- ingest (BENCH_INGEST_DOCS=600 for a quick run). Numbers: docs/PERFORMANCE.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StoredArticle } from '../lib/schemas';
import { allowServerOnly } from '../scripts/server-context';
import { rawDocs, rawWriter, timed } from './raw-writer';


const r2 = (x: number) => Math.round(x * 100) / 100;
const log = (msg: string) => process.stderr.write(`[ingest.bench] ${msg}\n`);

/** doc i of the corpus: the reader's output for one bundled article, under a fresh id and title */
function replicate(base: StoredArticle[], n: number): StoredArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const doc = base[i % base.length]!;
    const id = `${doc.article.id}-b${i}`;
    return {
      ...doc,
      article: { ...doc.article, id, title: `${doc.article.title} (${i})` },
      events: doc.events.map((e) => ({ ...e, id: `${id}-${e.id}`, articleId: id })),
    };
  });
}

/** the rows of one document, built beforehand for the raw writer */
export async function run(): Promise<Record<string, number | string>> {
  allowServerOnly();
  const [{ SqliteStore }, { loadArticles }, { processArticle, PipelinePool, poolOptionsFromEnv }] = await Promise.all([
    import('../lib/store/sqlite'),
    import('../lib/corpus'),
    import('../lib/pipeline'),
  ]);
  const n = Number(process.env.BENCH_INGEST_DOCS ?? 1200);
  const batch = Number(process.env.BENCH_INGEST_BATCH ?? 200);
  const out: Record<string, number | string> = {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-ingest-bench-'));
  try {
    // extraction, separately
    const articles = loadArticles();
    processArticle(articles[0]!); // the gazetteer loads outside the timing
    let t = performance.now();
    const base = articles.map((a) => processArticle(a));
    const extractSec = (performance.now() - t) / 1000;
    out.extractDocsPerSec = r2(base.length / extractSec);
    out.corpus = `${base.length} data/articles (${Math.round(base.reduce((s, d) => s + d.article.body.length, 0) / base.length)} chars, ${r2(base.reduce((s, d) => s + d.events.length, 0) / base.length)} events, ${r2(base.reduce((s, d) => s + d.mentions.length, 0) / base.length)} mentions per article) × ${Math.ceil(n / base.length)} → ${n} docs`;

    const opts = poolOptionsFromEnv();
    const pool = new PipelinePool({ ...opts, size: Math.max(1, opts.size), queueMax: 10_000 });
    t = performance.now();
    await pool.run({ kind: 'read', article: articles[0]!, overlay: [] }); // warm-up: every worker loads the gazetteer
    out.poolFirstJobMs = Math.round(performance.now() - t);
    const rounds = 3;
    t = performance.now();
    await Promise.all(Array.from({ length: rounds }, () => articles.map((a) => pool.run({ kind: 'read', article: a, overlay: [] }))).flat());
    out.poolExtractDocsPerSec = r2((rounds * articles.length) / ((performance.now() - t) / 1000));
    const st = pool.stats();
    out.poolWorkers = st.size;
    out.poolWorkerLoadMs = st.warmups.map((w) => w.loadMs).join(' / ');
    out.poolWorkerHeapMB = st.warmups.map((w) => w.heapMB).join(' / ');
    await pool.close();

    const docs = replicate(base, n);

    // 1. our write path, one article per transaction (POST /api/articles)
    const s1 = await SqliteStore.open(path.join(dir, 'one.db'));
    const one = await timed(async () => {
      for (const d of docs) await s1.putArticle(d);
    });
    await s1.close();
    out.storePutArticleDocsPerSec = Math.round(n / one.wall);

    // 2. our write path, one transaction per batch
    const s2 = await SqliteStore.open(path.join(dir, 'batch.db'));
    const many = await timed(async () => {
      for (let i = 0; i < n; i += batch) await s2.putArticles(docs.slice(i, i + batch));
    });
    const storeEvents = s2.db.prepare('SELECT count(*) FROM events').pluck().get() as number;
    await s2.close();
    out.storePutArticlesDocsPerSec = Math.round(n / many.wall);

    // 3. raw better-sqlite3: the same rows, precomputed, prepared INSERTs, one transaction per batch
    const s3 = await SqliteStore.open(path.join(dir, 'raw.db')); // our migrations and pragmas
    const db = s3.db;
    const prepared = await rawDocs(docs);
    const writeBatch = rawWriter(db);
    const raw = await timed(() => {
      for (let i = 0; i < n; i += batch) writeBatch.immediate(prepared.slice(i, i + batch));
    });
    const rawEvents = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
    await s3.close();
    // 4. raw, one transaction per article: what a transaction per POST costs without our layer
    const s4 = await SqliteStore.open(path.join(dir, 'raw-one.db'));
    const writeOne = rawWriter(s4.db);
    const rawOne = await timed(() => {
      for (const p of prepared) writeOne.immediate([p]);
    });
    await s4.close();
    out.rawPerArticleDocsPerSec = Math.round(n / rawOne.wall);
    if (rawEvents !== storeEvents) throw new Error(`raw wrote ${rawEvents} events, the store ${storeEvents}: not the same rows`);
    out.rawBatchedDocsPerSec = Math.round(n / raw.wall);
    out.eventsWritten = rawEvents;
    out.batch = batch;
    out.ratioPutArticlesVsRaw = r2(raw.wall / many.wall);
    out.ratioPutArticleVsRaw = r2(raw.wall / one.wall);
    out.cpuRatioPutArticlesVsRaw = r2(raw.cpu / many.cpu);
    out.cpuRatioPutArticleVsRaw = r2(raw.cpu / one.cpu);
    out.ratioPutArticleVsRawPerArticle = r2(rawOne.wall / one.wall);
    out.loadAverage1m = r2(os.loadavg()[0] ?? NaN);
    log(JSON.stringify(out));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  run().then(
    (r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
    (err) => {
      process.stderr.write(`ingest.bench: ${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
