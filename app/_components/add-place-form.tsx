'use client';
/**
 * "Add this place": the form a token holder fills to add a place the gazetteer lacks — its name, a point picked on
 * the map (or typed), a kind and where the analyst found it — saved with POST /api/places. Then says which
 * articles were read again with it. Errors are shown as sentences (lib/map/unplaced apiErrorText), never JSON.
 * In: the name as written, where the map opens (the mention's parent or the article's focus), the mention it
 * started from, the token. Out: onAdded(result) after a 201.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { ADDABLE_KINDS, apiErrorText } from '@/lib/map/unplaced';
import { MapLoader } from './map/map-loader';

export interface AddedPlace {
  place: { id: string; name: string; lat: number; lon: number; kind: string };
  reprocessed: string[];
}

export interface AddPlaceFormProps {
  name: string;
  centre: { lat: number; lon: number; name: string } | null;
  mention?: { articleId: string; start: number; end: number };
  token: string;
  onAdded?: (r: AddedPlace) => void;
  onCancel?: () => void;
}

const num = (s: string): number | null => (s.trim() && Number.isFinite(Number(s)) ? Number(s) : null);

export function AddPlaceForm({ name: initialName, centre, mention, token, onAdded, onCancel }: AddPlaceFormProps) {
  const id = useId();
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<string>('village');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // the map opens once, on the mention's parent or the article's focus; picking never moves it
  const view = useMemo(() => (centre ? { lat: centre.lat, lon: centre.lon, z: 10 } : undefined), [centre]);
  const la = num(lat), lo = num(lon);
  const pick: [number, number] | null = la !== null && lo !== null ? [lo, la] : null;

  async function save(ev: FormEvent) {
    ev.preventDefault();
    if (la === null || lo === null) return setError('Pick the point on the map (or type its latitude and longitude) first.');
    setBusy(true);
    setError(null);
    try {
      const body = {
        name: name.trim(), lat: la, lon: lo, kind,
        ...(source.trim() ? { source: source.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(mention ? { mention } : {}),
      };
      const res = await fetch('/api/places', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      let json: unknown = null;
      try {
        json = await res.json();
      } catch {
        /* not JSON: apiErrorText says the server gave no explanation */
      }
      if (!res.ok) return setError(apiErrorText(res.status, json));
      onAdded?.(json as AddedPlace);
    } catch (err) {
      setError(`The place could not be saved: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="add-form add-place-form" aria-label={`Add the place ${initialName}`} onSubmit={save}>
      <label htmlFor={`${id}-name`}>Name</label>
      <input id={`${id}-name`} required value={name} onChange={(e) => setName(e.target.value)} />
      <p className="muted">
        Click the map where the place is{centre ? ` (the map opens on ${centre.name})` : ''}.
      </p>
      <div className="add-place-map">
        <MapLoader points={[]} view={view} label="Map: click where the place is" pick={pick} onPick={([x, y]) => { setLon(String(x)); setLat(String(y)); }} />
      </div>
      <div className="inline">
        <label htmlFor={`${id}-lat`}>Latitude</label>
        <input id={`${id}-lat`} inputMode="decimal" value={lat} onChange={(e) => setLat(e.target.value)} />
        <label htmlFor={`${id}-lon`}>Longitude</label>
        <input id={`${id}-lon`} inputMode="decimal" value={lon} onChange={(e) => setLon(e.target.value)} />
      </div>
      <label htmlFor={`${id}-kind`}>Kind</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
        {ADDABLE_KINDS.map((k) => (
          <option key={k} value={k}>{k}</option>
        ))}
      </select>
      <label htmlFor={`${id}-source`}>Source (where you found it: a URL, a map, “analyst”)</label>
      <input id={`${id}-source`} value={source} onChange={(e) => setSource(e.target.value)} />
      <label htmlFor={`${id}-note`}>Note</label>
      <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="add-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !name.trim()}>Save place</button>
        {onCancel && <button type="button" className="btn" onClick={onCancel}>Cancel</button>}
      </div>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}

/** What happened after a place was added: its id and the articles read again, each linked. */
export function AddedPlaceNote({ result, reload }: { result: AddedPlace; reload?: { href: string; text: string } }) {
  const n = result.reprocessed.length;
  return (
    <div role="status" className="added-place">
      <p>
        Added <a href={`/place/${encodeURIComponent(result.place.id)}`}>{result.place.name}</a> ({result.place.kind}, {result.place.id}).{' '}
        {n === 0 ? 'No stored article mentions it yet.' : `Read again with it: ${n} article${n === 1 ? '' : 's'}.`}
        {reload && <> <a href={reload.href}>{reload.text}</a></>}
      </p>
      {n > 0 && (
        <ul aria-label="Articles read again">
          {result.reprocessed.map((a) => (
            <li key={a}><a href={`/articles/${encodeURIComponent(a)}`}>{a}</a></li>
          ))}
        </ul>
      )}
    </div>
  );
}
