/**
 * Text with highlighted spans, rendered as text nodes and <mark>/<a> elements — never an HTML
 * string, so untrusted article text stays inert. Works in server and client components.
 */
import type { ReactNode } from 'react';
import type { ShownSpan } from '@/lib/schemas';
import { segmentText } from '@/lib/map/highlight';

export function HighlightedText({ text, spans }: { text: string; spans: readonly ShownSpan[] }): ReactNode {
  return segmentText(text, spans).map((s) => {
    if (!s.span) return s.text;
    const { kind, href, title } = s.span;
    const key = `${s.start}-${kind}`;
    if (href) {
      return (
        <a key={key} href={href} title={title} className={`hl hl-${kind}`} data-kind={kind}>
          {s.text}
        </a>
      );
    }
    return (
      <mark key={key} title={title} className={`hl hl-${kind}`} data-kind={kind}>
        {s.text}
      </mark>
    );
  });
}
