/**
 * The article reader body: each paragraph sliced into text nodes and <mark>/<a> elements for every
 * place and actor mention — never an HTML string. A place links to the map there.
 */
import type { Actor, Article, ConflictEvent, Mention } from '@/lib/schemas';
import { highlightSpans, relativeSpans } from '@/lib/map/highlight';
import { viewHref } from '@/lib/map/view-url';
import { placeName } from '@/lib/map/names';
import { HighlightedText, type MarkedSpan } from './highlighted-text';

/** title of a name no gazetteer holds */
export const NOT_IN_GAZETTEER = 'not in the gazetteer';

/**
 * Highlights for the reader, one per text range. Priority: a resolved place (it links to the map), then
 * an actor named by an event, then a toponym that is not a location here (metonymy, demonym…). A name no
 * gazetteer holds — unresolved, or placed at a known parent (inGazetteer false) — is marked `unknown`
 * (dashed underline) and titled "not in the gazetteer".
 */
export function readerSpans(mentions: readonly Mention[], events: readonly ConflictEvent[], actors: readonly Actor[]): MarkedSpan[] {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const located = new Map(mentions.filter((m) => m.isLocation && m.place).map((m) => [`${m.start}:${m.end}`, m]));
  return highlightSpans({ mentions, events }, { kinds: ['place', 'actor', 'nonplace'], unique: 'range' }).map((s): MarkedSpan => {
    if (s.kind === 'actor') return { ...s, title: names.get(s.ref) ?? s.ref };
    if (s.kind === 'nonplace') return s.ref === 'unresolved' ? { ...s, title: NOT_IN_GAZETTEER, unknown: true } : { ...s, title: `not a location here: ${s.ref}` };
    const m = located.get(`${s.start}:${s.end}`)!;
    const at = m.point ?? m.place!;
    const href = viewHref({ place: s.ref, lat: at.lat, lon: at.lon, z: 10 });
    if (m.inGazetteer === false) {
      return { ...s, href, unknown: true, title: `${NOT_IN_GAZETTEER}: placed at ${m.parent ? placeName(m.parent) : 'the nearest known place'} — show on the map` };
    }
    return { ...s, href, title: `${placeName(m.place!)} — show on the map` };
  });
}

export function ArticleBody({ article, spans }: { article: Article; spans: readonly MarkedSpan[] }) {
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

/** Only http(s) links from article metadata become hrefs; anything else is shown as text (lib/api/publisher.ts). */
export { safeHttpUrl } from '@/lib/api/publisher';
