/**
 * Events → GeoJSON (RFC 7946): Point geometry [lng, lat], the whole event in properties plus its
 * article's title and url. The point is the event's mention point when the geocoder set one
 * ("the northern countryside of <town>" → a point north of the town), else the place's coordinates.
 * In: ConflictEvents and facts about their articles. Pure: inputs are never mutated.
 * Out: Feature / FeatureCollection objects matching lib/api/schemas.ts.
 */
import type { ConflictEvent, Mention } from '../schemas';
import type { EventCollection, EventFeature } from './schemas';

export interface ArticleFacts {
  title: string;
  url: string | null;
  source: string | null;
  mentions: readonly Mention[];
}

/** RFC 7946 §11.2: six decimals (~10 cm) is plenty. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The mention that located the event: same span first, else an overlapping mention of the same place. */
export function placeMention(event: ConflictEvent, mentions: readonly Mention[]): Mention | null {
  const p = event.place;
  if (!p) return null;
  return (
    mentions.find((m) => m.start === p.start && m.end === p.end) ??
    mentions.find((m) => m.place?.id === p.id && m.start < p.end && p.start < m.end) ??
    null
  );
}

/** Where to draw the event: mention point when present, else the place; null without a place. */
export function eventPoint(event: ConflictEvent, mentions: readonly Mention[]): { lat: number; lon: number } | null {
  if (!event.place) return null;
  const point = placeMention(event, mentions)?.point;
  return point ? { lat: point.lat, lon: point.lon } : { lat: event.place.lat, lon: event.place.lon };
}

export function eventFeature(event: ConflictEvent, facts: ArticleFacts | undefined): EventFeature {
  const point = eventPoint(event, facts?.mentions ?? []);
  return {
    type: 'Feature',
    id: event.id,
    geometry: point ? { type: 'Point', coordinates: [round6(point.lon), round6(point.lat)] } : null,
    properties: { ...structuredClone(event), articleTitle: facts?.title ?? null, articleUrl: facts?.url ?? null },
  };
}

export function eventCollection(
  events: readonly ConflictEvent[],
  facts: ReadonlyMap<string, ArticleFacts>,
  query: Record<string, unknown>,
  page: { limit: number; truncated: boolean } = { limit: Math.max(1, events.length), truncated: false },
): EventCollection {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => eventFeature(e, facts.get(e.articleId))),
    meta: { count: events.length, query, limit: page.limit, truncated: page.truncated },
  };
}
