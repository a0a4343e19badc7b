/**
 * npm run quality [-- --only <file,…>] [--out <file>]   measure every dev set → data/quality/latest.json
 * npm run quality -- --floor [--margin 0.015]           data/quality/latest.json → data/quality/floor.json
 * npm run quality -- --check                            measure and compare with the floor, write nothing
 *
 * Measuring runs the reader on the project's own gold (tests/fixtures/gold) and on every dev set in
 * ../shared/devsets (lgl.json, geovirus.json, acled-world-dev.json, any other *.json of either format), scores each
 * with lib/eval and writes the committed summary the /quality page shows: headline scores, ACLED tables, error
 * classes and ≤ 10 example errors per dev set, stamped with the time, the git commit and PIPELINE_VERSION.
 * The report is validated (lib/schemas/quality.ts) before it is written. Absent dev sets are listed in `missing`.
 * Exit code 1 on a malformed file, on an invalid report, or (with --check) on a score below the floor.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PIPELINE_VERSION } from '../lib/pipeline';
import { findDevsets, measureFile, projectGold, type DevsetFile } from '../lib/eval/measure';
import { FLOOR_MARGIN, checkFloor, floorFrom, formatViolations } from '../lib/eval/floor';
import { GoldFileError } from '../lib/eval/gold';
import { FLOOR_FILE, LATEST_FILE, loadFloor, loadQuality, writeFloor, writeQuality } from '../lib/quality';
import type { QualityDevset, QualityReport } from '../lib/schemas';

interface Args { floor: boolean; check: boolean; margin: number; only: string[] | null; out: string }

function parseArgs(argv: string[]): Args {
  const args: Args = { floor: false, check: false, margin: FLOOR_MARGIN, only: null, out: LATEST_FILE };
  const rest = [...argv];
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--floor') args.floor = true;
    else if (a === '--check') args.check = true;
    else if (a === '--margin') {
      args.margin = Number(rest.shift());
      if (!(args.margin >= 0 && args.margin < 1)) throw new Error('--margin needs a number in [0, 1), e.g. 0.015');
    } else if (a === '--only') args.only = (rest.shift() ?? '').split(',').filter(Boolean);
    else if (a === '--out') args.out = path.resolve(rest.shift() ?? '');
    else throw new Error(`unknown option ${a} (usage: npm run quality [-- --floor [--margin N] | --check | --only a.json,b.json | --out file])`);
  }
  return args;
}

function git(...a: string[]): string | null {
  try {
    return execFileSync('git', a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

const fmt = (v: number | null) => (v === null ? 'n/a' : v.toFixed(3));
const summary = (d: QualityDevset) => `  ${d.file}: ${d.rows} ${d.kind === 'acled' ? 'notes' : 'articles'}, ${d.seconds.toFixed(1)} s — ${d.headline.slice(0, 6).map((s) => `${s.key} ${fmt(s.value)}`).join(', ')}`;

function measure(args: Args): { devsets: QualityDevset[]; missing: string[] } {
  const root = process.cwd();
  const found = findDevsets(root);
  let files: DevsetFile[] = [...projectGold(root), ...found.files];
  if (args.only) files = files.filter((f) => args.only!.includes(f.file) || args.only!.includes(path.basename(f.file)));
  if (found.missing.length) process.stderr.write(`quality: notice: ../shared/devsets lacks ${found.missing.join(', ')}; measuring without them\n`);
  const devsets = files.map((f) => {
    process.stderr.write(`quality: measuring ${f.file} …\n`);
    const d = measureFile(f);
    process.stderr.write(summary(d) + '\n');
    return d;
  });
  return { devsets, missing: found.missing };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.floor) {
    const loaded = loadQuality(args.out);
    if (!loaded.ok) throw new Error(loaded.reason);
    const floor = writeFloor(floorFrom(loaded.report, args.margin));
    process.stdout.write(`quality: wrote ${path.relative(process.cwd(), FLOOR_FILE)} (margin ${args.margin}, from ${loaded.report.measuredAt}, commit ${loaded.report.commit ?? 'n/a'}): ${Object.keys(floor.devsets).length} dev sets\n`);
    return;
  }
  const { devsets, missing } = measure(args);
  if (args.check) {
    const floor = loadFloor();
    const violations = devsets.flatMap((d) => checkFloor(d, floor));
    process.stdout.write(violations.length ? formatViolations(violations) + '\n' : `quality: every score holds its floor (${devsets.length} dev sets)\n`);
    if (violations.length) process.exitCode = 1;
    return;
  }
  const report: QualityReport = {
    measuredAt: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    // uncommitted changes to tracked files other than the measurements themselves
    dirty: (git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!data/quality') ?? '') !== '',
    pipelineVersion: PIPELINE_VERSION,
    devsets,
    missing,
  };
  writeQuality(report, args.out);
  process.stdout.write(`quality: wrote ${path.relative(process.cwd(), args.out)} (${devsets.length} dev sets, commit ${report.commit ?? 'n/a'}${report.dirty ? ', with uncommitted changes' : ''})\n`);
}

try {
  main();
} catch (e) {
  process.stderr.write(`quality: ${(e as Error).message}\n`);
  if (e instanceof GoldFileError) for (const i of e.issues) process.stderr.write(`  ${i}\n`);
  process.exit(1);
}
