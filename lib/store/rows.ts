/**
 * Column values shared by the SQL backends: how an event, mention and article map to rows and back.
 * In: parsed schema objects. Out: flat row values (and the inverse for articles).
 */
import type { Article, ConflictEvent } from '../schemas';
import { actingActorIds, actorIds, searchText } from './filter';

export interface EventRow {
  id: string;
  articleId: string;
  seq: number;
  type: string;
  /** acled.eventType / acled.subEventType (filters eventTypes / subEventTypes) */
  acledEventType: string;
  acledSubEventType: string;
  date: string | null;
  sortDate: string;
  background: boolean;
  lat: number | null;
  lon: number | null;
  precision: string | null;
  placeId: string | null;
  radiusKm: number | null;
  search: string;
  json: string;
  actors: string[];
  /** the ids of `actors` that carried the event out (filter.ts actingActorIds; role filter 'actor') */
  acting: string[];
  /** 0.1° grid cell of the point (SQLite grid plan), null without a place */
  cell: number | null;
}

/** 0.1° grid cell: row * 3600 + col; the same formula is in migrations/sqlite/002_query_paths.sql. */
export const GRID_COLS = 3600;
export function gridRow(lat: number): number {
  return Math.min(1799, Math.floor((lat + 90) * 10));
}
export function gridCol(lon: number): number {
  return Math.min(GRID_COLS - 1, Math.floor((lon + 180) * 10));
}
export function gridCell(lat: number, lon: number): number {
  return gridRow(lat) * GRID_COLS + gridCol(lon);
}

/** `search`, `json`: the report's search text (searchText(e, title)) and JSON.stringify(e) when the caller has them already */
export function eventRow(e: ConflictEvent, seq: number, title: string, search?: string, json?: string): EventRow {
  return {
    id: e.id,
    articleId: e.articleId,
    seq,
    type: e.type,
    acledEventType: e.acled.eventType,
    acledSubEventType: e.acled.subEventType,
    date: e.date.value,
    sortDate: e.date.value ?? '',
    background: e.background,
    lat: e.place?.lat ?? null,
    lon: e.place?.lon ?? null,
    precision: e.place?.precision ?? null,
    placeId: e.place?.id ?? null,
    radiusKm: e.place?.radiusKm ?? null,
    search: search ?? searchText(e, title),
    json: json ?? JSON.stringify(e),
    actors: actorIds(e),
    acting: actingActorIds(e),
    cell: e.place ? gridCell(e.place.lat, e.place.lon) : null,
  };
}

export interface ArticleColumns {
  id: string;
  title: string;
  published: string | null;
  source: string | null;
  url: string | null;
  body: string;
  paragraphs: string;
  boilerplate: string;
}

export function articleColumns(a: Article): ArticleColumns {
  return {
    id: a.id,
    title: a.title,
    published: a.published,
    source: a.source,
    url: a.url,
    body: a.body,
    paragraphs: JSON.stringify(a.paragraphs),
    boilerplate: JSON.stringify(a.boilerplate),
  };
}

export function articleFromColumns(r: ArticleColumns): Article {
  return {
    id: r.id,
    title: r.title,
    published: r.published,
    body: r.body,
    paragraphs: JSON.parse(r.paragraphs),
    source: r.source,
    url: r.url,
    boilerplate: JSON.parse(r.boilerplate),
  };
}

/** Bounding box of a circle: lib/geo (the resolution stage uses it too). */
export { circleBbox } from '../geo';
