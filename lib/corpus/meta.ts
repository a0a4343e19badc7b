/**
 * Dump metadata: publication dates for the articles of a dump, in dump order
 * ({ articles: [{ title, published }] }, extra keys allowed).
 * In: parsed articles and the meta. Out: articles dated from their meta entry, plus one problem per
 * mismatch: a title that differs (compared with titleKey: case, curly/straight quotes, NBSP, dashes),
 * an article without an entry, or an entry without an article.
 */
import { z } from 'zod';
import { IsoDate, type Article } from '../schemas';
import { CorpusError } from './errors';
import { titleKey } from './normalize';

export const DumpMeta = z.object({
  articles: z.array(
    z.object({
      title: z.string().min(1, 'meta title is empty'),
      published: IsoDate.nullable(),
    }),
  ),
});
export type DumpMeta = z.infer<typeof DumpMeta>;

export interface Rejected {
  /** 0-based position of the article (or meta entry) in the dump; -1 = text before the first headline */
  index: number;
  title: string | null;
  reason: string;
}

/** Validate an unknown value as DumpMeta, throwing CorpusError('bad-meta') naming every bad field. */
export function parseDumpMeta(value: unknown): DumpMeta {
  const parsed = DumpMeta.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || 'meta'}: ${i.message}`);
  throw new CorpusError('bad-meta', `invalid meta: ${issues[0] ?? 'unknown problem'}`, issues);
}

export interface TitledArticle {
  /** position among the dump's headlines (articles and rejected ones alike) */
  index: number;
  article: Article;
}

/**
 * Date articles from meta entries matched by position among the dump's headlines.
 * `headlineCount` counts every headline found (including rejected articles), so entries stay aligned.
 */
export function applyMeta(
  articles: TitledArticle[],
  meta: DumpMeta,
  headlineCount: number,
): { articles: TitledArticle[]; problems: Rejected[] } {
  const problems: Rejected[] = [];
  const dated: TitledArticle[] = [];
  for (const { index, article } of articles) {
    const entry = meta.articles[index];
    if (!entry) {
      problems.push({ index, title: article.title, reason: `no meta entry for article #${index + 1} "${article.title}"` });
    } else if (titleKey(entry.title) !== titleKey(article.title)) {
      problems.push({
        index,
        title: article.title,
        reason: `meta entry #${index + 1} is titled "${entry.title}" but article #${index + 1} is "${article.title}"`,
      });
    } else {
      dated.push({ index, article: { ...article, published: entry.published } });
    }
  }
  meta.articles.slice(headlineCount).forEach((entry, k) => {
    const index = headlineCount + k;
    problems.push({ index, title: entry.title, reason: `meta entry #${index + 1} "${entry.title}" has no article in the dump` });
  });
  return { articles: dated, problems };
}
