'use client';
/**
 * Analyst tools for one event (issue 15), for a token holder (the token from use-admin-token.ts, as Add article and
 * Add a place use it): "Split these off" — tick the reports that are another happening — and "Merge with event…" —
 * paste the ids or links of events that are this one. Sends POST /api/events/{id}/split or /api/events/merge; the
 * decision is stored as an override and survives reprocessing. Then opens the resulting event: the server answers
 * from the store's new version, so the map, list and counts are fresh. Without a token: the token field.
 * In: the event (resolved: `reports`; lone: itself). Out: requests; errors shown as sentences.
 */
import { useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { ConflictEvent } from '@/lib/schemas';
import { apiErrorText } from '@/lib/map/unplaced';
import { useStoredToken } from './use-admin-token';
import { TokenField } from './token-field';
import { reportName } from './event-reports';

/** Event ids out of what an analyst pastes: ids, /event/<id> links or ?event=<id> links, separated by spaces or commas. */
export function eventIdsIn(text: string): string[] {
  const ids = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((t) => {
      try {
        const u = new URL(t, 'http://x.invalid');
        const m = /\/event\/([^/?#]+)/.exec(u.pathname);
        if (m) return decodeURIComponent(m[1]!);
        return u.searchParams.get('event') ?? t;
      } catch {
        return t;
      }
    });
  return [...new Set(ids)];
}

interface Feature { id: string; properties: { reportCount: number } }

export function EventAdmin({ event: e }: { event: ConflictEvent }) {
  const id = useId();
  const router = useRouter();
  const [token] = useStoredToken();
  const [picked, setPicked] = useState<string[]>([]);
  const [others, setOthers] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const reports = e.reports ?? [];

  async function send(path: string, body: unknown): Promise<unknown> {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
      const json = (await res.json().catch(() => null)) as unknown;
      if (!res.ok) {
        setError(apiErrorText(res.status, json));
        return null;
      }
      return json;
    } catch (err) {
      setError(`Could not reach the server: ${(err as Error).message}`);
      return null;
    } finally {
      setBusy(false);
    }
  }

  const open = (target: string) => {
    router.push(`/event/${encodeURIComponent(target)}`, { scroll: false });
    router.refresh();
  };

  async function split(ev: FormEvent) {
    ev.preventDefault();
    const r = (await send(`/api/events/${encodeURIComponent(e.id)}/split`, { reports: picked })) as { events: [Feature, Feature] } | null;
    if (!r) return;
    setPicked([]);
    setDone(`Split: ${r.events[0].properties.reportCount} report(s) are now event ${r.events[0].id}; ${r.events[1].properties.reportCount} stay in ${r.events[1].id}.`);
    open(r.events[1].id);
  }

  async function merge(ev: FormEvent) {
    ev.preventDefault();
    const ids = eventIdsIn(others).filter((x) => x !== e.id);
    if (ids.length === 0) return setError('Paste the id or link of at least one other event.');
    const r = (await send('/api/events/merge', { events: [e.id, ...ids] })) as { event: Feature } | null;
    if (!r) return;
    setOthers('');
    setDone(`Merged: event ${r.event.id} now has ${r.event.properties.reportCount} reports.`);
    open(r.event.id);
  }

  return (
    <details className="event-admin">
      <summary>Analyst: split or merge</summary>
      {!token ? (
        <>
          <p className="muted">An analyst holding the admin token can split this event or merge it with others (kept in this page’s memory only):</p>
          <TokenField id={`${id}-token`} />
        </>
      ) : (
        <>
          {reports.length > 1 && (
            <form className="add-form" aria-label="Split reports off this event" onSubmit={split}>
              <fieldset>
                <legend>Reports that are another event</legend>
                {reports.map((r) => (
                  <label key={r.key} className="report-pick">
                    <input
                      type="checkbox"
                      checked={picked.includes(r.eventId)}
                      onChange={(x) => {
                        const on = x.currentTarget.checked;
                        setPicked((p) => (on ? [...p, r.eventId] : p.filter((q) => q !== r.eventId)));
                      }}
                    />{' '}
                    {reportName(r)}: <span className="muted">“{r.quote.text.length > 90 ? `${r.quote.text.slice(0, 89)}…` : r.quote.text}”</span>
                  </label>
                ))}
              </fieldset>
              <div className="add-actions">
                <button type="submit" className="btn btn-small" disabled={busy || picked.length === 0 || picked.length === reports.length}>
                  Split these off
                </button>
              </div>
            </form>
          )}
          <form className="add-form" aria-label="Merge with other events" onSubmit={merge}>
            <label htmlFor={`${id}-merge`}>Merge with event (ids or links)</label>
            <input id={`${id}-merge`} type="text" value={others} onChange={(x) => setOthers(x.currentTarget.value)} placeholder="article-e0, /event/…" />
            <div className="add-actions">
              <button type="submit" className="btn btn-small" disabled={busy || !others.trim()}>
                Merge
              </button>
            </div>
          </form>
        </>
      )}
      {error && <p className="field-error" role="alert">{error}</p>}
      {done && <p className="field-ok" role="status">{done}</p>}
    </details>
  );
}
