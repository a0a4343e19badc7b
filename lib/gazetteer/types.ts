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
  /**
   * Added by the gazetteer helper (optional so test doubles need not implement them):
   * entries by code — airport IATA/ICAO ("LTK"), country ISO/abbreviation ("SYR", "UK", "DRC"), state postal
   * ("TX"), curated ("EU") — most important first; codes are never in lookup() ("US" must not match "us").
   */
  lookupCode?(code: string): GazetteerEntry[];
  /** countries whose English demonym this is ("Syrian" → Syria); kept out of lookup() */
  lookupDemonym?(word: string): GazetteerEntry[];
  /**
   * entries of the transliteration-folded countries whose name has the same skeleton as `name` (spelling
   * variants: "Mhardeh" → Muḩradah; lib/gazetteer/fold.ts); optional so test doubles need not implement it
   */
  lookupVariant?(name: string): GazetteerEntry[];
  /** prior in [0, 1] that a bare mention of the entry's name means it (kind, population, prominence) */
  importanceOf?(entry: GazetteerEntry): number;
}
