/**
 * The Gazetteer interface: what the geoparser and routes may ask of the place index.
 * In: nothing (implementations hide where data comes from).
 * Out: entries by id, by exact (normalised) name, by fuzzy query, and by proximity.
 */
import type { GazetteerEntry, GeocodeResult, PlaceKind } from '../schemas';

export interface NearResult {
  entry: GazetteerEntry;
  km: number;
}

export interface Gazetteer {
  readonly size: number;
  byId(id: string): GazetteerEntry | undefined;
  /** every entry whose name or alternate name normalises to the same key as `name` (see normalizeName) */
  lookup(name: string): GazetteerEntry[];
  /** ranked forward search with fuzzy fallback for unseen spellings */
  search(q: string, opts?: { limit?: number; country?: string; kinds?: PlaceKind[] }): GeocodeResult[];
  /** nearest entries to a point, closest first */
  near(lat: number, lon: number, opts?: { limit?: number; maxKm?: number; kinds?: PlaceKind[] }): NearResult[];
  /** direct children (entries whose parentId is id) */
  children(id: string): GazetteerEntry[];
}
