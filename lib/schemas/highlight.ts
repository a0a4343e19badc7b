/**
 * HighlightSpan: one marked range of an article's body — the shape the article API sends and the
 * reader and popups draw (lib/map/highlight.ts builds them from mentions and events).
 * In: offsets into article.body. Out: { start, end, kind, ref }, plus a link and a tooltip once shown.
 */
import { z } from 'zod';
import { Span } from './article';

/** event: an event's quote; place: a resolved location; actor: an actor named by an event; nonplace: a toponym that is not a location here. */
export const SpanKind = z.enum(['event', 'place', 'actor', 'nonplace']);
export type SpanKind = z.infer<typeof SpanKind>;

/** ref: event → event id, place → gazetteer id, actor → actor id, nonplace → why it is not a location (NonLocationReason). */
export const HighlightSpan = Span.extend({ kind: SpanKind, ref: z.string() });
export type HighlightSpan = z.infer<typeof HighlightSpan>;

/** A span as the UI draws it: a <mark>, or an <a> when it links somewhere (a place links to the map there). */
export const ShownSpan = HighlightSpan.extend({ href: z.string().optional(), title: z.string().optional() });
export type ShownSpan = z.infer<typeof ShownSpan>;

/** The spans GET /api/articles/[id] sends: event quotes, resolved places and actors (never nonplace). */
export const ArticleSpan = HighlightSpan.extend({ kind: SpanKind.exclude(['nonplace']) });
export type ArticleSpan = z.infer<typeof ArticleSpan>;
