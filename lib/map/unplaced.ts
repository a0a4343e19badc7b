/**
 * What the reader and the "add a missing place" form need about names the geoparser could not place, DOM-free.
 * In: an article's mentions and events; an API error body. Out: `unplacedMentions` — each unresolved or unlisted
 * (inGazetteer false) mention with where a map should open to place it (its parent, else the article's focus:
 * the first placed event, else the first located mention); `ADDABLE_KINDS`, the kinds an analyst may add (the
 * PlaceKind values without country, sea and continent — cross-checked against the schema in tests);
 * `apiErrorText`, an API error as one readable sentence (never raw JSON).
 */
import type { ConflictEvent, Mention, PlaceKind } from '../schemas';

export interface UnplacedMention {
  name: string;
  start: number;
  end: number;
  /** unresolved: no place at all; unlisted: placed at a known parent */
  status: 'unresolved' | 'unlisted';
  /** where to centre the map to pick the point, and what that is */
  centre: { lat: number; lon: number; name: string } | null;
}

/** Kinds an analyst can add through POST /api/places, in the order the form lists them (village first). */
export const ADDABLE_KINDS: readonly PlaceKind[] = [
  'village', 'town', 'city', 'neighbourhood', 'facility', 'base', 'airport', 'feature', 'region', 'admin2', 'admin1',
];

const isUnplaced = (m: Mention) => m.nonLocation === 'unresolved' || m.inGazetteer === false || (m.place?.id.startsWith('unk:') ?? false);

/** The article's unplaced mentions in text order, each with the centre the map should open on. */
export function unplacedMentions(mentions: readonly Mention[], events: readonly ConflictEvent[]): UnplacedMention[] {
  const focusEvent = events.find((e) => e.place && e.place.inGazetteer !== false)?.place;
  const focusMention = mentions.find((m) => m.isLocation && m.place && m.inGazetteer !== false)?.place;
  const focus = focusEvent ?? focusMention ?? null;
  return mentions.filter(isUnplaced).map((m) => {
    const listed = m.inGazetteer === false || (m.place?.id.startsWith('unk:') ?? false);
    const at = m.parent ?? (listed ? m.place : null) ?? focus;
    return {
      // an unlisted place's own name ("Zarqolia"), not the phrase that marked it ("Zarqolia village")
      name: listed && m.place ? m.place.name : m.text,
      start: m.start,
      end: m.end,
      status: listed ? 'unlisted' : 'unresolved',
      centre: at ? { lat: at.lat, lon: at.lon, name: at.name } : null,
    };
  });
}

/** An API error response as text: "HTTP 400: invalid place: lat must be between -90 and 90 (lat: …)". */
export function apiErrorText(status: number, body: unknown): string {
  const b = body && typeof body === 'object' ? (body as { error?: unknown; issues?: unknown }) : null;
  const error = typeof b?.error === 'string' ? b.error : null;
  const issues = Array.isArray(b?.issues)
    ? b!.issues
        .map((i) => (i && typeof i === 'object' ? (i as { path?: unknown; message?: unknown }) : null))
        .filter((i): i is { path?: unknown; message?: unknown } => !!i && typeof i.message === 'string')
        .map((i) => (typeof i.path === 'string' && i.path ? `${i.path}: ${String(i.message)}` : String(i.message)))
    : [];
  const head = status ? `HTTP ${status}` : 'Request failed';
  if (!error) return `${head}: the server answered without an explanation`;
  const extra = issues.filter((t) => !error.includes(t));
  return `${head}: ${error}${extra.length ? ` (${extra.join('; ')})` : ''}`;
}
