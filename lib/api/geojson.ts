/**
 * Events → GeoJSON (RFC 7946): Point geometry [lng, lat] from the event's own place — the one projection of
 * an event: the extractor already sets `event.place` to the point the locating mention gives ("the northern
 * countryside of <town>" → a point north of the town) — plus its article's title and url, and its `reports` and
 * `reportCount` (reports.ts: a lone event's one report is itself); `meta.reports` sums them next to `meta.count`.
 * In: ConflictEvents and references to their articles (no article text). Inputs are never mutated; the features
 * reference the events' nested objects rather than copying them (a route serialises them at once, and every
 * store hands each query fresh objects), so treat a feature as read-only or copy it first.
 * Out: Feature / FeatureCollection objects matching lib/schemas/api.ts.
 */
import type { ArticleRef, ConflictEvent, EventCollection, EventFeature } from '../schemas';
import { reportTotal, withReport, type ArticleFacts } from './reports';

type FeatureArticle = Pick<ArticleRef, 'title' | 'url'> & ArticleFacts;

/** RFC 7946 §11.2: six decimals (~10 cm) is plenty. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function eventFeature(event: ConflictEvent, article: FeatureArticle | undefined): EventFeature {
  const p = event.place;
  return {
    type: 'Feature',
    id: event.id,
    geometry: p ? { type: 'Point', coordinates: [round6(p.lon), round6(p.lat)] } : null,
    properties: { ...withReport(event, article), articleTitle: article?.title ?? null, articleUrl: article?.url ?? null },
  };
}

export function eventCollection(
  events: readonly ConflictEvent[],
  articles: ReadonlyMap<string, FeatureArticle>,
  query: Record<string, unknown>,
  page: { limit: number; truncated: boolean } = { limit: Math.max(1, events.length), truncated: false },
): EventCollection {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => eventFeature(e, articles.get(e.articleId))),
    meta: { count: events.length, reports: reportTotal(events), query, limit: page.limit, truncated: page.truncated },
  };
}
