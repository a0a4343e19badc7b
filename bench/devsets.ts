/**
 * Where the benches find the real dev sets: ../shared/devsets beside the checkout (never copied into the repo).
 * In: file names. Out: the paths that exist; a missing folder is said once on stderr, and the bench runs on
 * what the repo holds.
 */
import fs from 'node:fs';
import path from 'node:path';

export const DEVSET_DIR = path.resolve(process.cwd(), '../shared/devsets');

let warned = false;

export function devsets(...names: string[]): string[] {
  const files = names.map((n) => path.join(DEVSET_DIR, n));
  const present = files.filter((f) => fs.existsSync(f));
  if (present.length < files.length && !warned) {
    warned = true;
    process.stderr.write(`[bench] notice: ${DEVSET_DIR} lacks ${files.filter((f) => !present.includes(f)).map((f) => path.basename(f)).join(', ')}; measuring without them\n`);
  }
  return present;
}
