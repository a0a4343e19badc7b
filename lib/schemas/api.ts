/**
 * Request and response shapes of the HTTP API (the route-level contract; docs/API.md points here).
 * In: the entity schemas of lib/schemas. Out: the zod envelopes route handlers parse and tests check.
 * Entities inside them are the lib/schemas types (ConflictEvent, Mention, Article, Actor); these
 * schemas only add the HTTP envelopes. Tests parse every response with them.
 */
import { z } from 'zod';
import { ListedActor } from './actor';
import { Article, IsoDate } from './article';
import { ConflictEvent } from './event';
import { Override, Report } from './resolution';
import { ArticleSpan } from './highlight';
import { Mention } from './mention';
import { ArticleSummary } from './stored';

/** Longest article text accepted by /api/extract and ingestion (characters). */
export const MAX_TEXT_CHARS = 200_000;

/** POST /api/extract body. */
export const ExtractRequest = z
  .object({
    text: z.string().min(1, 'text must not be empty').max(MAX_TEXT_CHARS, `text is longer than ${MAX_TEXT_CHARS} characters`),
    published: IsoDate.nullable().optional(),
    title: z.string().max(1000).optional(),
  })
  .strict();
export type ExtractRequest = z.infer<typeof ExtractRequest>;

export const ExtractResponse = z.object({ mentions: z.array(Mention), events: z.array(ConflictEvent) });

/** POST /api/articles JSON body (text/plain: first line = title, the rest = text). */
export const IngestRequest = z
  .object({
    title: z.string().trim().min(1, 'title must not be empty').max(1000),
    text: z.string().min(1, 'text must not be empty').max(MAX_TEXT_CHARS, `text is longer than ${MAX_TEXT_CHARS} characters`),
    published: IsoDate.nullable().optional(),
    source: z.string().max(500).nullable().optional(),
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }).max(2000).nullable().optional(),
  })
  .strict();
export type IngestRequest = z.infer<typeof IngestRequest>;

/**
 * `?update=1` (or `true`, nothing else) on POST /api/articles: when the same title and text are stored with other
 * published/source/url, replace those and read the article again (without it that is a 409).
 */
export const UpdateFlag = z
  .enum(['1', 'true'], { error: 'update must be 1 or true: send ?update=1 to replace the stored published/source/url' })
  .transform(() => true as const);

/** Query parameters allowed with a JSON POST /api/articles. */
export const IngestJsonQuery = z.object({ update: UpdateFlag.optional() }).strict();

/** Query parameters allowed with a text/plain POST /api/articles. */
export const IngestQuery = IngestRequest.pick({ published: true, source: true, url: true }).extend(IngestJsonQuery.shape).strict();

export const IngestResponse = z.object({
  id: z.string(),
  created: z.boolean(),
  events: z.number().int().nonnegative(),
  mentions: z.number().int().nonnegative(),
  /** true when `?update=1` replaced the stored metadata and the article was read again (absent otherwise) */
  updated: z.literal(true).optional(),
});

export const ReprocessResponse = IngestResponse.omit({ created: true, updated: true }).extend({ pipelineVersion: z.string() });

export const PointGeometry = z.object({
  type: z.literal('Point'),
  /** [lng, lat] (RFC 7946) */
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
});

export const EventProperties = ConflictEvent.extend({
  /** every report of the event (a lone event: itself), lib/api/reports.ts */
  reports: z.array(Report).min(1),
  reportCount: z.number().int().positive(),
  articleTitle: z.string().nullable(),
  articleUrl: z.string().nullable(),
});
export type EventProperties = z.infer<typeof EventProperties>;

/** One event as a GeoJSON Feature; geometry is null for events without a place (RFC 7946 §3.2). */
export const EventFeature = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: PointGeometry.nullable(),
  properties: EventProperties,
});
export type EventFeature = z.infer<typeof EventFeature>;

export const EventCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(EventFeature),
  meta: z.object({
    count: z.number().int().nonnegative(),
    /** reports behind the events (≥ count: a resolved event stands for several) */
    reports: z.number().int().nonnegative(),
    query: z.record(z.string(), z.unknown()),
    /** the page size applied (the `limit` asked for, else DEFAULT_EVENT_LIMIT) */
    limit: z.number().int().positive(),
    /** more events match than this response holds: narrow the query or raise `limit` */
    truncated: z.boolean(),
  }),
});
export type EventCollection = z.infer<typeof EventCollection>;

/** POST /api/events/merge answer: the stored override and the one event the named events became. */
export const MergeEventsResponse = z.object({ override: Override, event: EventFeature });
/** POST /api/events/{id}/split answer: the override and the two events — the reports taken out first, then the rest. */
export const SplitEventResponse = z.object({ override: Override, events: z.tuple([EventFeature, EventFeature]) });

export const ArticleListResponse = z.object({ articles: z.array(ArticleSummary) });

export const ArticleResponse = z.object({
  article: Article,
  mentions: z.array(Mention),
  events: z.array(ConflictEvent),
  /** highlight spans into article.body: place → gazetteer id, actor → actor id, event → event id (its quote) */
  spans: z.array(ArticleSpan),
});

export const ActorListResponse = z.object({
  /** curated actors (file order), then the other actors the data holds, most events first */
  actors: z.array(ListedActor),
});
