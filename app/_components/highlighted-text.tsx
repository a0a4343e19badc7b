/**
 * Text with highlighted spans, rendered as text nodes and <mark>/<a> elements — never an HTML
 * string, so untrusted article text stays inert. Works in server and client components.
 */
import type { ReactNode } from 'react';
import { segmentText, type HighlightSpan } from '@/lib/map/highlight';

export interface Highlight {
  kind: 'place' | 'actor' | 'trigger' | 'nonplace';
  /** link target for the highlight (a place links to the map there) */
  href?: string;
  title?: string;
  id?: string;
}

export function HighlightedText({ text, spans }: { text: string; spans: readonly HighlightSpan<Highlight>[] }): ReactNode {
  return segmentText(text, spans).map((s) => {
    if (!s.span) return s.text;
    const { kind, href, title, id } = s.span.meta;
    const key = `${s.start}-${kind}`;
    if (href) {
      return (
        <a key={key} id={id} href={href} title={title} className={`hl hl-${kind}`} data-kind={kind}>
          {s.text}
        </a>
      );
    }
    return (
      <mark key={key} id={id} title={title} className={`hl hl-${kind}`} data-kind={kind}>
        {s.text}
      </mark>
    );
  });
}
