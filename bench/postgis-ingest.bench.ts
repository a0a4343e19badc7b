/**
 * PostGIS ingest with cross-article resolution (issue 15): what a write costs now that every transaction resolves
 * its reports (lib/store/postgis-resolution.ts). Corpus: deterministic synthetic StoredArticles (5 events each)
 * spread over 500 places (few merges) and over 40 places (many candidates per report). Measures, against a
 * throwaway cluster: putArticle articles/s (one transaction per article, the ingest path) and putArticles events/s
 * (400 articles per transaction, bulk imports), plus the reports stored and the events served.
 * Run: npm run bench -- postgis-ingest (BENCH_PG_ARTICLES=200,2000 for a quick run: one-by-one, bulk).
 * Skipped (with the reason) without PostgreSQL + PostGIS. To compare with the store before resolution, run the
 * same file in a checkout of commit 7ef4e2d (numbers: docs/PERFORMANCE.md "Issue 15: PostGIS ingest").
 */
import type { StoredArticle } from '../lib/store/types';
import { syntheticDocs } from '../tests/lib/store/synthetic';
import { pgUnavailableReason, startPgCluster } from '../tests/lib/store/pg-cluster';
import { allowServerOnly } from '../scripts/server-context';

/** the bulk copy of a doc under other ids (so the bulk part inserts, not re-finds) */
const renamed = (d: StoredArticle): StoredArticle => ({
  ...d,
  article: { ...d.article, id: `b-${d.article.id}`, title: `b ${d.article.title}` },
  events: d.events.map((e) => ({ ...e, id: `b-${e.id}`, articleId: `b-${d.article.id}` })),
});

export async function run(): Promise<Record<string, number | string>> {
  allowServerOnly();
  const reason = pgUnavailableReason();
  if (reason) return { postgis: `skipped: ${reason}` };
  const [one, bulk] = (process.env.BENCH_PG_ARTICLES ?? '500,4000').split(',').map(Number) as [number, number];
  const { PostgisStore } = await import('../lib/store/postgis');
  const cluster = await startPgCluster('atlas_ingest_bench');
  const out: Record<string, number | string> = {};
  try {
    for (const places of [500, 40]) {
      const s = await PostgisStore.open(cluster.url);
      await s.pool.query('TRUNCATE meta, articles CASCADE');
      const docs = syntheticDocs(one, { seed: 3, eventsPerArticle: 5, places });
      let t = performance.now();
      for (const d of docs) await s.putArticle(d);
      out[`putArticle_p${places}_articlesPerSec`] = Math.round(docs.length / ((performance.now() - t) / 1000));
      const many = syntheticDocs(bulk, { seed: 4, eventsPerArticle: 5, places }).map(renamed);
      t = performance.now();
      for (let i = 0; i < many.length; i += 400) await s.putArticles(many.slice(i, i + 400));
      out[`putArticles_p${places}_eventsPerSec`] = Math.round((many.length * 5) / ((performance.now() - t) / 1000));
      out[`reports_p${places}`] = (await s.pool.query('SELECT count(*)::int AS n FROM events')).rows[0].n;
      out[`served_p${places}`] = (await s.queryPoints({ includeBackground: true })).length;
      await s.close();
    }
  } finally {
    await cluster.stop();
  }
  return out;
}
