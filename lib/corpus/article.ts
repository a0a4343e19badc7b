/**
 * Article assembly: title + classified body lines → a validated Article with a stable id.
 * id = slug(title) + '-' + first 8 hex chars of sha256(body), so the same title and cleaned body always
 * give the same id, and two articles with one title but different bodies get different ids.
 * articleFromText() applies the same cleaning to one user-supplied article and throws CorpusError on
 * an empty title or text, a bad date, or a text with nothing left after cleaning.
 */
import { createHash } from 'node:crypto';
import { Article, IsoDate } from '../schemas';
import { cleanBody, toBodyLines, type BodyLine } from './body';
import { CorpusError } from './errors';
import { cleanLine, normalizeNewlines } from './normalize';

export const SLUG_MAX_CHARS = 60;

/** Lower-case ASCII slug: accents dropped, apostrophes removed, other runs of non-alphanumerics → '-'. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019\u2018`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= SLUG_MAX_CHARS) return slug || 'article';
  const cut = slug.slice(0, SLUG_MAX_CHARS + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, SLUG_MAX_CHARS)).replace(/-+$/, '');
}

export function bodyHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 8);
}

export function articleId(title: string, body: string): string {
  return `${slugify(title)}-${bodyHash(body)}`;
}

/** 'YYYY-MM-DD' (or an ISO date-time, cut to its date) → 'YYYY-MM-DD'; null stays null. */
export function normalizePublished(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCDate() !== Number(m[3]) || date.getUTCMonth() !== Number(m[2]) - 1) {
    throw new CorpusError('invalid-date', `published must be an ISO date YYYY-MM-DD, got "${value}"`);
  }
  return IsoDate.parse(`${m[1]}-${m[2]}-${m[3]}`);
}

export interface ArticleParts {
  title: string;
  lines: BodyLine[];
  published?: string | null;
  source?: string | null;
  url?: string | null;
}

/** Build an Article, or return the reason there is none (no body left after cleaning). */
export function buildArticle(parts: ArticleParts): Article | { reason: string } {
  const title = cleanLine(normalizeNewlines(parts.title));
  const { body, paragraphs, boilerplate } = cleanBody(parts.lines, title);
  if (body.length === 0) {
    return { reason: `no body text after removing ${boilerplate.length} boilerplate line(s)` };
  }
  return Article.parse({
    id: articleId(title, body),
    title,
    published: normalizePublished(parts.published),
    body,
    paragraphs,
    source: parts.source ?? null,
    url: parts.url ?? null,
    boilerplate,
  });
}

export interface ArticleInput {
  title: string;
  text: string;
  published?: string | null;
  source?: string | null;
  url?: string | null;
}

/** Clean one user-supplied article (same cleaning as a dump: boilerplate, glued tags, CRLF, NBSP). */
export function articleFromText(input: ArticleInput): Article {
  const title = typeof input.title === 'string' ? cleanLine(normalizeNewlines(input.title)) : '';
  if (title.length === 0) throw new CorpusError('empty-title', 'article title is empty: give the headline as title');
  if (typeof input.text !== 'string' || input.text.trim().length === 0) {
    throw new CorpusError('empty-text', `article "${title}" has empty text: paste the article body as text`);
  }
  const built = buildArticle({ ...input, title, lines: toBodyLines(input.text) });
  if ('reason' in built) throw new CorpusError('no-body', `article "${title}" has ${built.reason}`);
  return built;
}
