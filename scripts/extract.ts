/**
 * `npm run -s extract -- <file|-> [--published YYYY-MM-DD]`
 * Reads an article's text (a file, or stdin with "-"), runs the pipeline and prints
 * {"mentions":[…],"events":[…]} as JSON to stdout and nothing else. Errors go to stderr, exit 2.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { IsoDate } from '../lib/schemas';
import { processText } from '../lib/pipeline';

const Args = z.object({ input: z.string().min(1), published: IsoDate.nullable() });

function fail(msg: string): never {
  process.stderr.write(`extract: ${msg}\nusage: npm run -s extract -- <file|-> [--published YYYY-MM-DD]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  let input: string | undefined;
  let published: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--published') published = argv[++i] ?? fail('--published needs a date');
    else if (a.startsWith('--published=')) published = a.slice('--published='.length);
    else if (a.startsWith('--') ) fail(`unknown option ${a}`);
    else if (input === undefined) input = a;
    else fail(`unexpected argument ${a}`);
  }
  const parsed = Args.safeParse({ input: input ?? '', published });
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  return parsed.data;
}

function readInput(input: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(input === '-' ? 0 : input);
  } catch (err) {
    fail(`cannot read ${input}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (buf.includes(0)) fail(`${input} looks binary (contains NUL bytes); expected UTF-8 text`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/^\uFEFF/, '');
  if (text.trim() === '') fail(`${input} is empty`);
  return text;
}

const { input, published } = parseArgs(process.argv.slice(2));
const text = readInput(input);
const { mentions, events } = processText(text, { published });
process.stdout.write(JSON.stringify({ mentions, events }, null, 2) + '\n');
