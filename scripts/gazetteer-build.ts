/**
 * npm run gazetteer:build [-- --out <dir>]
 * Rebuilds data/gazetteer deterministically from pinned npm data packages (GeoNames cities500, Natural Earth
 * admin-1, world-countries + world-atlas, us-atlas counties, OurAirports) plus data/gazetteer/curated/*.csv.
 * Writes every file to a temp dir first and renames into place, so a failed build leaves the old data intact.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildGazetteer } from './gazetteer/build';

function parseArgs(argv: string[]): { out: string; root: string } {
  const root = path.resolve(__dirname, '..');
  let out = path.join(root, 'data/gazetteer');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      const v = argv[++i];
      if (!v) throw new Error('--out needs a directory, e.g. --out /tmp/gaz');
      out = path.resolve(v);
    } else {
      throw new Error(`unknown argument "${argv[i]}" (only --out <dir> is accepted)`);
    }
  }
  return { out, root };
}

function main(): void {
  const t0 = Date.now();
  const { out, root } = parseArgs(process.argv.slice(2));
  const res = buildGazetteer({ nodeModules: path.join(root, 'node_modules'), curatedDir: path.join(root, 'data/gazetteer/curated') });
  fs.mkdirSync(out, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(out, '.build-'));
  try {
    for (const [name, buf] of Object.entries(res.files)) fs.writeFileSync(path.join(tmp, name), buf);
    for (const name of Object.keys(res.files)) fs.renameSync(path.join(tmp, name), path.join(out, name));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const size = Object.values(res.files).reduce((s, b) => s + b.length, 0);
  console.log(JSON.stringify({ out, entries: res.kept, byKind: res.byKind, bytes: size, ms: Date.now() - t0 }, null, 1));
  if (res.rejected.length) {
    console.log(`rejected or adjusted (${res.rejected.length} notes, each with its reason):`);
    for (const r of res.rejected.slice(0, 50)) console.log(`  ${r}`);
  }
}

try {
  main();
} catch (err) {
  console.error(`gazetteer:build failed: ${(err as Error).message}`);
  process.exit(1);
}
