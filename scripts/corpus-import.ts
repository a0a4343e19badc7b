/**
 * corpus:import — split a news dump into cleaned articles and write data/articles/<id>.md.
 * Usage: npm run corpus:import -- <dump.txt> [--meta <meta.json>] [--out data/articles]
 * Everything is read and validated first (binary, invalid UTF-8, empty, unreadable, bad meta JSON,
 * meta entries missing, extra or mistitled); any problem → message on stderr, exit 1, nothing written.
 * Then each file is written atomically and only when its content changed, so re-runs are idempotent;
 * files an earlier run wrote from a dump of the same name whose articles are gone are removed.
 * Exit codes: 0 ok, 1 bad input, 2 bad usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  CorpusError,
  applyMeta,
  decodeDump,
  decodeMeta,
  parseDump,
  removeStale,
  writeArticles,
  DEFAULT_ARTICLE_DIR,
  type Rejected,
} from '../lib/corpus';

const USAGE = 'usage: npm run corpus:import -- <dump.txt> [--meta <meta.json>] [--out data/articles]';

interface Args {
  dump: string;
  meta: string | null;
  out: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  let dump: string | null = null;
  let meta: string | null = null;
  let out = DEFAULT_ARTICLE_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--meta' || arg === '--out') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a path`);
      if (arg === '--meta') meta = value;
      else out = value;
    } else if (arg === '--help' || arg === '-h') {
      throw new UsageError('');
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (dump === null) {
      dump = arg;
    } else {
      throw new UsageError(`unexpected argument ${arg} (one dump per run)`);
    }
  }
  if (dump === null) throw new UsageError('missing <dump.txt>');
  return { dump, meta, out };
}

function readBytes(file: string, what: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new CorpusError('bad-input', `cannot read ${what} ${file} (${code})`);
  }
}

function checkOutDir(out: string): void {
  if (fs.existsSync(out) && !fs.statSync(out).isDirectory()) {
    throw new CorpusError('bad-input', `--out ${out} exists and is not a directory`);
  }
}

function describe(r: Rejected): string {
  return `  #${r.index + 1}${r.title ? ` "${r.title}"` : ''}: ${r.reason}`;
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  const raw = decodeDump(readBytes(args.dump, 'dump'), args.dump);
  const meta = args.meta === null ? null : decodeMeta(readBytes(args.meta, 'meta file'), args.meta);
  checkOutDir(args.out);

  const parsed = parseDump(raw);
  let articles = parsed.articles;
  if (meta) {
    const matched = applyMeta(parsed.articles, meta, parsed.headlineCount);
    if (matched.problems.length > 0) {
      throw new CorpusError(
        'bad-meta',
        `${args.meta} does not match ${args.dump} (${meta.articles.length} entries, ${parsed.headlineCount} headlines):\n` +
          matched.problems.map(describe).join('\n'),
      );
    }
    articles = matched.articles;
  }
  if (articles.length === 0) {
    throw new CorpusError('bad-input', `no articles found in ${args.dump}:\n${parsed.rejected.map(describe).join('\n')}`);
  }

  // source records where the article came from: the dump's file name.
  const source = path.basename(args.dump);
  const summary = writeArticles(
    articles.map((a) => ({ ...a.article, source })),
    args.out,
  );
  const stale = removeStale(args.out, source, new Set(articles.map((a) => a.article.id)));
  for (const f of stale) process.stdout.write(`removed ${f} (no longer in ${source})\n`);
  for (const r of parsed.rejected) process.stderr.write(`rejected${describe(r)}\n`);
  process.stdout.write(
    `${summary.written.length} articles written, ${summary.unchanged.length} unchanged, ${parsed.rejected.length} rejected` +
      ` → ${path.resolve(args.out)}\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError) {
    process.stderr.write(`${err.message ? `corpus:import: ${err.message}\n` : ''}${USAGE}\n`);
    process.exitCode = err.message ? 2 : 0;
  } else if (err instanceof CorpusError) {
    process.stderr.write(`corpus:import: ${err.message}\n`);
    for (const issue of err.issues.slice(1)) process.stderr.write(`  ${issue}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`corpus:import: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
