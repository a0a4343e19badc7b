/**
 * extract-snapshot — proves a refactor changed nothing the reader produces.
 * Usage:
 *   npm run -s snapshot -- write <out.jsonl>     run the pipeline on every seed article (data/articles) and every
 *                                              text of ../shared/devsets/*.json (when present); one JSON line per text
 *   npm run -s snapshot -- diff <a.jsonl> <b.jsonl>   compare two runs line by line; exit 1 on any difference
 * Each line is `{"key": "<set>#<i>", "out": {"mentions": […], "events": […]}}` — exactly what `npm run extract`
 * prints for that text with its publication date (pretty-printing aside), so "byte-identical" is checked on the
 * full output, not a hash of a summary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadArticles } from '../lib/corpus';
import { processText } from '../lib/pipeline';

const DEVSETS = path.resolve(process.cwd(), '../shared/devsets');

const GoldLike = z.object({ articles: z.array(z.object({ text: z.string(), published: z.string().nullish() })) });
const NoteLike = z.array(z.object({ text: z.string(), published: z.string().nullish() }));

interface Text {
  key: string;
  text: string;
  published: string | null;
}

function texts(): Text[] {
  const out: Text[] = loadArticles().map((a) => ({ key: `seed#${a.id}`, text: a.body, published: a.published }));
  if (!fs.existsSync(DEVSETS)) {
    process.stderr.write(`snapshot: ${DEVSETS} is absent — seed articles only\n`);
    return out;
  }
  for (const f of fs.readdirSync(DEVSETS).filter((x) => x.endsWith('.json')).sort()) {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(DEVSETS, f), 'utf8'));
    const gold = GoldLike.safeParse(raw);
    const notes = NoteLike.safeParse(raw);
    const items = gold.success ? gold.data.articles : notes.success ? notes.data : null;
    if (!items) throw new Error(`${f}: neither a gold file nor a list of notes`);
    items.forEach((a, i) => out.push({ key: `${f}#${i}`, text: a.text, published: a.published ?? null }));
  }
  return out;
}

function write(file: string): void {
  const fd = fs.openSync(file, 'w');
  const all = texts();
  const t0 = performance.now();
  for (const t of all) {
    const { mentions, events } = processText(t.text, { published: t.published });
    fs.writeSync(fd, `${JSON.stringify({ key: t.key, out: { mentions, events } })}\n`);
  }
  fs.closeSync(fd);
  process.stderr.write(`snapshot: ${all.length} texts → ${file} in ${Math.round(performance.now() - t0)} ms\n`);
}

function diff(a: string, b: string): number {
  const la = fs.readFileSync(a, 'utf8').split('\n');
  const lb = fs.readFileSync(b, 'utf8').split('\n');
  let differ = 0;
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] === lb[i]) continue;
    differ++;
    if (differ <= 5) {
      const key = (la[i] ?? lb[i] ?? '').slice(0, 80);
      const at = [...(la[i] ?? '')].findIndex((c, j) => c !== (lb[i] ?? '')[j]);
      process.stdout.write(`line ${i + 1} differs (${key}…) at char ${at}:\n  a: …${(la[i] ?? '').slice(Math.max(0, at - 60), at + 60)}\n  b: …${(lb[i] ?? '').slice(Math.max(0, at - 60), at + 60)}\n`);
    }
  }
  process.stdout.write(differ ? `${differ} of ${la.length - 1} texts differ\n` : `identical: ${la.length - 1} texts\n`);
  return differ ? 1 : 0;
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'write' && rest.length === 1) write(rest[0]!);
else if (cmd === 'diff' && rest.length === 2) process.exit(diff(rest[0]!, rest[1]!));
else {
  process.stderr.write('usage: npm run -s snapshot -- write <out.jsonl> | diff <a.jsonl> <b.jsonl>\n');
  process.exit(2);
}
