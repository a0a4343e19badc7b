/**
 * Human words for events, built from data only: type labels, short dates, place display names and the
 * accessible name of a marker ("Shelling in <place>, 21 Oct 2016"). Used by markers, the list, popups and titles.
 * Place names are shown in their conventional English form (lib/geo displayPlaceName: "Tartus" for the
 * gazetteer's "Ţarţūs"); placeOriginal gives the gazetteer's own form where it differs.
 */
import type { ConflictEvent, EventType } from '../schemas';
import { displayPlaceName, originalPlaceName, type NamedPlace } from '../geo';

export const TYPE_LABELS: Record<EventType, string> = {
  airstrike: 'Air strike',
  shelling: 'Shelling',
  clash: 'Clash',
  base: 'Military base',
  truce: 'Truce',
  talks: 'Talks',
  deployment: 'Deployment',
  displacement: 'Displacement',
  explosion: 'Explosion / IED',
  attack: 'Attack on civilians',
  abduction: 'Abduction',
  arrest: 'Arrests',
  protest: 'Protest',
  riot: 'Riot',
  territory: 'Territory change',
  looting: 'Looting / destruction',
  other: 'Other development',
};

/** Plural, lower-case labels for summaries ("7 events: shelling, air strikes"). */
export const TYPE_PLURALS: Record<EventType, string> = {
  airstrike: 'air strikes',
  shelling: 'shelling',
  clash: 'clashes',
  base: 'military bases',
  truce: 'truces',
  talks: 'talks',
  deployment: 'deployments',
  displacement: 'displacement',
  explosion: 'explosions',
  attack: 'attacks on civilians',
  abduction: 'abductions',
  arrest: 'arrests',
  protest: 'protests',
  riot: 'riots',
  territory: 'territory changes',
  looting: 'looting',
  other: 'other developments',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2016-10-21" → "21 Oct 2016" (UTC, locale-independent so server and client agree). */
export function formatDate(iso: string | null | undefined, precision: 1 | 2 | 3 | null = 1): string {
  if (!iso) return 'date unknown';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = MONTHS[Number(mo) - 1] ?? mo;
  if (precision === 3) return `${month} ${y}`;
  const day = `${Number(d)} ${month} ${y}`;
  return precision === 2 ? `week of ${day}` : day;
}

/** The name a place is shown under ("Tartus"); a place without a country gets no article rule. */
export function placeName(p: Pick<NamedPlace, 'id' | 'name'> & { country?: string | null }): string {
  return displayPlaceName({ id: p.id, name: p.name, country: p.country ?? null });
}

/** The gazetteer's own name of a place when it differs from placeName ("Ţarţūs"), else null. */
export function placeOriginal(p: Pick<NamedPlace, 'id' | 'name'> & { country?: string | null }): string | null {
  return originalPlaceName({ id: p.id, name: p.name, country: p.country ?? null });
}

export function placeLabel(e: Pick<ConflictEvent, 'place'>): string {
  return e.place ? placeName(e.place) : 'unknown place';
}

/** The accessible name of an event marker or list item, e.g. "Shelling in <place>, 21 Oct 2016". */
export function eventName(e: Pick<ConflictEvent, 'type' | 'place' | 'date'>): string {
  return `${TYPE_LABELS[e.type]} in ${placeLabel(e)}, ${formatDate(e.date.value, e.date.precision)}`;
}

/** Accessible name of a cluster marker: "12 events near <place>: 5 shelling, 4 clashes…" */
export function clusterName(count: number, types: Partial<Record<EventType, number>>, near: string | null): string {
  const parts = (Object.entries(types) as [EventType, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${n} ${n === 1 ? TYPE_LABELS[t].toLowerCase() : TYPE_PLURALS[t]}`);
  return `${count} events${near ? ` near ${near}` : ''}: ${parts.join(', ')}`;
}

/** One-line summary of events at a place, for titles and Open Graph ("<place> — 7 events: shelling, truces"). */
export function placeSummary(placeName: string, events: readonly Pick<ConflictEvent, 'type'>[]): string {
  const counts = new Map<EventType, number>();
  for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const types = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => TYPE_PLURALS[t]);
  const n = events.length;
  return `${placeName} — ${n} event${n === 1 ? '' : 's'}${types.length ? `: ${types.join(', ')}` : ''}`;
}
