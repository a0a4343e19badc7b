/**
 * Events → GeoJSON points for the map: position in [lng, lat], plus the few properties a marker
 * needs (type, colour, hollow, peaceful, unlisted, accessible name). Events without a place are not drawable and are
 * returned apart, so the UI can say how many it could not place.
 */
import type { Actor, ConflictEvent, EventPoint } from '../schemas';
import { NEUTRAL_COLOR } from './icons';
import { isPeaceful, PEACEFUL_COLOR } from './acled';
import { eventName } from './names';

/** Colour of the acting party: first actor with role "actor", else the first actor, else neutral. */
export function actingColor(e: Pick<ConflictEvent, 'actors'>, colors: ReadonlyMap<string, string>): string {
  const acting = e.actors.find((a) => a.role === 'actor') ?? e.actors[0];
  return (acting && colors.get(acting.id)) || NEUTRAL_COLOR;
}

/** Colour an event is drawn in: PEACEFUL_COLOR for a peaceful protest, else its acting party's colour. */
export function eventColor(e: Pick<ConflictEvent, 'actors' | 'acled'>, colors: ReadonlyMap<string, string>): string {
  return isPeaceful(e) ? PEACEFUL_COLOR : actingColor(e, colors);
}

export function actorColorMap(actors: readonly Pick<Actor, 'id' | 'color'>[]): Map<string, string> {
  return new Map(actors.map((a) => [a.id, a.color]));
}

export function isApproximate(e: Pick<ConflictEvent, 'place'>): boolean {
  return !!e.place && (e.place.precision === 'region' || e.place.precision === 'country' || e.place.inGazetteer === false);
}

/** The event's place name is in no gazetteer: it is drawn at a known parent (EventPlace.inGazetteer false). */
export function isUnlisted(e: Pick<ConflictEvent, 'place'>): boolean {
  return e.place?.inGazetteer === false;
}

export function eventPoints(
  events: readonly ConflictEvent[],
  actors: readonly Pick<Actor, 'id' | 'color'>[],
): { points: EventPoint[]; unplaced: ConflictEvent[] } {
  const colors = actorColorMap(actors);
  const points: EventPoint[] = [];
  const unplaced: ConflictEvent[] = [];
  for (const e of events) {
    if (!e.place) {
      unplaced.push(e);
      continue;
    }
    points.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [e.place.lon, e.place.lat] },
      properties: {
        id: e.id,
        type: e.type,
        color: eventColor(e, colors),
        hollow: isApproximate(e),
        ...(isPeaceful(e) ? { peaceful: true } : {}),
        ...(isUnlisted(e) ? { unlisted: true } : {}),
        radiusKm: e.place.radiusKm,
        precision: e.place.precision,
        name: eventName(e),
        placeId: e.place.id,
      },
    });
  }
  return { points, unplaced };
}

/** Newest first (undated last), then by id so the order is stable. Returns a new array. */
export function sortByDate<T extends Pick<ConflictEvent, 'date' | 'id'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (b.date.value ?? '').localeCompare(a.date.value ?? '') || a.id.localeCompare(b.id));
}
