/**
 * Crash-safety proof for the SQLite store: kill -9 an ingest part-way, check consistency, finish, check again.
 * Corpus: N synthetic articles (templates + PRNG, ~5 events and ~4 mentions each, tests/lib/store/synthetic.ts),
 * written as pre-processed .jsonl (mode "docs", the store alone) or as one .txt per article (mode "text",
 * full pipeline). Steps: start `scripts/ingest.ts` as a child against a temp DB → poll the DB read-only →
 * SIGKILL once `killAt` of the articles are in → check integrity_check, foreign keys, no orphans,
 * event_count/mention_count equal the rows present, R*Tree and FTS in step → re-run the ingest to completion →
 * exactly N articles, no duplicates, same checks. Prints a JSON summary; exit 1 on any failure.
 * Usage: npx tsx --conditions=react-server bench/crash-safety.ts [--articles 1000] [--kill-at 0.4] [--mode docs|text]
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { syntheticDocs } from '../tests/lib/store/synthetic';

const ROOT = path.resolve(__dirname, '..');

export interface CrashSafetyOptions {
  articles?: number;
  killAt?: number;
  mode?: 'docs' | 'text';
  seed?: number;
}

export interface CrashSafetyResult {
  ok: boolean;
  failures: string[];
  articles: number;
  mode: string;
  killedAtArticles: number;
  killedAfterMs: number;
  afterKill: Record<string, number | string>;
  rerun: { created: number; existing: number; rejected: number };
  final: Record<string, number | string>;
  totalMs: number;
}

function ingestArgs(files: string[]): string[] {
  return ['--import', 'tsx', path.join(ROOT, 'scripts/ingest.ts'), ...files, '--json'];
}

/** Consistency of a (possibly crashed) store file: counts plus a list of problems. */
export function checkConsistency(file: string): { counts: Record<string, number | string>; problems: string[] } {
  const db = new Database(file);
  try {
    const one = (sql: string) => db.prepare(sql).pluck().get() as number | string;
    const counts = {
      integrity: one('PRAGMA integrity_check'),
      articles: one('SELECT count(*) FROM articles'),
      events: one('SELECT count(*) FROM events'),
      mentions: one('SELECT count(*) FROM mentions'),
      eventActors: one('SELECT count(*) FROM event_actors'),
      badEventCounts: one('SELECT count(*) FROM articles a WHERE event_count != (SELECT count(*) FROM events e WHERE e.article_id = a.id)'),
      badMentionCounts: one('SELECT count(*) FROM articles a WHERE mention_count != (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)'),
      orphanEvents: one('SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)'),
      orphanMentions: one('SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)'),
      orphanActors: one('SELECT count(*) FROM event_actors WHERE event_rid NOT IN (SELECT rid FROM events)'),
      rtreeMismatch: one('SELECT (SELECT count(*) FROM events_rtree) - (SELECT count(*) FROM events WHERE lat IS NOT NULL)'),
      duplicateHashes: one('SELECT count(*) - count(DISTINCT hash) FROM articles'),
      foreignKeyProblems: (db.pragma('foreign_key_check') as unknown[]).length,
    };
    const problems: string[] = [];
    if (counts.integrity !== 'ok') problems.push(`integrity_check: ${counts.integrity}`);
    for (const [k, v] of Object.entries(counts)) if (k !== 'integrity' && !['articles', 'events', 'mentions', 'eventActors'].includes(k) && v !== 0) problems.push(`${k} = ${v}`);
    try {
      db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')");
    } catch (err) {
      problems.push(`fts integrity-check: ${(err as Error).message}`);
    }
    return { counts, problems };
  } finally {
    db.close();
  }
}

function countArticles(file: string): number {
  if (!fs.existsSync(file)) return 0;
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  } catch {
    return 0; // not migrated yet
  } finally {
    db?.close();
  }
}

export async function runCrashSafety(opts: CrashSafetyOptions = {}): Promise<CrashSafetyResult> {
  const n = opts.articles ?? 1000;
  const killAt = opts.killAt ?? 0.4;
  const mode = opts.mode ?? 'docs';
  const t0 = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-crash-'));
  const dbFile = path.join(dir, 'atlas.db');
  const env = { ...process.env, DATABASE_URL: `sqlite:${dbFile}`, ATLAS_SEED: '0' };
  const failures: string[] = [];
  try {
    const docs = syntheticDocs(n, { seed: opts.seed ?? 2026, eventsPerArticle: 5, places: 200 });
    let files: string[];
    if (mode === 'docs') {
      files = [path.join(dir, 'docs.jsonl')];
      fs.writeFileSync(files[0]!, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    } else {
      fs.mkdirSync(path.join(dir, 'txt'));
      files = docs.map((d, i) => {
        const f = path.join(dir, 'txt', `${i}.txt`);
        fs.writeFileSync(f, `${d.article.title}\n\n${d.article.body}\n`);
        return f;
      });
    }

    const child = spawn(process.execPath, ingestArgs(files), { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let done = false;
    void exited.then(() => (done = true));
    const start = performance.now();
    let seen = 0;
    while (!done) {
      seen = countArticles(dbFile);
      if (seen >= n * killAt) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    const code = await exited;
    const killedAfterMs = Math.round(performance.now() - start);
    if (code === 0) failures.push(`ingest finished (${seen} articles seen) before it could be killed: use more articles`);
    else if (child.signalCode !== 'SIGKILL') failures.push(`ingest failed by itself (exit ${code}): ${stderr.trim()}`);

    const afterKill = checkConsistency(dbFile);
    failures.push(...afterKill.problems.map((p) => `after kill: ${p}`));
    if (!(Number(afterKill.counts.articles) > 0 && Number(afterKill.counts.articles) < n)) {
      failures.push(`after kill: expected a part-way store, found ${afterKill.counts.articles} of ${n} articles`);
    }

    const rerun = spawnSync(process.execPath, ingestArgs(files), { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    let summary = { created: -1, existing: -1, rejected: [] as unknown[] };
    if (rerun.status !== 0) failures.push(`re-run failed (exit ${rerun.status}): ${rerun.stderr.trim()}`);
    else summary = JSON.parse(rerun.stdout.trim().split('\n').pop()!);
    const final = checkConsistency(dbFile);
    failures.push(...final.problems.map((p) => `final: ${p}`));
    if (final.counts.articles !== n) failures.push(`final: ${final.counts.articles} articles, expected exactly ${n}`);
    if (summary.existing !== afterKill.counts.articles) failures.push(`re-run saw ${summary.existing} existing, expected ${afterKill.counts.articles}`);
    if (summary.created + summary.existing !== n) failures.push(`re-run: ${summary.created} new + ${summary.existing} existing != ${n}`);
    if (mode === 'docs') {
      const expectedEvents = docs.reduce((s, d) => s + d.events.length, 0);
      if (final.counts.events !== expectedEvents) failures.push(`final: ${final.counts.events} events, expected ${expectedEvents}`);
    }
    return {
      ok: failures.length === 0,
      failures,
      articles: n,
      mode,
      killedAtArticles: Number(afterKill.counts.articles),
      killedAfterMs,
      afterKill: afterKill.counts,
      rerun: { created: summary.created, existing: summary.existing, rejected: summary.rejected.length },
      final: final.counts,
      totalMs: Math.round(performance.now() - t0),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runCrashSafety({
    articles: Number(arg('--articles') ?? 1000),
    killAt: Number(arg('--kill-at') ?? 0.4),
    mode: arg('--mode') === 'text' ? 'text' : 'docs',
  }).then(
    (r) => {
      process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      process.exit(r.ok ? 0 : 1);
    },
    (err) => {
      process.stderr.write(`crash-safety: ${(err as Error).stack ?? err}\n`);
      process.exit(1);
    },
  );
}
