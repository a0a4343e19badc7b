'use client';
/**
 * "Add article": admin token (TokenField: kept in memory for the page's life, never in web storage; checked as
 * it is typed against GET /api/auth/check with the result beside the field), the article form, Preview (POST /api/extract →
 * events on a preview map and list) and Save (POST /api/articles). An error is shown as sentences
 * (lib/api/error-text.ts): each beside the field it names (aria-invalid, aria-describedby), the rest
 * above the buttons. Saved events appear on the main map at once (pages are dynamic).
 */
import { useMemo, useState, type FormEvent } from 'react';
import Link from 'next/link';
import type { Actor, ConflictEvent } from '@/lib/schemas';
import { eventPoints } from '@/lib/map/features';
import { MapLoader } from './map/map-loader';
import { EventList } from './event-list';
import { EventPopup } from './event-popup';
import { useStoredToken } from './use-admin-token';
import { useTokenCheck } from './use-token-check';
import { TokenField } from './token-field';
import { errorText, type ErrorText } from '@/lib/api/error-text';

interface Fields { title: string; text: string; published: string; source: string; url: string }
type Result = { kind: 'error'; text: ErrorText } | { kind: 'saved'; id: string; events: number; created: boolean } | null;

/** the form's labels by request field: error sentences name the field as the form does */
export const FIELD_LABELS: Record<keyof Fields, string> = { title: 'Title', text: 'Text', published: 'Published date', source: 'Source', url: 'URL' };

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
  const tokenSaved = stored !== null;
  const check = useTokenCheck(stored);
  const tokenBad = check.state === 'invalid' || check.state === 'disabled';
  const [f, setF] = useState<Fields>({ title: '', text: '', published: '', source: '', url: '' });
  const [preview, setPreview] = useState<ConflictEvent[] | null>(null);
  const [selected, setSelected] = useState<string | undefined>();
  const [result, setResult] = useState<Result>(null);
  const [busy, setBusy] = useState(false);

  const points = useMemo(() => eventPoints(preview ?? [], actors).points, [preview, actors]);
  const set = (k: keyof Fields) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  const optional = (s: string) => (s.trim() ? s.trim() : null);
  const fail = (status: number, json: unknown, raw: string) => setResult({ kind: 'error', text: errorText(status, json ?? raw, FIELD_LABELS) });
  const failed = (err: unknown) => setResult({ kind: 'error', text: errorText(0, (err as Error).message, FIELD_LABELS) });
  const fieldErrors = result?.kind === 'error' ? result.text.fields : {};
  /** a field's input props: its error beside it, announced with it */
  const field = (k: keyof Fields) => {
    const error = fieldErrors[k];
    return {
      id: `add-${k}`,
      value: f[k],
      onChange: (e: { target: { value: string } }) => {
        set(k)(e);
        // editing a field clears its error
        if (error && result?.kind === 'error') setResult({ kind: 'error', text: { ...result.text, fields: { ...result.text.fields, [k]: undefined } as Record<string, string> } });
      },
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `add-${k}-error` : undefined,
    };
  };
  const errorOf = (k: keyof Fields) => (fieldErrors[k] ? <p id={`add-${k}-error`} className="field-error">{fieldErrors[k]}</p> : null);

  async function runPreview() {
    setBusy(true);
    setResult(null);
    try {
      const r = await postJson('/api/extract', { text: f.text, title: f.title || undefined, published: optional(f.published) });
      if (!r.ok) return fail(r.status, r.json, r.raw);
      const events = (r.json as { events?: ConflictEvent[] }).events ?? [];
      setPreview(events);
    } catch (err) {
      failed(err);
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
      failed(err);
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
          <>
            <p>Token kept in this page’s memory only (not stored: enter it again after a reload). <button type="button" className="btn btn-small" onClick={() => store(null)}>Forget token</button></p>
            {check.message && <p id="add-token-status" className={tokenBad || check.state === 'error' ? 'field-error' : 'field-ok'} aria-live="polite">{check.message}</p>}
          </>
        ) : (
          <TokenField id="add-token" />
        )}
      </section>
      <form className="add-form" onSubmit={save} aria-label="Article">
        <label htmlFor="add-title">Title</label>
        <input required {...field('title')} />
        {errorOf('title')}
        <label htmlFor="add-text">Text</label>
        <textarea required {...field('text')} />
        {errorOf('text')}
        <label htmlFor="add-published">Published date (YYYY-MM-DD)</label>
        <input inputMode="numeric" placeholder="YYYY-MM-DD" autoComplete="off" {...field('published')} />
        {errorOf('published')}
        <label htmlFor="add-source">Source</label>
        <input {...field('source')} />
        {errorOf('source')}
        <label htmlFor="add-url">URL</label>
        <input type="url" {...field('url')} />
        {errorOf('url')}
        {result?.kind === 'error' && (
          <div role="alert" className="form-errors">
            {result.text.general.length > 0 ? (
              result.text.general.map((g) => <p key={g} className="error">{g}</p>)
            ) : (
              <p className="error">
                Check{' '}
                {(Object.keys(FIELD_LABELS) as (keyof Fields)[])
                  .filter((k) => fieldErrors[k])
                  .map((k, i) => (
                    <span key={k}>{i > 0 ? ', ' : ''}<a href={`#add-${k}`}>{FIELD_LABELS[k]}</a></span>
                  ))}
                .
              </p>
            )}
          </div>
        )}
        <div className="add-actions">
          <button type="button" className="btn" onClick={runPreview} disabled={busy || !f.text.trim()}>Preview</button>
          <button type="submit" className="btn btn-primary" disabled={busy || !tokenSaved || tokenBad}>Save</button>
          {!tokenSaved && <span className="muted">Enter the admin token to save.</span>}
        </div>
      </form>
      <div aria-live="polite">
        {result?.kind === 'saved' && (
          <p role="status">
            {result.created ? 'Saved' : 'Already stored'}: {result.events} event{result.events === 1 ? '' : 's'}.{' '}
            <Link prefetch={false} href={`/articles/${encodeURIComponent(result.id)}`}>Open the article</Link> · <Link prefetch={false} href="/">See them on the map</Link>
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
