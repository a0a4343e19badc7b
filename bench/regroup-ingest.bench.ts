/**
 * Ingest throughput when articles retell each other's events (issue 15: "ingest throughput stays ≥ 0.7× today's").
 * bench/ingest.bench.ts replicates the 12 data/articles 100× with the same dates, so every event there becomes one
 * group of up to 100 reports — the worst case of cross-article resolution. Here the replicas come in groups of
 * BENCH_GROUP (default 5: "five outlets tell one strike"): replica i tells its base article's events with every date
 * shifted by 60 days × floor(i / (12 × BENCH_GROUP)), so a happening is told BENCH_GROUP times and never meets another.
 * Measures, on fresh SQLite files (our migrations and pragmas): store.putArticles in batches of 200, store.putArticle
 * one by one, and raw better-sqlite3 batched inserts of the same precomputed rows (as ingest.bench.ts) — docs/s, the
 * ratios, and the group sizes the store ended with. BENCH_INGEST_DOCS (default 1,200; 600 for a quick run).
 * Each rate is given on wall time and on this process's CPU time (`…CpuDocsPerSec`): on a shared 2-core host the
 * CPU rate moves far less with other jobs, so before/after comparisons use it.
 * The same file runs on the code before issue 15 (no resolution columns: group sizes are then not reported).
 * Run: npm run bench -- regroup-ingest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StoredArticle } from '../lib/schemas';
import { allowServerOnly } from '../scripts/server-context';
import { rawDocs, rawWriter, timed } from './raw-writer';

const r2 = (x: number) => Math.round(x * 100) / 100;
const log = (msg: string) => process.stderr.write(`[regroup-ingest.bench] ${msg}\n`);
const DAY = 86_400_000;
const shift = (iso: string | null, days: number) => (iso === null ? null : new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10));

function replicate(base: StoredArticle[], n: number, group: number): StoredArticle[] {
  return Array.from({ length: n }, (_, i) => {
    const doc = base[i % base.length]!;
    const id = `${doc.article.id}-g${i}`;
    const days = 60 * Math.floor(i / (base.length * group));
    return {
      ...doc,
      article: { ...doc.article, id, title: `${doc.article.title} (${i})`, published: shift(doc.article.published, days) },
      events: doc.events.map((e) => ({ ...e, id: `${id}-${e.id}`, articleId: id, date: { ...e.date, value: shift(e.date.value, days) } })),
    };
  });
}

export async function run(): Promise<Record<string, number | string>> {
  allowServerOnly();
  const [{ SqliteStore }, { loadArticles }, { processArticle }] = await Promise.all([
    import('../lib/store/sqlite'),
    import('../lib/corpus'),
    import('../lib/pipeline'),
  ]);
  const n = Number(process.env.BENCH_INGEST_DOCS ?? 1200);
  const group = Number(process.env.BENCH_GROUP ?? 5);
  const batch = 200;
  const out: Record<string, number | string> = {};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-regroup-ingest-'));
  try {
    const base = loadArticles().map((a) => processArticle(a));
    const docs = replicate(base, n, group);
    out.corpus = `${base.length} data/articles × ${Math.ceil(n / base.length)} → ${n} docs, each happening told by ${group}`;

    const s1 = await SqliteStore.open(path.join(dir, 'batch.db'));
    const many = await timed(async () => {
      for (let i = 0; i < n; i += batch) await s1.putArticles(docs.slice(i, i + batch));
    });
    out.storePutArticlesDocsPerSec = Math.round(n / many.wall);
    out.storePutArticlesCpuDocsPerSec = Math.round(n / many.cpu);
    try {
      const sizes = s1.db.prepare('SELECT report_count AS k, count(*) AS n FROM events WHERE is_primary = 1 GROUP BY report_count ORDER BY k').all() as { k: number; n: number }[];
      out.groupSizes = sizes.map((x) => `${x.k}:${x.n}`).join(' ');
    } catch {
      out.groupSizes = 'no resolution columns (before issue 15)';
    }
    await s1.close();

    const s2 = await SqliteStore.open(path.join(dir, 'one.db'));
    const one = await timed(async () => {
      for (const d of docs) await s2.putArticle(d);
    });
    out.storePutArticleDocsPerSec = Math.round(n / one.wall);
    out.storePutArticleCpuDocsPerSec = Math.round(n / one.cpu);
    await s2.close();

    // raw better-sqlite3: the same rows, precomputed, prepared INSERTs, one transaction per batch (as ingest.bench.ts)
    const s3 = await SqliteStore.open(path.join(dir, 'raw.db'));
    const db = s3.db;
    const prepared = await rawDocs(docs);
    const write = rawWriter(db);
    const raw = await timed(() => {
      for (let i = 0; i < n; i += batch) write.immediate(prepared.slice(i, i + batch));
    });
    out.rawBatchedDocsPerSec = Math.round(n / raw.wall);
    out.rawBatchedCpuDocsPerSec = Math.round(n / raw.cpu);
    await s3.close();
    out.ratioPutArticlesVsRaw = r2(out.storePutArticlesDocsPerSec / out.rawBatchedDocsPerSec);
    out.ratioPutArticleVsRaw = r2(out.storePutArticleDocsPerSec / out.rawBatchedDocsPerSec);
    out.loadAverage1m = r2(os.loadavg()[0] ?? NaN);
    log(JSON.stringify(out));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
