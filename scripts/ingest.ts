/**
 * ingest — put articles into the event store (DATABASE_URL, default sqlite:./data/atlas.db).
 * Usage: npm run ingest -- <files…> [--published YYYY-MM-DD] [--single] [--json]
 * Each file is one of:
 *   - a news dump: a text file where lib/corpus finds 2+ headlines (importDump; a `<file>.meta.json` beside
 *     it dates the articles), unless --single is given;
 *   - one article: .txt/.md whose first line is the title ("# " allowed) and the rest the text
 *     (a .md starting with "---" front matter is read as a data/articles file);
 *   - pre-processed documents: .jsonl (one StoredArticle per line) or .json (an array of them), stored as is.
 * Everything is written through lib/pipeline (processArticle for text, then storeProcessed), after the
 * start-up seeding of an empty store (pipeline seedStore; ATLAS_SEED=0 skips it). --published dates every text
 * article without a date.
 * All files are read and checked first: an unreadable, binary, empty or malformed file → message, exit 1,
 * nothing written. Then each article is its own transaction; rejected articles are listed with reasons.
 * Summary on stdout: "N new, M existing, K rejected: reasons" (or JSON with --json); progress bar on a TTY.
 * Exit codes: 0 done (rejections are reported, not fatal), 1 bad input or store error, 2 bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { z } from 'zod';
import { allowServerOnly } from './server-context';
import { CorpusError, articleFromMarkdown, articleFromText, decodeDump, decodeMeta, importDump, parseDump } from '../lib/corpus';
import { IsoDate, type Article } from '../lib/schemas';
import type { StoredArticle } from '../lib/store/types';



const USAGE = 'usage: npm run ingest -- <files…> [--published YYYY-MM-DD] [--single] [--json]';

class UsageError extends Error {}

interface Args {
  files: string[];
  published: string | null;
  single: boolean;
  json: boolean;
}

function isRealDate(v: string): boolean {
  return IsoDate.safeParse(v).success && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], published: null, single: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--published') {
      const v = argv[++i];
      if (v === undefined || !isRealDate(v)) throw new UsageError(`--published needs a date YYYY-MM-DD, got ${v ?? 'nothing'}`);
      args.published = v;
    } else if (a === '--single') args.single = true;
    else if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new UsageError('no files given');
  return args;
}

type Item = { origin: string; article: Article } | { origin: string; doc: unknown };
interface Rejection {
  origin: string;
  reason: string;
}

const Docs = z.array(z.unknown());

function readDocs(file: string, text: string): Item[] {
  if (file.endsWith('.jsonl')) {
    return text.split('\n').flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [{ origin: `${file}:${i + 1}`, doc: JSON.parse(line) as unknown }];
      } catch (err) {
        throw new CorpusError('bad-input', `${file}:${i + 1} is not valid JSON: ${(err as Error).message}`);
      }
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new CorpusError('bad-input', `${file} is not valid JSON: ${(err as Error).message}`);
  }
  const arr = Docs.safeParse(value);
  if (!arr.success) throw new CorpusError('bad-input', `${file} must hold a JSON array of stored articles`);
  return arr.data.map((doc, i) => ({ origin: `${file}[${i}]`, doc }));
}

/** One file → items to store and rejections; throws CorpusError on a bad file. */
export function readFile(file: string, args: Pick<Args, 'published' | 'single'>): { items: Item[]; rejected: Rejection[] } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (err) {
    throw new CorpusError('bad-input', `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const text = decodeDump(bytes, file).replace(/^\uFEFF/, '');
  if (/\.jsonl?$/.test(file)) return { items: readDocs(file, text), rejected: [] };
  const date = (a: Article): Article => (a.published === null && args.published ? { ...a, published: args.published } : a);
  if (file.endsWith('.md') && text.startsWith('---\n')) return { items: [{ origin: file, article: date(articleFromMarkdown(text, file)) }], rejected: [] };
  if (!args.single && parseDump(text).headlineCount >= 2) {
    const metaFile = file.replace(/\.[^./]+$/, '') + '.meta.json';
    const meta = fs.existsSync(metaFile) ? decodeMeta(fs.readFileSync(metaFile), metaFile) : undefined;
    const r = importDump(text, meta);
    return {
      items: r.articles.map((a) => ({ origin: `${file}: ${a.title}`, article: date(a) })),
      rejected: r.rejected.map((x) => ({ origin: `${file}#${x.index + 1}${x.title ? ` "${x.title}"` : ''}`, reason: x.reason })),
    };
  }
  const [first = '', ...rest] = text.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').split('\n');
  const title = first.replace(/^#+\s*/, '').trim();
  return { items: [{ origin: file, article: articleFromText({ title, text: rest.join('\n'), published: args.published }) }], rejected: [] };
}

export interface IngestSummary {
  created: number;
  existing: number;
  rejected: Rejection[];
}

async function run(args: Args): Promise<IngestSummary> {
  const items: Item[] = [];
  const rejected: Rejection[] = [];
  const bad: string[] = [];
  for (const file of args.files) {
    try {
      const r = readFile(path.normalize(file), args);
      items.push(...r.items);
      rejected.push(...r.rejected);
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      bad.push([err.message, ...err.issues.slice(1).map((i) => `  ${i}`)].join('\n'));
    }
  }
  if (bad.length) throw new CorpusError('bad-input', `${bad.length} bad file(s), nothing ingested:\n${bad.join('\n')}`);

  allowServerOnly();
  const { getStore, StoreConflictError, StoreInputError } = await import('../lib/store');
  const pipeline = await import('../lib/pipeline');
  const store = await getStore();
  if (process.env.ATLAS_SEED !== '0') await pipeline.seedStore(store);
  const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {eta}s' }, Presets.shades_classic) : null;
  bar?.start(items.length, 0);
  const summary: IngestSummary = { created: 0, existing: 0, rejected };
  try {
    for (const item of items) {
      let doc: StoredArticle;
      try {
        doc = 'article' in item ? pipeline.processArticle(item.article) : (item.doc as StoredArticle);
      } catch (err) {
        rejected.push({ origin: item.origin, reason: `pipeline failed: ${(err as Error).message}` });
        bar?.increment();
        continue;
      }
      try {
        const r = await pipeline.storeProcessed(store, doc);
        if (r.created) summary.created++;
        else summary.existing++;
      } catch (err) {
        if (!(err instanceof StoreInputError || err instanceof StoreConflictError)) throw err;
        rejected.push({ origin: item.origin, reason: err.message });
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
    await store.close();
  }
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  const head = `${s.created} new, ${s.existing} existing, ${s.rejected.length} rejected`;
  return s.rejected.length ? `${head}:\n${s.rejected.map((r) => `  ${r.origin}: ${r.reason}`).join('\n')}` : head;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message ? `ingest: ${err.message}\n` : ''}${USAGE}\n`);
    return err.message ? 2 : 0;
  }
  try {
    const s = await run(args);
    process.stdout.write(args.json ? `${JSON.stringify(s)}\n` : `${formatSummary(s)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`ingest: ${(err as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  main().then((code) => process.exit(code));
}
