/**
 * lib/quality: the committed quality measurements, read and written as validated files.
 * In: data/quality/latest.json (QualityReport, written by `npm run quality`) and data/quality/floor.json
 * (QualityFloor, written by `npm run quality -- --floor`). Out: the parsed report for the /quality page
 * (`loadQuality`: a typed result, "not measured yet" and "malformed" each say why and how to fix), the floor for the
 * floor test, and `writeQuality` / `writeFloor`, which validate before they write.
 * Read side: imports lib/schemas only; it measures nothing (that is lib/eval, which pages may not import).
 * Server-only: it reads files.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { QualityFloor, QualityReport } from '../schemas/quality';

export const QUALITY_DIR = path.join(process.cwd(), 'data', 'quality');
export const LATEST_FILE = path.join(QUALITY_DIR, 'latest.json');
export const FLOOR_FILE = path.join(QUALITY_DIR, 'floor.json');

export type QualityLoad = { ok: true; report: QualityReport } | { ok: false; reason: string };

const issues = (e: { issues: { path: PropertyKey[]; message: string }[] }) =>
  e.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');

/** The measured report, or why there is none. Never throws. */
export function loadQuality(file: string = LATEST_FILE): QualityLoad {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    return { ok: false, reason: missing ? `${path.basename(file)} not found: run \`npm run quality\`` : `${path.basename(file)} is not JSON (${(e as Error).message}): run \`npm run quality\`` };
  }
  const r = QualityReport.safeParse(raw);
  return r.success ? { ok: true, report: r.data } : { ok: false, reason: `${path.basename(file)} does not match the QualityReport schema (${issues(r.error)}): run \`npm run quality\`` };
}

/** The floor; throws an Error naming the file and the fix when it is absent or malformed. */
export function loadFloor(file: string = FLOOR_FILE): QualityFloor {
  if (!fs.existsSync(file)) throw new Error(`${file} not found: run \`npm run quality -- --floor\``);
  const r = QualityFloor.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`${file} does not match the QualityFloor schema (${issues(r.error)}): run \`npm run quality -- --floor\``);
  return r.data;
}

function write(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/** Validate, then write; a report that does not match its schema is never written. */
export function writeQuality(report: QualityReport, file: string = LATEST_FILE): QualityReport {
  const parsed = QualityReport.parse(report);
  write(file, parsed);
  return parsed;
}

export function writeFloor(floor: QualityFloor, file: string = FLOOR_FILE): QualityFloor {
  const parsed = QualityFloor.parse(floor);
  write(file, parsed);
  return parsed;
}
