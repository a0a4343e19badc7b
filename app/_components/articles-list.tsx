/**
 * Every article: title (link to the reader), date, publisher (a link to the original when it has a URL)
 * and first sentence. Server component.
 */
import type { ArticleSummary } from '@/lib/schemas';
import { formatDate } from '@/lib/map/names';
import { publishersOf } from '@/lib/api/publisher';
import { PublisherLink } from './publisher-link';

export function ArticlesList({ articles, headingLevel = 'h2' }: { articles: readonly ArticleSummary[]; headingLevel?: 'h1' | 'h2' }) {
  const H = headingLevel;
  const publishers = publishersOf(articles.map((a) => ({ ...a, text: a.lede })));
  return (
    <section className="articles" aria-labelledby="articles-title">
      <H id="articles-title" className="section-title">Articles <span className="count">({articles.length})</span></H>
      <ul className="article-list" aria-label="Articles">
        {articles.map((a) => (
          <li key={a.id}>
            <a href={`/articles/${encodeURIComponent(a.id)}`} className="article-title">{a.title}</a>
            <p className="article-meta">
              <time dateTime={a.published ?? undefined}>{formatDate(a.published)}</time>
              {' · '}<PublisherLink publisher={publishers[a.id]!} /> · {a.eventCount} event{a.eventCount === 1 ? '' : 's'}
            </p>
            <p className="article-lede">{a.lede}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
