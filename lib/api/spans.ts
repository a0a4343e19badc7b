/**
 * Highlight spans for the article reader: one flat list over article.body.
 * In: a StoredArticle's mentions and events.
 * Out: spans sorted by start ascending, then end descending (outer first), then kind
 * (event, place, actor), then ref — so a reader can nest them in one pass:
 *   - event: the event's quote (the sentence), ref = event id;
 *   - place: every mention read as a location with a resolved place, ref = gazetteer id;
 *   - actor: every distinct actor span of the events, ref = actor id.
 * Duplicates (same start, end, kind and ref) are dropped; spans outside the body are dropped.
 */
import type { ConflictEvent, Mention } from '../schemas';
import type { HighlightSpan } from './schemas';

const KIND_ORDER: Record<HighlightSpan['kind'], number> = { event: 0, place: 1, actor: 2 };

export function compareSpans(a: HighlightSpan, b: HighlightSpan): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0)
  );
}

export function articleSpans(bodyLength: number, mentions: readonly Mention[], events: readonly ConflictEvent[]): HighlightSpan[] {
  const all: HighlightSpan[] = [];
  for (const e of events) {
    all.push({ start: e.quote.start, end: e.quote.end, kind: 'event', ref: e.id });
    for (const a of e.actors) all.push({ start: a.start, end: a.end, kind: 'actor', ref: a.id });
  }
  for (const m of mentions) {
    if (m.isLocation && m.place) all.push({ start: m.start, end: m.end, kind: 'place', ref: m.place.id });
  }
  const seen = new Set<string>();
  return all
    .filter((s) => s.start < s.end && s.end <= bodyLength)
    .filter((s) => {
      const key = `${s.start}:${s.end}:${s.kind}:${s.ref}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort(compareSpans);
}
