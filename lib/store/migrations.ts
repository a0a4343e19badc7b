/**
 * Versioned migrations: lib/store/migrations/<backend>/NNN_name.sql, applied in order, each once.
 * In: a backend name. Out: the migration files (version, name, sql), found next to this module or,
 * when bundled (Next.js server chunks), under process.cwd()/lib/store/migrations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

function migrationsDir(backend: 'sqlite' | 'postgis'): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations', backend));
  } catch {
    // import.meta.url is not a file URL (bundled): fall through to cwd
  }
  candidates.push(path.join(process.cwd(), 'lib', 'store', 'migrations', backend));
  const found = candidates.find((d) => fs.existsSync(d));
  if (!found) throw new Error(`migrations for ${backend} not found (looked in ${candidates.join(', ')}): run from the project root`);
  return found;
}

export function loadMigrations(backend: 'sqlite' | 'postgis'): Migration[] {
  const dir = migrationsDir(backend);
  const out: Migration[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const m = /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!m) {
      if (file.endsWith('.sql')) throw new Error(`migration file "${file}" must be named NNN_name.sql`);
      continue;
    }
    out.push({ version: Number(m[1]), name: m[2]!, sql: fs.readFileSync(path.join(dir, file), 'utf8') });
  }
  out.forEach((mig, i) => {
    if (mig.version !== i + 1) throw new Error(`migrations for ${backend} must be numbered 001, 002, … without gaps (found ${mig.version} at position ${i + 1})`);
  });
  return out;
}
