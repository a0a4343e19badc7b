/** scripts/seed.ts (the start-up seeding step of `npm start`) run as a child process on a temp database. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-seed-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function seed(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/seed.ts'], {
    cwd: ROOT,
    env: { ...process.env, ATLAS_SEED: '', ...env },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run seed', () => {
  it('seeds an empty SQLite store once, then says it already was', () => {
    const url = `sqlite:${tmp}/a.db`;
    const first = seed({ DATABASE_URL: url });
    expect(first.code).toBe(0);
    const n = fs.readdirSync(path.join(ROOT, 'data/articles')).filter((f) => f.endsWith('.md')).length;
    expect(first.out).toContain(`seeded ${n} article(s) into ${url}`);
    const again = seed({ DATABASE_URL: url });
    expect(again.out).toContain('already seeded');
  });
  it('upgrades on start the articles an older pipeline version wrote', async () => {
    const file = `${tmp}/old.db`;
    expect(seed({ DATABASE_URL: `sqlite:${file}` }).code).toBe(0);
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file);
    const stale = db.prepare("UPDATE articles SET pipeline_version = '1' WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT 2)").run().changes;
    db.close();
    expect(stale).toBe(2);
    const r = seed({ DATABASE_URL: `sqlite:${file}` });
    expect(r.out).toContain('already seeded');
    expect(r.out).toContain('upgraded 2 article(s) written by an older pipeline');
    const after = new Database(file, { readonly: true });
    expect(after.prepare("SELECT count(*) FROM articles WHERE pipeline_version = '1'").pluck().get()).toBe(0);
    after.close();
    expect(seed({ DATABASE_URL: `sqlite:${file}` }).out).not.toContain('upgraded');
  }, 120_000);
  it('is skipped with ATLAS_SEED=0 and for a memory: store', () => {
    expect(seed({ ATLAS_SEED: '0', DATABASE_URL: `sqlite:${tmp}/b.db` }).out).toContain('skipped (ATLAS_SEED=0)');
    expect(fs.existsSync(`${tmp}/b.db`)).toBe(false);
    expect(seed({ DATABASE_URL: 'memory:' }).out).toContain('skipped (DATABASE_URL=memory:');
  });
  it('names a bad DATABASE_URL and exits 1', () => {
    const r = seed({ DATABASE_URL: 'mysql://h/db' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/seed: DATABASE_URL scheme "mysql:" is not supported/);
  });
});
