/**
 * Text with highlighted spans, rendered as text nodes and <mark>/<a> elements — never an HTML
 * string, so untrusted article text stays inert. Works in server and client components.
 */
import type { ReactNode } from 'react';
import type { ShownSpan } from '@/lib/schemas';
import { segmentText } from '@/lib/map/highlight';

/** unknown: a name no gazetteer holds (unresolved, or placed at a parent): drawn with a dashed underline */
export type MarkedSpan = ShownSpan & { unknown?: boolean };

export function HighlightedText({ text, spans }: { text: string; spans: readonly MarkedSpan[] }): ReactNode {
  return segmentText(text, spans).map((s) => {
    if (!s.span) return s.text;
    const { kind, href, title, unknown } = s.span;
    const key = `${s.start}-${kind}`;
    const className = `hl hl-${kind}${unknown ? ' hl-unknown' : ''}`;
    if (href) {
      return (
        <a key={key} href={href} title={title} className={className} data-kind={kind}>
          {s.text}
        </a>
      );
    }
    return (
      <mark key={key} title={title} className={className} data-kind={kind}>
        {s.text}
      </mark>
    );
  });
}
