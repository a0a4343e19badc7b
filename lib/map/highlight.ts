/**
 * Highlight spans, built once for every reader of them, and text highlighting without HTML.
 * - `highlightSpans`: the one builder. In: an article's mentions and events (or one event's place).
 *   Out: HighlightSpan[] (lib/schemas) of the kinds asked for, sorted by start ascending, then end
 *   descending (outer first), then kind (event, place, actor, nonplace), then ref — so a reader can
 *   nest them in one pass. `articleSpans` is the API's list (GET /api/articles/[id]).
 * - `segmentText` / `relativeSpans`: slice a text into plain and marked segments, so the UI renders
 *   text nodes and <mark>/<a> elements (never an HTML string).
 */
import type { ArticleSpan, ConflictEvent, EventPlace, HighlightSpan, Mention, Span, SpanKind } from '../schemas';

/** Where spans come from: located mentions → place, non-locations → nonplace, events → event (quote) and actor. */
export interface SpanSource {
  mentions?: readonly Mention[];
  events?: readonly ConflictEvent[];
  /** places given directly (an event's own place, when its article's mentions are not at hand) */
  places?: readonly Pick<EventPlace, 'id' | 'start' | 'end'>[];
}

export interface SpanOptions {
  kinds: readonly SpanKind[];
  /** 'span' drops exact duplicates (same range, kind and ref); 'range' keeps one span per range, by kind order then source order */
  unique: 'span' | 'range';
  /** when given, spans ending past it are dropped */
  bodyLength?: number;
}

const KIND_ORDER: Record<SpanKind, number> = { event: 0, place: 1, actor: 2, nonplace: 3 };

const CANDIDATES: Record<SpanKind, (src: SpanSource) => HighlightSpan[]> = {
  event: ({ events = [] }) => events.map((e) => ({ start: e.quote.start, end: e.quote.end, kind: 'event', ref: e.id })),
  place: ({ mentions = [], places = [] }) => [
    ...mentions.flatMap((m): HighlightSpan[] => (m.isLocation && m.place ? [{ start: m.start, end: m.end, kind: 'place', ref: m.place.id }] : [])),
    ...places.map((p): HighlightSpan => ({ start: p.start, end: p.end, kind: 'place', ref: p.id })),
  ],
  actor: ({ events = [] }) => events.flatMap((e) => e.actors.map((a): HighlightSpan => ({ start: a.start, end: a.end, kind: 'actor', ref: a.id }))),
  nonplace: ({ mentions = [] }) =>
    mentions.flatMap((m): HighlightSpan[] => (m.nonLocation ? [{ start: m.start, end: m.end, kind: 'nonplace', ref: m.nonLocation }] : [])),
};

export function compareSpans(a: HighlightSpan, b: HighlightSpan): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)
  );
}

/** The one builder: candidate spans of the kinds asked for, empty and out-of-body ones dropped, deduplicated, sorted. */
export function highlightSpans(src: SpanSource, opts: SpanOptions): HighlightSpan[] {
  const kinds = [...new Set(opts.kinds)].sort((a, b) => KIND_ORDER[a] - KIND_ORDER[b]);
  const key = (s: HighlightSpan) => (opts.unique === 'range' ? `${s.start}:${s.end}` : `${s.start}:${s.end}:${s.kind}:${s.ref}`);
  const seen = new Set<string>();
  return kinds
    .flatMap((k) => CANDIDATES[k](src))
    .filter((s) => s.start < s.end && (opts.bodyLength === undefined || s.end <= opts.bodyLength))
    .filter((s) => (seen.has(key(s)) ? false : (seen.add(key(s)), true)))
    .sort(compareSpans);
}

const ARTICLE_SPAN_KINDS = ['event', 'place', 'actor'] as const satisfies readonly ArticleSpan['kind'][];

/**
 * GET /api/articles/[id]'s spans over article.body: every event quote (ref = event id), every mention
 * read as a location with a resolved place (ref = gazetteer id), every distinct actor span of the
 * events (ref = actor id). Exact duplicates and spans outside the body are dropped.
 */
export function articleSpans(bodyLength: number, mentions: readonly Mention[], events: readonly ConflictEvent[]): ArticleSpan[] {
  return highlightSpans({ mentions, events }, { kinds: ARTICLE_SPAN_KINDS, unique: 'span', bodyLength }) as ArticleSpan[];
}

export type Segment<S extends Span = Span> = { text: string; start: number; end: number; span: S | null };

/**
 * Segments covering the whole text in order. Overlapping spans: the earlier (then longer) wins and the
 * later one is clipped; empty and out-of-range spans are ignored. Input arrays are not mutated.
 */
export function segmentText<S extends Span>(text: string, spans: readonly S[]): Segment<S>[] {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.end > s.start)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<S>[] = [];
  let pos = 0;
  for (const s of valid) {
    const start = Math.max(s.start, pos);
    if (start >= s.end) continue;
    if (start > pos) out.push({ text: text.slice(pos, start), start: pos, end: start, span: null });
    out.push({ text: text.slice(start, s.end), start, end: s.end, span: s });
    pos = s.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), start: pos, end: text.length, span: null });
  return out;
}

/** Spans relative to a quote: shift absolute article offsets into the quote's coordinates. */
export function relativeSpans<S extends Span>(quote: Span, spans: readonly S[]): S[] {
  return spans
    .filter((s) => s.end > quote.start && s.start < quote.end)
    .map((s) => ({ ...s, start: Math.max(0, s.start - quote.start), end: Math.min(quote.end, s.end) - quote.start }));
}
