/**
 * `npm run bench [-- name…]`: runs every bench/*.bench.ts (or the named ones) in turn, each
 * exporting `run(): Promise<Record<string, number | string>>`, prints the metrics as JSON lines
 * and writes them to bench/results.json (machine facts included) for docs/PERFORMANCE.md.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Metrics = Record<string, number | string>;

async function main() {
  const dir = __dirname;
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
    .sort();
  if (files.length === 0) {
    console.error(`no benchmark matches ${wanted.join(', ') || '*'} in ${dir}`);
    process.exit(2);
  }
  const results: Record<string, Metrics | { error: string }> = {};
  let failed = 0;
  for (const f of files) {
    const name = f.replace(/\.bench\.ts$/, '');
    const t0 = performance.now();
    try {
      const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { run?: () => Promise<Metrics> };
      if (typeof mod.run !== 'function') throw new Error(`${f} does not export run()`);
      const metrics = await mod.run();
      results[name] = { ...metrics, wallMs: Math.round(performance.now() - t0) };
      console.log(JSON.stringify({ bench: name, ...results[name] }));
    } catch (err) {
      failed++;
      results[name] = { error: (err as Error).message };
      console.error(`[bench] ${name} failed: ${(err as Error).stack ?? err}`);
    }
  }
  const machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memGB: Math.round(os.totalmem() / 2 ** 30) };
  if (wanted.length === 0) writeFileSync(path.join(dir, 'results.json'), JSON.stringify({ machine, results }, null, 2) + '\n');
  process.exit(failed ? 1 : 0);
}

main();
