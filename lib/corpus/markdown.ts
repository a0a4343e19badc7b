/**
 * Article ⇄ Markdown file (data/articles/<id>.md).
 * Front matter (YAML) holds id, title, published, source, url and the boilerplate audit; the Markdown
 * body is the article body byte for byte, followed by one newline. Paragraph spans are not stored:
 * they are recomputed from the body on load (body.ts paragraphSpans).
 */
import matter from 'gray-matter';
import { Article } from '../schemas';
import { paragraphSpans } from './body';
import { articleId } from './article';
import { CorpusError } from './errors';

export function articleToMarkdown(article: Article): string {
  const data = {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    url: article.url,
    boilerplate: article.boilerplate.map((b) => ({ kind: b.kind, text: b.text, why: b.why })),
  };
  // lineWidth -1: never fold long strings, so each boilerplate line stays one readable YAML line.
  const yaml = matter.stringify('', data, { lineWidth: -1 } as matter.GrayMatterOption<string, never>);
  // matter.stringify('', data) is "---\n<yaml>---\n\n"; keep the front matter and append body + "\n".
  const frontMatter = yaml.slice(0, yaml.lastIndexOf('---\n') + 4);
  return `${frontMatter}${article.body}\n`;
}

/** Parse and validate one article file; `file` names the file in error messages. */
export function articleFromMarkdown(source: string, file: string): Article {
  const fail = (why: string, issues: string[] = []): never => {
    throw new CorpusError('bad-article-file', `${file}: ${why}`, issues);
  };
  if (!source.startsWith('---\n')) fail('missing front matter (file must start with "---")');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, {}); // an options object disables gray-matter's global cache
  } catch (err) {
    return fail(`front matter is not valid YAML: ${(err as Error).message}`);
  }
  if (!parsed.content.endsWith('\n')) fail('body must end with one newline');
  const body = parsed.content.slice(0, -1);
  const result = Article.safeParse({ ...parsed.data, body, paragraphs: paragraphSpans(body) });
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
    return fail(`invalid article: ${issues[0] ?? ''}`, issues);
  }
  const expected = articleId(result.data.title, result.data.body);
  if (result.data.id !== expected) {
    fail(`id ${result.data.id} does not match title and body (expected ${expected}); re-run npm run corpus:import`);
  }
  return result.data;
}
