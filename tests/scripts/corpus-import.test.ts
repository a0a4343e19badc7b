/** scripts/corpus-import.ts run as a child process (tsx) on temp directories. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = path.join(ROOT, 'scripts/corpus-import.ts');
const SEED_TXT = path.join(ROOT, 'tests/fixtures/corpus/seed/000_86881a3a57d73c7f.txt');
const SEED_META = path.join(ROOT, 'tests/fixtures/corpus/seed/000_86881a3a57d73c7f.meta.json');

let tmp: string;
let out: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-cli-'));
  out = path.join(tmp, 'articles');
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const files = () => (fs.existsSync(out) ? fs.readdirSync(out).sort() : []);
const put = (name: string, content: string | Uint8Array) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};

describe('corpus:import CLI', () => {
  it('writes the 12 seed articles, then is idempotent', () => {
    const first = run(SEED_TXT, '--meta', SEED_META, '--out', out);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^12 articles written, 0 unchanged, 0 rejected/);
    expect(files()).toHaveLength(12);
    const snapshot = Object.fromEntries(files().map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]));
    expect(Object.values(snapshot).every((t) => /^published: '\d{4}-\d{2}-\d{2}'$/m.test(t))).toBe(true);

    const second = run(SEED_TXT, '--meta', SEED_META, '--out', out);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^0 articles written, 12 unchanged, 0 rejected/);
    expect(Object.fromEntries(files().map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]))).toEqual(snapshot);
  });

  it('replaces the file of an article whose text changed, and keeps other sources untouched', () => {
    const dump = put('dump.txt', 'Talks Resume In Capital\n\nTalks resumed on Monday.\n\nSecond Article Title Here\n\nIt was a quiet day.\n');
    expect(run(dump, '--out', out).code).toBe(0);
    fs.writeFileSync(path.join(out, 'keep.md'), '---\nid: keep\nsource: other.txt\n---\nBody\n');
    const before = files();
    fs.writeFileSync(dump, 'Talks Resume In Capital\n\nTalks resumed on Tuesday.\n\nSecond Article Title Here\n\nIt was a quiet day.\n');
    const r = run(dump, '--out', out);
    expect(r.stdout).toMatch(/^removed talks-resume-in-capital-[0-9a-f]{8}\.md \(no longer in dump\.txt\)$/m);
    expect(r.stdout).toMatch(/1 articles written, 1 unchanged, 0 rejected/);
    const after = files();
    expect(after).toHaveLength(3);
    expect(after).toContain('keep.md');
    expect(after.filter((f) => !before.includes(f))).toHaveLength(1);
  });

  it('writes the same files as the committed data/articles', () => {
    expect(run(SEED_TXT, '--meta', SEED_META, '--out', out).code).toBe(0);
    const committed = path.join(ROOT, 'data/articles');
    expect(files()).toEqual(fs.readdirSync(committed).filter((f) => f.endsWith('.md')).sort());
    for (const f of files()) expect(fs.readFileSync(path.join(out, f), 'utf8')).toBe(fs.readFileSync(path.join(committed, f), 'utf8'));
  });

  it.each([
    ['a binary file', () => put('bin.txt', new Uint8Array([0x54, 0x69, 0x00, 0x74])), /looks binary/],
    ['invalid UTF-8', () => put('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])), /not valid UTF-8/],
    ['an empty file', () => put('empty.txt', ''), /is empty/],
    ['an unreadable path', () => path.join(tmp, 'missing.txt'), /cannot read dump .*missing\.txt \(ENOENT\)/],
    ['a dump with no headline', () => put('plain.txt', 'just lowercase text.\n'), /no articles found/],
  ])('fails on %s with a message and writes nothing', (_what, makeInput, message) => {
    const r = run(makeInput(), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(files()).toEqual([]);
  });

  it('fails on meta with a missing entry and writes nothing', () => {
    const meta = JSON.parse(fs.readFileSync(SEED_META, 'utf8')) as { articles: unknown[] };
    meta.articles.splice(4, 1);
    const r = run(SEED_TXT, '--meta', put('meta.json', JSON.stringify(meta)), '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not match/);
    expect(r.stderr).toMatch(/meta entry #5 is titled/);
    expect(files()).toEqual([]);
  });

  it('fails on meta with an extra entry, and on invalid meta JSON, writing nothing', () => {
    const meta = JSON.parse(fs.readFileSync(SEED_META, 'utf8')) as { articles: unknown[] };
    meta.articles.push({ title: 'Ghost', published: null });
    const extra = run(SEED_TXT, '--meta', put('meta.json', JSON.stringify(meta)), '--out', out);
    expect(extra.code).toBe(1);
    expect(extra.stderr).toMatch(/meta entry #13 "Ghost" has no article/);
    const broken = run(SEED_TXT, '--meta', put('broken.json', '{"articles": [}'), '--out', out);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/);
    expect(files()).toEqual([]);
  });

  it('explains bad usage with exit code 2', () => {
    const r = run('--out');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out needs a path/);
    expect(r.stderr).toMatch(/usage: npm run corpus:import/);
    expect(run().stderr).toMatch(/missing <dump\.txt>/);
  });
});
