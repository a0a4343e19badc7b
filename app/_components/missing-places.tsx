'use client';
/**
 * "Places we could not find": each name the geoparser could not place, how often and where (article links), and
 * for a token holder "Add this place" (AddPlaceForm, the map opening on the known parent when there is one). A name
 * given in the URL (?name=, from the place search's "Can't find it?") opens the form for it at the top.
 * In: MissingPlace rows (GET /api/places/missing's shape, read on the server). Out: POST /api/places via the form.
 */
import { useState } from 'react';
import type { MissingPlace } from '@/lib/schemas';
import { AddPlaceForm, AddedPlaceNote, type AddedPlace } from './add-place-form';
import { useStoredToken } from './use-admin-token';
import { TokenField } from './token-field';

const MAX_LINKS = 5;

export function MissingPlaces({ places, initialName }: { places: readonly MissingPlace[]; initialName?: string }) {
  const [token] = useStoredToken();
  const [open, setOpen] = useState<string | null>(initialName ? `new:${initialName}` : null);
  const [added, setAdded] = useState<AddedPlace | null>(null);
  const done = (r: AddedPlace) => {
    setAdded(r);
    setOpen(null);
  };
  return (
    <div>
      {added && <AddedPlaceNote result={added} reload={{ href: '/places/missing', text: 'Reload the list' }} />}
      {!token && (
        <>
          <p className="muted">An analyst holding the admin token can add these places (kept in this page’s memory only):</p>
          <TokenField id="missing-token" />
        </>
      )}
      {token && initialName !== undefined && open === `new:${initialName}` && (
        <AddPlaceForm name={initialName} centre={null} token={token} onAdded={done} onCancel={() => setOpen(null)} />
      )}
      {places.length === 0 && <p>Every place mentioned in the stored articles was found in the gazetteer.</p>}
      <ul className="missing-places" aria-label="Places we could not find">
        {places.map((p) => (
          <li key={p.name}>
            <strong>{p.name}</strong>{' '}
            <span className="muted">
              · {p.count} mention{p.count === 1 ? '' : 's'} · {p.status === 'unlisted' && p.parent ? `placed at ${p.parent.name}` : 'could not be placed'}
            </span>
            <ul aria-label={`Articles mentioning ${p.name}`}>
              {p.articles.slice(0, MAX_LINKS).map((a) => (
                <li key={a.id}><a href={`/articles/${encodeURIComponent(a.id)}`}>{a.title}</a></li>
              ))}
              {p.articles.length > MAX_LINKS && <li className="muted">and {p.articles.length - MAX_LINKS} more</li>}
            </ul>
            {token && open !== p.name && (
              <button type="button" className="btn btn-small" onClick={() => setOpen(p.name)}>Add this place</button>
            )}
            {token && open === p.name && (
              <AddPlaceForm
                name={p.name}
                centre={p.parent}
                mention={p.articles[0] ? { articleId: p.articles[0].id, start: p.articles[0].start, end: p.articles[0].end } : undefined}
                token={token}
                onAdded={done}
                onCancel={() => setOpen(null)}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
