/**
 * An event the page did not send: in server-clusters mode the page holds only a page of the events, so a marker
 * clicked on the map may name one it does not have. This hook reads it from `GET /api/events/[id]` (the same
 * ConflictEvent the popup shows, plus its article's title), aborting when the selection changes first.
 * In: the selected id, or undefined when the page already has the event (nothing is fetched).
 * Out: the event and its article's title once loaded (null until then, or when it is unknown).
 */
import { useEffect, useState } from 'react';
import type { ConflictEvent, EventFeature } from '@/lib/schemas';

export interface EventDetails { event: ConflictEvent; articleTitle: string | null }

export function useEventDetails(id: string | undefined): EventDetails | null {
  const [details, setDetails] = useState<EventDetails | null>(null);
  useEffect(() => {
    if (!id) return;
    const ctrl = new AbortController();
    fetch(`/api/events/${encodeURIComponent(id)}`, { signal: ctrl.signal, headers: { accept: 'application/geo+json' } })
      .then((res) => (res.ok ? (res.json() as Promise<EventFeature>) : null))
      .then((f) => {
        if (!f || ctrl.signal.aborted) return;
        const event: Partial<EventFeature['properties']> = { ...f.properties };
        delete event.articleTitle;
        delete event.articleUrl;
        setDetails({ event: event as ConflictEvent, articleTitle: f.properties.articleTitle });
      })
      .catch((err: Error) => {
        if (!ctrl.signal.aborted) console.warn(`[map] event ${id}: ${err.message}`);
      });
    return () => ctrl.abort();
  }, [id]);
  return details && details.event.id === id ? details : null;
}
