/**
 * The read side of the place overlay: "places we could not find" (GET /api/places/missing, app/places/missing).
 * In: the store's unplaced mentions (lib/store isUnplaced: unresolved, or placed at a known parent because no
 * gazetteer holds the name). Out: MissingPlace[] — one row per name (names that normalise alike are one row,
 * shown in their most frequent spelling), with how often it was seen, whether it was placed at a parent, and
 * the articles (first mention in each) — most mentions first, then name. Also `readGazetteer(store)`: the
 * gazetteer the read routes answer from (the bundled one plus the store's overlay, lib/gazetteer/overlay.ts).
 */
import type { MissingPlace } from '../schemas';
import { getGazetteer, normalizeName, withOverlay, type Gazetteer } from '../gazetteer';
import type { EventStore, UnplacedMention } from '../store';

/** The name a mention gives an unplaced place: the unknown place's own name ("Zarqolia", not "Zarqolia village"). */
export function unplacedName(m: UnplacedMention['mention']): string {
  return m.inGazetteer === false && m.place ? m.place.name : m.text;
}

export function groupMissing(rows: readonly UnplacedMention[]): MissingPlace[] {
  const groups = new Map<string, { rows: UnplacedMention[]; spellings: Map<string, number> }>();
  for (const r of rows) {
    const written = unplacedName(r.mention);
    const key = normalizeName(written);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { rows: [], spellings: new Map() }));
    g.rows.push(r);
    g.spellings.set(written, (g.spellings.get(written) ?? 0) + 1);
  }
  const out = [...groups.values()].map((g): MissingPlace => {
    const name = [...g.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const placed = g.rows.find((r) => r.mention.inGazetteer === false && (r.mention.parent || r.mention.place));
    const p = placed ? (placed.mention.parent ?? placed.mention.place)! : null;
    const articles = new Map<string, MissingPlace['articles'][number]>();
    for (const r of g.rows) {
      if (!articles.has(r.articleId)) articles.set(r.articleId, { id: r.articleId, title: r.title, start: r.mention.start, end: r.mention.end });
    }
    return {
      name,
      count: g.rows.length,
      status: placed ? 'unlisted' : 'unresolved',
      parent: p ? { id: p.id, name: p.name, lat: p.lat, lon: p.lon } : null,
      articles: [...articles.values()],
    };
  });
  return out.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function missingPlaces(store: EventStore): Promise<MissingPlace[]> {
  return groupMissing(await store.unplacedMentions());
}

/** The bundled gazetteer with the store's overlay places on top: what /api/geocode and /api/places/[id] answer from. */
export async function readGazetteer(store: EventStore): Promise<Gazetteer> {
  return withOverlay(getGazetteer(), await store.listOverlayPlaces());
}
