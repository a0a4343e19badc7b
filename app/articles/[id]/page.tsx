/**
 * `/articles/[id]`: the article reader — full text with places and actors highlighted, then every
 * event read from it with its quote, and — when other articles told the same event (issue 15) — "also reported by"
 * links to their sentences. Unknown ids → 404.
 */
import type { Metadata } from 'next';
import { siteUrl } from '../../_lib/site-url';
import { notFound } from 'next/navigation';
import { getStore } from '@/lib/store';
import { actorList } from '@/lib/api/actors';
import { formatDate } from '@/lib/map/names';
import { ArticleBody, readerSpans } from '../../_components/article-reader';
import { PublisherLink } from '../../_components/publisher-link';
import { publisherOf, publishersOf, safeHttpUrl } from '@/lib/api/publisher';
import { EventPopup } from '../../_components/event-popup';
import { sortByDate } from '@/lib/map/features';
import { unplacedMentions } from '@/lib/map/unplaced';
import { UnplacedPanel } from '../../_components/unplaced-panel';
import { AlsoReported } from '../../_components/event-reports';
import { otherReports } from '@/lib/api/reports';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  return (await getStore()).getArticle(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await load(decodeURIComponent((await params).id));
  if (!doc) return { title: 'Article not found — Conflict Atlas' };
  return { title: `${doc.article.title} — Conflict Atlas`, description: `${doc.events.length} events read from this article`, openGraph: { url: siteUrl(`/articles/${encodeURIComponent(doc.article.id)}`) } };
}

export default async function ArticlePage({ params }: Props) {
  const doc = await load(decodeURIComponent((await params).id));
  if (!doc) notFound();
  const { article, mentions, events } = doc;
  // curated and open-world actors (names and colours for the chips), lib/api actorList
  const store = await getStore();
  const actors = await actorList(store);
  const url = safeHttpUrl(article.url);
  // publisher + link (lib/api/publisher.ts); numbered among the articles of the same import file
  // the resolved events with a report from this article (as /api/events?article=<id>): own event → other reports
  const also = otherReports(events, await store.queryEvents({ article: article.id, includeBackground: true }));
  const publisher = publishersOf((await store.listArticles()).map((a) => ({ ...a, text: a.lede })))[article.id] ?? publisherOf({ ...article, text: article.body });
  return (
    <div className="reader">
      <article aria-labelledby="article-title">
        <h1 id="article-title">{article.title}</h1>
        <p className="article-meta">
          <time dateTime={article.published ?? undefined}>{formatDate(article.published)}</time>
          {' · '}<PublisherLink publisher={publisher} />
          {!url && article.url ? ` · ${article.url}` : ''}
        </p>
        <p className="reader-key">
          <mark className="hl hl-place">place</mark> <mark className="hl hl-actor">actor</mark> <mark className="hl hl-nonplace">not a location</mark> <mark className="hl hl-unknown">not in the gazetteer</mark>
        </p>
        <ArticleBody article={article} spans={readerSpans(mentions, events, actors)} />
        <UnplacedPanel articleId={article.id} items={unplacedMentions(mentions, events)} />
      </article>
      <section aria-labelledby="reader-events" className="reader-events">
        <h2 id="reader-events">Events in this article ({events.length})</h2>
        {events.length === 0 && <p className="muted">No events were read from this article.</p>}
        <ul aria-label="Events">
          {sortByDate(events).map((e) => (
            <li key={e.id} id={e.id}>
              <EventPopup event={e} actors={actors} articleTitle={article.title} publisher={publisher} permalink={`/event/${encodeURIComponent(e.id)}`} headingLevel="h3" />
              <AlsoReported reports={also.get(e.id) ?? []} />
              {e.place && (
                <p><a href={`/event/${encodeURIComponent(e.id)}`}>Show on the map</a></p>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
