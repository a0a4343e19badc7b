/**
 * Text highlighting without HTML: slice a text into plain segments and marked segments, so the UI
 * renders text nodes and <mark>/<a> elements (never an HTML string).
 * In: text + spans (offsets into the text, may overlap or be out of range). Out: ordered segments.
 */

export interface HighlightSpan<M = unknown> {
  start: number;
  end: number;
  /** whatever the renderer needs (kind, link target, label) */
  meta: M;
}

export type Segment<M = unknown> = { text: string; start: number; end: number; span: HighlightSpan<M> | null };

/**
 * Segments covering the whole text in order. Overlapping spans: the earlier (then longer) wins and the
 * later one is clipped; empty and out-of-range spans are ignored. Input arrays are not mutated.
 */
export function segmentText<M>(text: string, spans: readonly HighlightSpan<M>[]): Segment<M>[] {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.end > s.start)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<M>[] = [];
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
export function relativeSpans<M>(quote: { start: number; end: number }, spans: readonly HighlightSpan<M>[]): HighlightSpan<M>[] {
  return spans
    .filter((s) => s.end > quote.start && s.start < quote.end)
    .map((s) => ({ ...s, start: Math.max(0, s.start - quote.start), end: Math.min(quote.end, s.end) - quote.start }));
}
