/**
 * The read side never reaches the reader: the import closure (scripts/import-closure.ts, static and dynamic
 * imports) of every page, component and read route holds no file of lib/extract, lib/geocode, lib/corpus or
 * lib/pipeline; the store's closure holds lib/schemas (and pure math) only, plus knowledge
 * tables from data/ (JSON: the sentence rule's abbreviations, display-name overrides, transliteration folding)
 * — data, never reader code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importClosure, resolveImport } from '../../scripts/import-closure';

const ROOT = path.resolve(__dirname, '../..');
const READER = /^lib\/(?:extract|geocode|corpus|pipeline)\//;
/** routes that hand text to the reader (through lib/pipeline) */
const WRITE_ROUTES = new Set(['app/api/articles/route.ts', 'app/api/articles/[id]/reprocess/route.ts', 'app/api/extract/route.ts', 'app/api/places/route.ts']);

function walk(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = `${dir}/${d.name}`;
    return d.isDirectory() ? walk(rel) : /\.(tsx?)$/.test(d.name) ? [rel] : [];
  });
}

const rel = (files: string[]) => files.map((f) => path.relative(ROOT, f));
const readSide = walk('app').filter((f) => !WRITE_ROUTES.has(f));

describe('import closure', () => {
  it('resolves the alias, relative paths and index files, and leaves packages alone', () => {
    const from = path.join(ROOT, 'app/page.tsx');
    expect(resolveImport('@/lib/store', from)).toBe(path.join(ROOT, 'lib/store/index.ts'));
    expect(resolveImport('./_components/map-page', from)).toBe(path.join(ROOT, 'app/_components/map-page.tsx'));
    expect(resolveImport('react', from)).toBeNull();
  });

  it('of a write route reaches the reader (the check can fail)', () => {
    expect(rel(importClosure('app/api/extract/route.ts')).some((f) => READER.test(f))).toBe(true);
  });

  it.each(readSide)('%s holds no file of lib/extract, lib/geocode, lib/corpus or lib/pipeline', (entry) => {
    expect(rel(importClosure(entry)).filter((f) => READER.test(f))).toEqual([]);
  });

  it('of lib/store holds lib/store, lib/schemas, lib/geo, lib/resolve and data tables only', () => {
    const outside = rel(importClosure('lib/store/index.ts')).filter((f) => !/^lib\/(?:store|schemas|geo|resolve)\/|^data\/[^]*\.json$/.test(f));
    expect(outside).toEqual([]);
  });
});
