/**
 * The analysts' overlay: a Gazetteer with extra entries (places an analyst added through POST /api/places because
 * no bundled source holds them), so the geoparser, the place search and the place pages find them.
 * In: a base Gazetteer and OverlayPlace rows (lib/schemas/overlay.ts, kept by lib/store). Out: `withOverlay(base,
 * places)` — the base itself when there are none, else an OverlayGazetteer (memoised per base and set of places,
 * so the geoparser's per-gazetteer lookup cache survives between writes); `overlayEntry(place)`; `placeContext`,
 * the country, admin1 and parent a point lies in (for a place added without them).
 * Names are keyed by the base's normalizeName (and stripArticles), exactly like the bundled index. An overlay entry
 * ranks as curated: an analyst said so. In lookup() it comes first, ahead of base entries of the same name.
 */
import type { GazetteerEntry, GeocodeResult, OverlayPlace, PlaceKind } from '../schemas';
import type { Gazetteer, NearResult } from './types';
import { normalizeName, stripArticles } from './normalize';
import { importance, MATCH, prefixMatch, searchScore } from './rank';
import { containsPoint } from './spatial';
import { foldable, foldName, MIN_FOLD_KEY_LENGTH } from './fold';
import { distanceKm } from '../geo';

/** The GazetteerEntry an overlay place reads as (no population, no bbox; source says who added it and from where). */
export function overlayEntry(p: OverlayPlace, parentId: string | null = null): GazetteerEntry {
  return Object.freeze({
    id: p.id, name: p.name, alt: Object.freeze([...p.alt]) as string[], kind: p.kind, country: p.country, admin1: p.admin1,
    parentId, population: null, lat: p.lat, lon: p.lon, radiusKm: p.radiusKm, bbox: null,
    source: `overlay (${p.createdBy}, ${p.createdAt.slice(0, 10)}): ${p.source}`,
  });
}

/** Keys an entry is found under: every name, normalised, and again without Arabic articles. */
function keysOf(e: GazetteerEntry): string[] {
  const out = new Set<string>();
  for (const n of [e.name, ...e.alt]) {
    const k = normalizeName(n);
    if (!k) continue;
    out.add(k);
    const bare = stripArticles(k);
    if (bare) out.add(bare);
  }
  return [...out];
}

export interface PlaceContext {
  country: string | null;
  admin1: string | null;
  /** the smallest containing admin2/admin1 entry, else null */
  parentId: string | null;
}

const NEAREST_PLACE_KM = 60;

/** Country, admin1 and parent of a point: the admin areas whose extent holds it, else the nearest populated place. */
export function placeContext(base: Gazetteer, lat: number, lon: number): PlaceContext {
  const areas = base.near(lat, lon, { limit: 12, maxKm: 400, kinds: ['admin2', 'admin1'] }).filter((n) => containsPoint(n.entry, lat, lon));
  const admin2 = areas.find((n) => n.entry.kind === 'admin2')?.entry;
  const admin1 = areas.find((n) => n.entry.kind === 'admin1')?.entry;
  const town = base.near(lat, lon, { limit: 1, maxKm: NEAREST_PLACE_KM, kinds: ['city', 'town', 'village'] })[0]?.entry;
  return {
    country: admin1?.country ?? admin2?.country ?? town?.country ?? null,
    admin1: town?.admin1 ?? admin1?.admin1 ?? admin1?.name ?? null,
    parentId: admin2?.id ?? admin1?.id ?? null,
  };
}

export class OverlayGazetteer implements Gazetteer {
  private readonly entries: GazetteerEntry[];
  private readonly ids = new Map<string, GazetteerEntry>();
  private readonly keys = new Map<string, GazetteerEntry[]>();
  private readonly kids = new Map<string, GazetteerEntry[]>();
  readonly lookupCode?: (code: string) => GazetteerEntry[];
  readonly lookupDemonym?: (word: string) => GazetteerEntry[];
  /** spelling-variant lookup (transliteration skeletons): the overlay's own places first, then the base's */
  readonly lookupVariant?: (name: string) => GazetteerEntry[];
  private readonly skeletons = new Map<string, GazetteerEntry[]>();

  constructor(
    readonly base: Gazetteer,
    entries: readonly GazetteerEntry[],
  ) {
    this.entries = [...entries];
    for (const e of this.entries) {
      this.ids.set(e.id, e);
      for (const k of keysOf(e)) this.keys.set(k, [...(this.keys.get(k) ?? []), e]);
      if (e.parentId) this.kids.set(e.parentId, [...(this.kids.get(e.parentId) ?? []), e]);
    }
    if (base.lookupCode) this.lookupCode = base.lookupCode.bind(base);
    if (base.lookupDemonym) this.lookupDemonym = base.lookupDemonym.bind(base);
    for (const e of this.entries) {
      if (!foldable(e.country)) continue;
      for (const n of new Set([e.name, ...e.alt].map(foldName))) {
        if (n.length >= MIN_FOLD_KEY_LENGTH) this.skeletons.set(n, [...(this.skeletons.get(n) ?? []), e]);
      }
    }
    const baseVariant = base.lookupVariant?.bind(base);
    if (baseVariant || this.skeletons.size > 0) {
      this.lookupVariant = (name: string) => {
        const own = this.skeletons.get(foldName(name)) ?? [];
        const rest = baseVariant ? baseVariant(name) : [];
        return own.length === 0 ? rest : [...own, ...rest.filter((e) => !own.includes(e))];
      };
    }
  }

  get size(): number {
    return this.base.size + this.entries.length;
  }

  /** the overlay's own entries, in the order given */
  get own(): readonly GazetteerEntry[] {
    return this.entries;
  }

  byId(id: string): GazetteerEntry | undefined {
    return this.ids.get(id) ?? this.base.byId(id);
  }

  private ownHits(name: string): GazetteerEntry[] {
    const key = normalizeName(name);
    if (!key) return [];
    const hits = new Set(this.keys.get(key) ?? []);
    const bare = stripArticles(key);
    if (bare !== key) for (const e of this.keys.get(bare) ?? []) hits.add(e);
    return [...hits];
  }

  lookup(name: string): GazetteerEntry[] {
    const own = this.ownHits(name);
    const rest = this.base.lookup(name);
    return own.length ? [...own, ...rest.filter((e) => !this.ids.has(e.id))] : rest;
  }

  search(q: string, opts: { limit?: number; country?: string; kinds?: PlaceKind[] } = {}): GeocodeResult[] {
    const limit = Math.max(1, Math.min(opts.limit ?? 10, 100));
    const key = normalizeName(q);
    const country = opts.country?.toUpperCase();
    const kinds = opts.kinds?.length ? new Set(opts.kinds) : null;
    const mine: GeocodeResult[] = [];
    if (key) {
      for (const e of this.entries) {
        if ((country && e.country !== country) || (kinds && !kinds.has(e.kind))) continue;
        const names = [e.name, ...e.alt].map(normalizeName);
        const match = names[0] === key ? MATCH.name : names.includes(key) ? MATCH.alt
          : key.length >= 3 ? Math.max(0, ...names.filter((n) => n.startsWith(key)).map((n) => prefixMatch(key.length / n.length))) : 0;
        if (match > 0) {
          mine.push({ id: e.id, name: e.name, kind: e.kind, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon, score: searchScore(match, importance(e)) });
        }
      }
    }
    const rest = this.base.search(q, { ...opts, limit });
    return [...mine, ...rest]
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }

  near(lat: number, lon: number, opts: { limit?: number; maxKm?: number; kinds?: PlaceKind[] } = {}): NearResult[] {
    const limit = Math.max(1, opts.limit ?? 10);
    const maxKm = opts.maxKm ?? Infinity;
    const kinds = opts.kinds?.length ? new Set(opts.kinds) : null;
    const mine: NearResult[] = [];
    for (const e of this.entries) {
      if (kinds && !kinds.has(e.kind)) continue;
      const km = Math.round(distanceKm(lat, lon, e.lat, e.lon) * 1000) / 1000;
      if (km <= maxKm) mine.push({ entry: e, km });
    }
    if (!mine.length) return this.base.near(lat, lon, opts);
    return [...mine, ...this.base.near(lat, lon, opts)].sort((a, b) => a.km - b.km).slice(0, limit);
  }

  children(id: string): GazetteerEntry[] {
    const own = this.kids.get(id);
    return own ? [...this.base.children(id), ...own] : this.base.children(id);
  }

  importanceOf(e: GazetteerEntry): number {
    if (this.ids.has(e.id)) return importance(e);
    return this.base.importanceOf ? this.base.importanceOf(e) : importance(e);
  }
}

/** Last overlay built per base gazetteer, with the signature of the places it was built from. */
const memo = new WeakMap<Gazetteer, { sig: string; gz: OverlayGazetteer }>();

const signature = (places: readonly OverlayPlace[]) => places.map((p) => `${p.id}@${p.createdAt}`).join('|');

/**
 * The base gazetteer with these places on top (the base itself when there are none). The same base and the same
 * places give the same object back, so caches keyed on the gazetteer (the geoparser's lookup memo) stay warm.
 */
export function withOverlay(base: Gazetteer, places: readonly OverlayPlace[]): Gazetteer {
  if (!places.length) return base;
  const sig = signature(places);
  const hit = memo.get(base);
  if (hit && hit.sig === sig) return hit.gz;
  const gz = new OverlayGazetteer(base, places.map((p) => overlayEntry(p, placeContext(base, p.lat, p.lon).parentId)));
  memo.set(base, { sig, gz });
  return gz;
}
