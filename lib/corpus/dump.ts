/**
 * importDump: a raw concatenated news dump (+ optional meta) → Article[] and rejected-with-reason.
 * Pure: the input is never mutated and the same input always gives the same articles and ids.
 * Rejected items: text before the first headline (index -1), headlines with no body left after
 * cleaning, exact duplicates (same title and body), and every meta mismatch.
 */
import type { Article } from '../schemas';
import { buildArticle } from './article';
import { CorpusError } from './errors';
import { applyMeta, parseDumpMeta, type DumpMeta, type Rejected, type TitledArticle } from './meta';
import { splitDump } from './split';

export interface ImportResult {
  articles: Article[];
  rejected: Rejected[];
}

/** Split and clean a dump without meta; also returns how many headlines were found. */
export function parseDump(raw: string): { articles: TitledArticle[]; rejected: Rejected[]; headlineCount: number } {
  if (typeof raw !== 'string') throw new CorpusError('bad-input', `dump must be a string, got ${typeof raw}`);
  const { preamble, segments } = splitDump(raw);
  const rejected: Rejected[] = [];
  const content = preamble.filter((l) => l.text !== '');
  if (content.length > 0) {
    const text = content.filter((l) => l.boilerplate === null).length;
    const reason =
      segments.length === 0
        ? `no headline found (${content.length} line(s)): a headline is a short Title Case line between blank lines`
        : `${content.length} line(s) before the first headline (${text} of text, ${content.length - text} boilerplate)`;
    rejected.push({ index: -1, title: null, reason });
  }
  const articles: TitledArticle[] = [];
  const seen = new Map<string, number>();
  segments.forEach((segment, index) => {
    const built = buildArticle({ title: segment.title, lines: segment.lines });
    if ('reason' in built) {
      rejected.push({ index, title: segment.title, reason: built.reason });
      return;
    }
    const first = seen.get(built.id);
    if (first !== undefined) {
      rejected.push({ index, title: segment.title, reason: `duplicate of article #${first + 1} (same title and body)` });
      return;
    }
    seen.set(built.id, index);
    articles.push({ index, article: built });
  });
  return { articles, rejected, headlineCount: segments.length };
}

/** Throws CorpusError('bad-meta') when meta is given but malformed. */
export function importDump(raw: string, meta?: DumpMeta): ImportResult {
  const parsed = parseDump(raw);
  if (!meta) return { articles: parsed.articles.map((a) => a.article), rejected: parsed.rejected };
  const { articles, problems } = applyMeta(parsed.articles, parseDumpMeta(meta), parsed.headlineCount);
  const rejected = [...parsed.rejected, ...problems].sort((a, b) => a.index - b.index);
  return { articles: articles.map((a) => a.article), rejected };
}
