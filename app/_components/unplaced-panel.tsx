'use client';
/**
 * The reader's "not in the gazetteer" list: every name in this article the geoparser could not place (or placed
 * at a known parent because no gazetteer holds it). A token holder gets "Add this place" → AddPlaceForm; after a
 * save the note lists the articles read again, with a link that reloads the article (its text and events then show
 * the new place).
 * In: the article id and its unplaced mentions (lib/map/unplaced). Out: POST /api/places through the form.
 */
import { useState } from 'react';
import type { UnplacedMention } from '@/lib/map/unplaced';
import { AddPlaceForm, AddedPlaceNote, type AddedPlace } from './add-place-form';
import { useStoredToken } from './use-admin-token';
import { TokenField } from './token-field';

export function UnplacedPanel({ articleId, items }: { articleId: string; items: readonly UnplacedMention[] }) {
  const [token] = useStoredToken();
  const [open, setOpen] = useState<number | null>(null);
  const [added, setAdded] = useState<AddedPlace | null>(null);
  if (!items.length && !added) return null;
  return (
    <section aria-labelledby="unplaced-title" className="unplaced">
      <h2 id="unplaced-title">Not in the gazetteer ({items.length})</h2>
      {added && <AddedPlaceNote result={added} reload={{ href: `/articles/${encodeURIComponent(articleId)}`, text: 'Reload the article with it' }} />}
      {items.length > 0 && (
        <ul aria-label="Places not in the gazetteer">
          {items.map((m) => (
            <li key={m.start}>
              <mark className="hl hl-unknown" title="not in the gazetteer">{m.name}</mark>{' '}
              <span className="muted">
                {m.status === 'unlisted' && m.centre ? `placed at ${m.centre.name}` : 'could not be placed'}
              </span>{' '}
              {token && open !== m.start && (
                <button type="button" className="btn btn-small" onClick={() => setOpen(m.start)}>
                  Add this place
                </button>
              )}
              {token && open === m.start && (
                <AddPlaceForm
                  name={m.name}
                  centre={m.centre}
                  mention={{ articleId, start: m.start, end: m.end }}
                  token={token}
                  onCancel={() => setOpen(null)}
                  onAdded={(r) => {
                    setAdded(r);
                    setOpen(null);
                                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {!token && items.length > 0 && (
        <>
          <p className="muted">An analyst holding the admin token can add these places (kept in this page’s memory only):</p>
          <TokenField id="unplaced-token" />
        </>
      )}
      <p><a href="/places/missing">All places we could not find</a></p>
    </section>
  );
}
