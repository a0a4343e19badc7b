/**
 * Tests only: another outlet's telling of a stored article (issue 15) — a new id, title and source, the same
 * sentences at the same offsets (so the resolver joins its events to the original's), other figures where asked.
 */
import type { StoredArticle } from '@/lib/store/types';

export function twinArticle(doc: StoredArticle, o: { id: string; title: string; source: string; fatalities?: Record<number, number> }): StoredArticle {
  const twin = JSON.parse(JSON.stringify(doc).split(doc.article.id).join(o.id)) as StoredArticle;
  twin.article.title = o.title;
  twin.article.source = o.source;
  twin.article.body += `\n\nReported by ${o.source}.`;
  for (const [i, count] of Object.entries(o.fatalities ?? {})) {
    const e = twin.events[Number(i)]!;
    e.fatalities = e.fatalities ? { ...e.fatalities, count } : { count, text: String(count), start: e.quote.start, end: e.quote.start + 1, qualifier: null };
  }
  return twin;
}
