'use client';
/**
 * Place search over GET /api/geocode?q=…: type a name, pick a result, the map flies there. Results show the
 * place's display name ("Tartus", lib/map placeName) with the gazetteer's original form beside it ("Ţarţūs").
 * Results are checked and rendered as text. A token holder also gets "Can't find it? Add a missing place"
 * (→ /places/missing?name=…, the add-place form).
 */
import { useState, type FormEvent } from 'react';
import type { GeocodeResult } from '@/lib/schemas';
import { placeName, placeOriginal } from '@/lib/map/names';
import { useStoredToken } from './use-admin-token';
import Link from 'next/link';

/**
 * The geocode API answers GeocodeResult[] (or {results: […]}). zod stays out of the client bundle, so
 * results are checked for the fields this box uses; anything else is an error shown to the user.
 */
function toResults(body: unknown): GeocodeResult[] {
  const list = Array.isArray(body) ? body : (body as { results?: unknown } | null)?.results;
  if (!Array.isArray(list)) throw new Error('unexpected answer from /api/geocode');
  return list.filter(
    (r): r is GeocodeResult =>
      !!r && typeof r.id === 'string' && typeof r.name === 'string' && Number.isFinite(r.lat) && Number.isFinite(r.lon),
  );
}

export function PlaceSearch({ onPick }: { onPick: (r: GeocodeResult) => void }) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<GeocodeResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [token] = useStoredToken();

  async function search(ev: FormEvent) {
    ev.preventDefault();
    const text = q.trim();
    if (!text) return;
    setError(null);
    try {
      const res = await fetch(`/api/geocode?q=${encodeURIComponent(text)}`);
      const body: unknown = await res.json();
      if (!res.ok) {
        setError(typeof body === 'object' && body && 'error' in body ? String((body as { error: unknown }).error) : `search failed (${res.status})`);
        return;
      }
      const list = toResults(body);
      setResults(list);
      // fly to the best match right away; the list stays for other choices
      if (list[0]) onPick(list[0]);
    } catch (err) {
      setError(`search failed: ${(err as Error).message}`);
    }
  }

  return (
    <form className="place-search" role="search" onSubmit={search} action="/api/geocode" method="get">
      <label htmlFor="place-q">Find a place</label>
      <div className="inline">
        <input id="place-q" name="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="e.g. a city name" autoComplete="off" />
        <button type="submit" className="btn">Go</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {results && (
        <ul className="search-results" aria-label="Places found">
          {results.length === 0 && <li className="muted">No place found.</li>}
          {results.slice(0, 6).map((r) => (
            <li key={r.id}>
              <button type="button" className="linklike" onClick={() => onPick(r)}>
                {placeName(r)}
                <span className="muted">{placeOriginal(r) ? ` (${r.name})` : ''} · {r.kind}{r.country ? `, ${r.country}` : ''}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {token && results && (
        <p className="add-missing">
          <Link prefetch={false} href={`/places/missing?name=${encodeURIComponent(q.trim())}`}>Can’t find it? Add a missing place</Link>
        </p>
      )}
    </form>
  );
}
