/**
 * The article reader body: each paragraph sliced into text nodes and <mark>/<a> elements for every
 * place and actor mention — never an HTML string. A place links to the map there.
 */
import type { Actor, Article, ConflictEvent, Mention } from '@/lib/schemas';
import { relativeSpans, type HighlightSpan } from '@/lib/map/highlight';
import { viewHref } from '@/lib/map/view-url';
import { HighlightedText, type Highlight } from './highlighted-text';

/**
 * Highlights for the reader, one per text range. Priority: a resolved place (it links to the map), then
 * an actor named by an event, then a toponym that is not a location here (metonymy, demonym…).
 */
export function readerSpans(mentions: readonly Mention[], events: readonly ConflictEvent[], actors: readonly Actor[]): HighlightSpan<Highlight>[] {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const spans: HighlightSpan<Highlight>[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, meta: Highlight) => {
    const key = `${start}:${end}`;
    if (seen.has(key)) return;
    seen.add(key);
    spans.push({ start, end, meta });
  };
  for (const m of mentions) {
    if (!m.isLocation || !m.place) continue;
    const at = m.point ?? m.place;
    add(m.start, m.end, { kind: 'place', href: viewHref({ place: m.place.id, lat: at.lat, lon: at.lon, z: 10 }), title: `${m.place.name} — show on the map` });
  }
  for (const e of events) for (const a of e.actors) add(a.start, a.end, { kind: 'actor', title: names.get(a.id) ?? a.id });
  for (const m of mentions) if (m.nonLocation) add(m.start, m.end, { kind: 'nonplace', title: `not a location here: ${m.nonLocation}` });
  return spans;
}

export function ArticleBody({ article, spans }: { article: Article; spans: readonly HighlightSpan<Highlight>[] }) {
  const paragraphs = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.body.length }];
  return (
    <div className="article-body">
      {paragraphs.map((p) => (
        <p key={p.start}>
          <HighlightedText text={article.body.slice(p.start, p.end)} spans={relativeSpans(p, spans)} />
        </p>
      ))}
    </div>
  );
}

/** Only http(s) links from article metadata become hrefs; anything else is shown as text. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}
