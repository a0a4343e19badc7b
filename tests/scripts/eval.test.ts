/**
 * scripts/eval.ts on ACLED-format notes (child processes on invented notes in a temp folder):
 * the report, --json, --limit, and a clear exit 1 on a bad note; the gold-format path still answers as before.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-eval-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function evalFile(name: string, content: unknown, args: string[] = []) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(content));
  const r = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, 'scripts/eval.ts'), file, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const gold = { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Ukraine (2019-)', assoc_actor_1: '', actor2: '', assoc_actor_2: '', location: 'Kharkiv', admin1: 'Kharkiv', admin2: 'Kharkiv', lat: 49.99, lon: 36.23, geo_precision: 1, time_precision: 1, fatalities: 0, source: 'invented' };
const notes = [
  { id: 'x-1', country: 'Ukraine', published: '2022-05-02', text: 'Ukrainian troops clashed with Russian forces in Kharkiv on Monday.', gold },
  { id: 'x-2', country: 'Ukraine', published: '2022-05-03', text: 'Teachers marched through Kharkiv asking for higher pay.', gold: { ...gold, event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Ukraine)' } },
];

describe('npm run eval on ACLED notes', () => {
  it('prints the report, and the full structure with --json; --limit keeps the first N notes', () => {
    const text = evalFile('notes.json', notes);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ACLED event notes — notes\.json: 2 notes, 1 of a sub-type the README's table gives a display type/);
    expect(text.stdout).toMatch(/Most frequent error classes/);
    const json = evalFile('notes.json', notes, ['--json', '--limit', '1']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).acled).toMatchObject({ notes: 1, typedRows: 1 });
  });
  it('a bad note exits 1 naming the note and the field', () => {
    const r = evalFile('bad.json', [notes[0], { ...notes[1], gold: { ...gold, geo_precision: 7 } }]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not match the ACLED note format/);
    expect(r.stderr).toMatch(/note 1 \(x-2\): gold\.geo_precision/);
  });
  it('a non-array file still goes to the gold parser', () => {
    const r = evalFile('gold.json', { articles: [{ text: 'no title' }] });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not match the gold format/);
  });
});
