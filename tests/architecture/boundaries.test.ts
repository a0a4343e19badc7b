/**
 * Stage boundaries are enforced by ESLint (eslint.config.mjs, no-restricted-imports per folder): each case lints
 * one line of source as if it were a file at the given path, and checks that the forbidden import fails and the
 * allowed one passes.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** no-restricted-imports messages for `code` linted as `file` */
async function restricted(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(`${code}\nexport const used = typeof x;\n`, { filePath: path.join(ROOT, file) });
  return r!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const FORBIDDEN: [string, string, RegExp][] = [
  ['lib/store/x.ts', "import { x } from '../pipeline';", /lib\/store may not import lib\/pipeline/],
  ['lib/store/x.ts', "import { x } from '../extract';", /lib\/store may not import lib\/extract/],
  ['lib/store/x.ts', "import { x } from '../corpus';", /lib\/store may not import lib\/corpus/],
  ['lib/geocode/x.ts', "import { x } from '../extract';", /lib\/geocode may not import lib\/extract/],
  ['lib/gazetteer/x.ts', "import { x } from '../geocode';", /lib\/gazetteer may not import lib\/geocode/],
  ['lib/extract/x.ts', "import { x } from '../pipeline';", /lib\/extract may not import lib\/pipeline/],
  ['lib/schemas/x.ts', "import { x } from '../corpus';", /lib\/schemas may not import lib\/corpus/],
  ['lib/extract/x.ts', "import { x } from '../geocode/resolve';", /through its index\.ts/],
  ['lib/pipeline/x.ts', "import { x } from '../store/sqlite';", /through its index\.ts/],
  ['app/page.tsx', "import { x } from '@/lib/extract';", /may not import lib\/extract/],
  ['app/page.tsx', "import { x } from '@/lib/pipeline';", /may not import lib\/pipeline/],
  ['app/_components/list.tsx', "import { x } from '@/lib/geocode';", /may not import lib\/geocode/],
  ['app/api/events/route.ts', "import { x } from '@/lib/corpus';", /may not import lib\/corpus/],
  ['app/api/articles/route.ts', "import { x } from '@/lib/extract';", /may not import lib\/extract/],
  ['app/_components/list.tsx', "import L from 'leaflet';", /Leaflet is used only under app\/_components\/map/],
  ['lib/map/x.ts', "import { useState } from 'react';", /no React or Next/],
  ['app/quality/page.tsx', "import { x } from '@/lib/eval/measure';", /may not import lib\/eval/],
  ['app/quality/page.tsx', "import { x } from '@/lib/quality/other';", /through its index\.ts/],
  ['lib/quality/x.ts', "import { x } from '../eval';", /lib\/quality may not import lib\/eval/],
  ['lib/quality/x.ts', "import { x } from '../pipeline';", /lib\/quality may not import lib\/pipeline/],
  ['lib/quality/x.ts', "import { x } from '../store';", /lib\/quality may not import lib\/store/],
];

const ALLOWED: [string, string][] = [
  ['lib/store/x.ts', "import { x } from '../schemas';"],
  ['lib/extract/x.ts', "import { x } from '../geocode';"],
  ['lib/pipeline/x.ts', "import { x } from '../store';"],
  ['lib/corpus/x.ts', "import { x } from '../schemas/article';"],
  ['app/page.tsx', "import { x } from '@/lib/actors';"],
  ['app/api/articles/route.ts', "import { x } from '@/lib/pipeline';"],
  ['app/_components/map/x.tsx', "import L from 'leaflet';"],
  ['app/quality/page.tsx', "import { x } from '@/lib/quality';"],
  ['lib/quality/x.ts', "import { x } from '../schemas/quality';"],
];

describe('stage boundaries (ESLint)', () => {
  it.each(FORBIDDEN)('%s: %s fails', async (file, code, message) => {
    const messages = await restricted(file, code);
    expect(messages.length).toBe(1);
    expect(messages[0]).toMatch(message);
  });
  it.each(ALLOWED)('%s: %s passes', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});
