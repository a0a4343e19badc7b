/** Shared helpers for corpus tests: fixture and seed paths. */
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/corpus');
/** The raw seed dump data/articles was imported from (12 articles, real-world noise), kept in the repo under its
 * original file name (the importer records it as each article's source). */
export const SEED_TXT = path.join(FIXTURES, 'seed/000_86881a3a57d73c7f.txt');
export const SEED_META = path.join(FIXTURES, 'seed/000_86881a3a57d73c7f.meta.json');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, 'in', name), 'utf8');
}

export function readSeed(): { raw: string; meta: { articles: { title: string; published: string | null }[] } } {
  return {
    raw: fs.readFileSync(SEED_TXT, 'utf8'),
    meta: JSON.parse(fs.readFileSync(SEED_META, 'utf8')) as { articles: { title: string; published: string | null }[] },
  };
}
