'use client';
/**
 * "Add article": admin token (asked once, kept in sessionStorage), the article form, Preview
 * (POST /api/extract → events on a preview map and list) and Save (POST /api/articles). A 4xx shows
 * the API's JSON error as text. Saved events appear on the main map at once (pages are dynamic).
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { Actor, ConflictEvent } from '@/lib/schemas';
import { eventPoints } from '@/lib/map/features';
import { MapLoader } from './map/map-loader';
import { EventList } from './event-list';
import { EventPopup } from './event-popup';
import { useStoredToken } from './use-admin-token';

interface Fields { title: string; text: string; published: string; source: string; url: string }
type Result = { kind: 'error'; status: number; body: string } | { kind: 'saved'; id: string; events: number; created: boolean } | null;

async function postJson(url: string, body: unknown, token?: string): Promise<{ ok: boolean; status: number; json: unknown; raw: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const raw = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(raw);
  } catch {
    /* non-JSON error bodies are shown raw */
  }
  return { ok: res.ok, status: res.status, json, raw };
}

export function AddArticle({ actors }: { actors: Actor[] }) {
  const [stored, store] = useStoredToken();
  const [draft, setDraft] = useState('');
  const tokenSaved = stored !== null;
  const [f, setF] = useState<Fields>({ title: '', text: '', published: '', source: '', url: '' });
  const [preview, setPreview] = useState<ConflictEvent[] | null>(null);
  const [selected, setSelected] = useState<string | undefined>();
  const [result, setResult] = useState<Result>(null);
  const [busy, setBusy] = useState(false);

  const points = useMemo(() => eventPoints(preview ?? [], actors).points, [preview, actors]);
  const set = (k: keyof Fields) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  const optional = (s: string) => (s.trim() ? s.trim() : null);
  const fail = (status: number, json: unknown, raw: string) => setResult({ kind: 'error', status, body: json ? JSON.stringify(json, null, 2) : raw });

  async function runPreview() {
    setBusy(true);
    setResult(null);
    try {
      const r = await postJson('/api/extract', { text: f.text, title: f.title || undefined, published: optional(f.published) });
      if (!r.ok) return fail(r.status, r.json, r.raw);
      const events = (r.json as { events?: ConflictEvent[] }).events ?? [];
      setPreview(events);
    } catch (err) {
      setResult({ kind: 'error', status: 0, body: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function save(ev: FormEvent) {
    ev.preventDefault();
    setBusy(true);
    setResult(null);
    try {
      const body = { title: f.title, text: f.text, published: optional(f.published), source: optional(f.source), url: optional(f.url) };
      const r = await postJson('/api/articles', body, stored ?? undefined);
      if (!r.ok) return fail(r.status, r.json, r.raw);
      const j = r.json as { id: string; events: number; created: boolean };
      setResult({ kind: 'saved', id: j.id, events: j.events, created: j.created });
    } catch (err) {
      setResult({ kind: 'error', status: 0, body: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const sel = preview?.find((e) => e.id === selected);
  return (
    <div className="add">
      <section aria-labelledby="token-title" className="add-token">
        <h2 id="token-title">Admin token</h2>
        {tokenSaved ? (
          <p>Token kept for this browser tab. <button type="button" className="btn btn-small" onClick={() => store(null)}>Forget token</button></p>
        ) : (
          <form className="add-form" onSubmit={(e) => { e.preventDefault(); if (draft.trim()) store(draft.trim()); setDraft(''); }}>
            <label htmlFor="add-token">Admin token (ATLAS_ADMIN_TOKEN)</label>
            <input id="add-token" type="password" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} />
            <div className="add-actions"><button type="submit" className="btn">Use token</button></div>
          </form>
        )}
      </section>
      <form className="add-form" onSubmit={save} aria-label="Article">
        <label htmlFor="add-title">Title</label>
        <input id="add-title" required value={f.title} onChange={set('title')} />
        <label htmlFor="add-text">Text</label>
        <textarea id="add-text" required value={f.text} onChange={set('text')} />
        <label htmlFor="add-published">Published (YYYY-MM-DD)</label>
        <input id="add-published" type="date" value={f.published} onChange={set('published')} />
        <label htmlFor="add-source">Source</label>
        <input id="add-source" value={f.source} onChange={set('source')} />
        <label htmlFor="add-url">URL</label>
        <input id="add-url" type="url" value={f.url} onChange={set('url')} />
        <div className="add-actions">
          <button type="button" className="btn" onClick={runPreview} disabled={busy || !f.text.trim()}>Preview</button>
          <button type="submit" className="btn btn-primary" disabled={busy || !tokenSaved}>Save</button>
          {!tokenSaved && <span className="muted">Enter the admin token to save.</span>}
        </div>
      </form>
      <div aria-live="polite">
        {result?.kind === 'error' && (
          <div role="alert">
            <p className="error">Request failed{result.status ? ` (HTTP ${result.status})` : ''}:</p>
            <pre className="api-error">{result.body}</pre>
          </div>
        )}
        {result?.kind === 'saved' && (
          <p role="status">
            {result.created ? 'Saved' : 'Already stored'}: {result.events} event{result.events === 1 ? '' : 's'}.{' '}
            <a href={`/articles/${encodeURIComponent(result.id)}`}>Open the article</a> · <a href="/">See them on the map</a>
          </p>
        )}
      </div>
      {preview && (
        <section aria-labelledby="preview-title" className="preview">
          <h2 id="preview-title">Preview: {preview.length} event{preview.length === 1 ? '' : 's'}</h2>
          <div className="preview-map">
            <MapLoader
              points={points}
              label="Preview map"
              selectedId={selected}
              onSelect={setSelected}
              onPopupClose={() => setSelected(undefined)}
              popup={sel?.place ? { at: [sel.place.lon, sel.place.lat], key: sel.id, content: <EventPopup event={sel} actors={actors} permalink="/add" /> } : null}
            />
          </div>
          <EventList events={preview} actors={actors} selectedId={selected} hrefFor={() => '#preview-title'} onSelect={setSelected} />
        </section>
      )}
    </div>
  );
}
