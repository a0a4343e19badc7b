/**
 * Resolve a place id for the map pages: the gazetteer entry if it has one, else the place as stored
 * on an event (curated ids the gazetteer no longer holds still open).
 */
import 'server-only';
import { getGazetteer } from '@/lib/gazetteer';
import type { ConflictEvent, PlaceRef } from '@/lib/schemas';

export function resolvePlace(id: string, events: readonly ConflictEvent[]): PlaceRef | null {
  const entry = getGazetteer().byId(id);
  if (entry) return { id: entry.id, name: entry.name, kind: entry.kind, country: entry.country, lat: entry.lat, lon: entry.lon };
  const p = events.find((e) => e.place?.id === id)?.place;
  return p ? { id: p.id, name: p.name, kind: p.kind, country: p.country, lat: p.lat, lon: p.lon } : null;
}
