/**
 * import-closure — the project files an entry file pulls in, following every import (static, `export … from`
 * and dynamic `import()`), resolved like tsconfig does ('@/…' → repo root, relative paths, index files).
 * Usage: npm run -s closure -- <entry…> [--json]   e.g. npm run -s closure -- app/page.tsx
 * Prints, per entry, the number of project files and the count per lib/ folder (packages are not followed).
 * Used by tests/architecture/closure.test.ts: the read side must not reach the reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'];

function resolveFile(base: string): string | null {
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  for (const ext of EXTENSIONS) {
    const index = path.join(base, `index${ext}`);
    if (fs.existsSync(index)) return index;
  }
  return null;
}

/** A specifier from `from` → a project file, or null for a package (not followed). */
export function resolveImport(spec: string, from: string): string | null {
  if (spec.startsWith('@/')) return resolveFile(path.join(ROOT, spec.slice(2)));
  if (spec.startsWith('.')) return resolveFile(path.resolve(path.dirname(from), spec));
  return null;
}

/** Every project file reachable from `entry` (absolute paths, sorted); JSON files are leaves. */
export function importClosure(entry: string): string[] {
  const start = path.resolve(ROOT, entry);
  if (!fs.existsSync(start)) throw new Error(`no such file: ${entry}`);
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const file = queue.pop()!;
    if (file.endsWith('.json')) continue;
    const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of info.importedFiles) {
      const target = resolveImport(fileName, file);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}

/** Files per lib/ folder ('lib/extract' → 12); files outside lib/ count under their top folder. */
export function byFolder(files: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of files) {
    const parts = path.relative(ROOT, f).split(path.sep);
    const key = parts[0] === 'lib' && parts.length > 2 ? `lib/${parts[1]}` : parts.length > 1 ? parts[0]! : '.';
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const entries = argv.filter((a) => !a.startsWith('--'));
  if (!entries.length) {
    process.stderr.write('usage: npm run -s closure -- <entry…> [--json]\n');
    return 2;
  }
  const report = entries.map((e) => {
    const files = importClosure(e);
    return { entry: e, files: files.length, folders: byFolder(files) };
  });
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else for (const r of report) process.stdout.write(`${r.entry}: ${r.files} files — ${Object.entries(r.folders).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  try {
    process.exit(main(process.argv.slice(2)));
  } catch (err) {
    process.stderr.write(`closure: ${(err as Error).message}\n`);
    process.exit(1);
  }
}
