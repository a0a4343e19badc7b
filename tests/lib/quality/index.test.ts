/**
 * lib/quality reads and writes the committed measurements as validated files: a missing or malformed report is a
 * typed "why, and the fix" (never a throw), an invalid report is never written, and the floor names its fix.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { QualityReport } from '@/lib/schemas';
import { LATEST_FILE, loadFloor, loadQuality, writeFloor, writeQuality } from '@/lib/quality';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-quality-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

const report: QualityReport = { measuredAt: '2031-01-02T03:04:05.000Z', commit: null, dirty: false, pipelineVersion: '1', devsets: [], missing: ['lgl.json'] };

describe('loadQuality / writeQuality', () => {
  it('round-trips a valid report', () => {
    writeQuality(report, file('latest.json'));
    expect(loadQuality(file('latest.json'))).toEqual({ ok: true, report });
  });
  it('says what is wrong and how to fix it: absent, not JSON, not the schema', () => {
    expect(loadQuality(file('none.json'))).toEqual({ ok: false, reason: 'none.json not found: run `npm run quality`' });
    fs.writeFileSync(file('bad.json'), '{');
    expect(loadQuality(file('bad.json'))).toMatchObject({ ok: false, reason: expect.stringMatching(/^bad\.json is not JSON .*npm run quality/) });
    fs.writeFileSync(file('old.json'), JSON.stringify({ ...report, measuredAt: 'yesterday' }));
    expect(loadQuality(file('old.json'))).toMatchObject({ ok: false, reason: expect.stringMatching(/does not match the QualityReport schema \(measuredAt: .*\): run `npm run quality`/) });
  });
  it('never writes an invalid report', () => {
    expect(() => writeQuality({ ...report, pipelineVersion: '' }, file('invalid.json'))).toThrow();
    expect(fs.existsSync(file('invalid.json'))).toBe(false);
  });
  it('the committed report is valid', () => {
    const loaded = loadQuality(LATEST_FILE);
    expect(loaded.ok ? 'ok' : loaded.reason).toBe('ok');
  });
});

describe('loadFloor / writeFloor', () => {
  it('round-trips, and names the fix when absent', () => {
    const floor = { margin: 0.01, from: { measuredAt: report.measuredAt, commit: null, pipelineVersion: '1' }, devsets: { 'a.json': { f1: { bound: 0.8, better: 'higher' as const } } } };
    writeFloor(floor, file('floor.json'));
    expect(loadFloor(file('floor.json'))).toEqual(floor);
    expect(() => loadFloor(file('no-floor.json'))).toThrow(/not found: run `npm run quality -- --floor`/);
  });
});
