/**
 * scripts/ingest.ts end to end (child processes against temp SQLite files), plus a 100-article
 * kill -9 crash-safety run (the 1,000-article version is bench/crash-safety.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runCrashSafety } from '@/bench/crash-safety';

const ROOT = path.resolve(__dirname, '../..');
const FIX = path.join(ROOT, 'tests/fixtures/ingest');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-ingest-test-'));
let n = 0;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function ingest(db: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/ingest.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `sqlite:${db}`, ATLAS_SEED: '0' },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tempDb = () => path.join(dir, `t${++n}.db`);
const rows = (db: string, sql: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all();
  } finally {
    d.close();
  }
};

describe('npm run ingest', () => {
  it('stores pre-processed documents, then reports them as existing on a re-run', () => {
    const db = tempDb();
    const first = ingest(db, [path.join(FIX, 'docs.jsonl')]);
    expect(first).toMatchObject({ code: 0, stdout: '3 new, 0 existing, 0 rejected\n' });
    const again = ingest(db, [path.join(FIX, 'docs.jsonl'), '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ created: 0, existing: 3, rejected: [] });
    expect(rows(db, 'SELECT count(*) AS n FROM events')).toEqual([{ n: 10 }]);
  });

  it('refuses bad files with a clear message, exit 1 and nothing written', () => {
    const db = tempDb();
    const r = ingest(db, [path.join(FIX, 'docs.jsonl'), path.join(FIX, 'binary.txt'), path.join(FIX, 'bad.json'), path.join(dir, 'missing.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/3 bad file\(s\), nothing ingested/);
    expect(r.stderr).toMatch(/binary\.txt looks binary/);
    expect(r.stderr).toMatch(/bad\.json must hold a JSON array/);
    expect(r.stderr).toMatch(/cannot read .*missing\.txt: ENOENT/);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('rejects invalid documents with their reason and stores the rest', () => {
    const db = tempDb();
    const docs = fs.readFileSync(path.join(FIX, 'docs.jsonl'), 'utf8').trim().split('\n');
    const bad = JSON.parse(docs[0]!);
    bad.events[0].type = 'picnic';
    const file = path.join(dir, 'mixed.jsonl');
    fs.writeFileSync(file, [JSON.stringify(bad), docs[1], docs[2]].join('\n'));
    const r = ingest(db, [file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 new, 0 existing, 1 rejected:\n {2}.*mixed\.jsonl:1: invalid stored article: events\.0\.type/);
    expect(rows(db, 'SELECT count(*) AS n FROM articles')).toEqual([{ n: 2 }]);
  });

  it('explains usage errors with exit 2', () => {
    const r = ingest(tempDb(), ['--published', '2024-02-30', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--published needs a date YYYY-MM-DD, got 2024-02-30\nusage: npm run ingest/);
    expect(ingest(tempDb(), []).stderr).toMatch(/no files given/);
  });

  it('runs text articles through the pipeline: a single article (first line = title) and a dump', () => {
    const db = tempDb();
    const r = ingest(db, [path.join(FIX, 'single.txt'), path.join(FIX, 'dump.txt'), '--published', '2024-05-06', '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ created: 3, existing: 0, rejected: [] });
    expect(rows(db, 'SELECT title, published FROM articles ORDER BY title')).toEqual([
      { title: 'Army Shells Northern Villages', published: '2024-05-06' },
      { title: 'Shelling Reported Near The Border', published: '2024-05-06' },
      { title: 'Talks Resume In The Capital', published: '2024-05-06' },
    ]);
    expect(rows(db, 'SELECT count(*) AS n FROM articles WHERE event_count != (SELECT count(*) FROM events e WHERE e.article_id = articles.id)')).toEqual([{ n: 0 }]);
  });

  it('survives kill -9 part-way: consistent store, and a re-run ends with exactly 100 articles', async () => {
    const r = await runCrashSafety({ articles: 100, killAt: 0.3, seed: 5 });
    expect(r.failures).toEqual([]);
    expect(r.killedAtArticles).toBeGreaterThan(0);
    expect(r.killedAtArticles).toBeLessThan(100);
    expect(r.final.articles).toBe(100);
    expect(r.rerun.created + r.rerun.existing).toBe(100);
  }, 60_000);
});
