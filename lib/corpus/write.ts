/**
 * Idempotent, atomic article writes: each Article → <dir>/<id>.md, written through a temp file and a
 * rename, and skipped when the file already holds exactly the same bytes.
 * In: articles (already validated) and a directory. Out: which ids were written and which unchanged.
 * removeStale() then deletes files an earlier import of the same source wrote for articles that are
 * no longer in it (an edited dump gives new ids), so the directory mirrors the latest import.
 * Call only after every input has been validated, so a bad input writes nothing.
 */
import fs from 'node:fs';
import matter from 'gray-matter';
import path from 'node:path';
import type { Article } from '../schemas';
import { CorpusError } from './errors';
import { articleToMarkdown } from './markdown';

export interface WriteSummary {
  written: string[];
  unchanged: string[];
}

function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export function writeArticles(articles: Article[], dir: string): WriteSummary {
  const rendered = articles.map((a) => ({ id: a.id, text: articleToMarkdown(a) }));
  const summary: WriteSummary = { written: [], unchanged: [] };
  let current = dir;
  try {
    fs.mkdirSync(dir, { recursive: true });
    for (const { id, text } of rendered) {
      const file = path.join(dir, `${id}.md`);
      if (readIfExists(file) === text) {
        summary.unchanged.push(id);
        continue;
      }
      const tmp = path.join(dir, `.${id}.md.${process.pid}.tmp`);
      current = tmp;
      try {
        fs.writeFileSync(tmp, text, 'utf8');
        fs.renameSync(tmp, file);
      } finally {
        fs.rmSync(tmp, { force: true });
      }
      summary.written.push(id);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new CorpusError('bad-input', `cannot write ${current} (${code}); ${summary.written.length} file(s) already written`);
  }
  return summary;
}

/** Delete <dir>/*.md whose front matter has this `source` but whose id is not in `keep`. */
export function removeStale(dir: string, source: string, keep: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  for (const f of fs.readdirSync(dir).filter((name) => name.endsWith('.md') && !name.startsWith('.'))) {
    const file = path.join(dir, f);
    let data: Record<string, unknown>;
    try {
      data = matter(fs.readFileSync(file, 'utf8'), {}).data;
    } catch {
      continue; // not ours to judge: loadArticles reports unreadable files
    }
    if (data.source === source && typeof data.id === 'string' && !keep.has(data.id)) {
      fs.rmSync(file);
      removed.push(f);
    }
  }
  return removed;
}
