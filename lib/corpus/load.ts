/**
 * loadArticles: data/articles/*.md → Article[] (validated), cached per directory.
 * The cache is keyed by the directory's mtime: the importer writes through temp file + rename, which
 * always changes it, so re-imports are picked up; a hand edit in place is not (call clearArticleCache()).
 * Articles come sorted by published date (undated last), then id, so the order is stable.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../schemas';
import { CorpusError } from './errors';
import { articleFromMarkdown } from './markdown';

export const DEFAULT_ARTICLE_DIR = 'data/articles';

interface CacheEntry {
  mtimeMs: number;
  articles: Article[];
}
const cache = new Map<string, CacheEntry>();

export function clearArticleCache(): void {
  cache.clear();
}

function byDateThenId(a: Article, b: Article): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function readDir(dir: string): Article[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('.'))
    .sort();
  const articles = files.map((f) => {
    const article = articleFromMarkdown(fs.readFileSync(path.join(dir, f), 'utf8'), f);
    if (`${article.id}.md` !== f) {
      throw new CorpusError('bad-article-file', `${f}: file name must be ${article.id}.md (the article id)`);
    }
    return article;
  });
  return articles.sort(byDateThenId);
}

/** Read and validate every article file in `dir` (relative to the working directory). */
export function loadArticles(dir: string = DEFAULT_ARTICLE_DIR): Article[] {
  const abs = path.resolve(/*turbopackIgnore: true*/ dir);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new CorpusError('bad-input', `article directory not found: ${abs} (run npm run corpus:import -- <dump.txt>)`);
  }
  if (!stat.isDirectory()) throw new CorpusError('bad-input', `not a directory: ${abs}`);
  const hit = cache.get(abs);
  if (hit && hit.mtimeMs === stat.mtimeMs) return hit.articles;
  const articles = readDir(abs);
  cache.set(abs, { mtimeMs: stat.mtimeMs, articles });
  return articles;
}
