/**
 * Analysts add a missing place once (issue 12): the place goes into the store's overlay, the geoparser reads it
 * from then on, and every stored article that mentions it is read again.
 * In: a store and an AddPlaceRequest (already zod-parsed by the route) plus who asked. Out: the stored
 * OverlayPlace and the ids of the articles reprocessed. `storeGazetteer(store)` is the gazetteer every write of
 * this module geocodes with: the bundled one with the store's overlay on top (re-read on each write, rebuilt only
 * when the overlay changed, so another process's additions are seen too).
 * Refusals: an unknown mention article → StoreNotFoundError (404); the same name already at that point, in the
 * gazetteer or the overlay → StoreConflictError (409).
 */
import { type AddPlaceRequest, type OverlayPlace, OVERLAY_DEFAULT_RADIUS_KM } from '../schemas';
import { distanceKm, getGazetteer, normalizeName, placeContext, withOverlay, type Gazetteer } from '../gazetteer';
import { StoreConflictError, StoreNotFoundError, type EventStore } from '../store';
import { reprocessArticle } from './ingest';

/** The bundled gazetteer with this store's overlay places on top. */
export async function storeGazetteer(store: EventStore): Promise<Gazetteer> {
  return withOverlay(getGazetteer(), await store.listOverlayPlaces());
}

/** Within this many km (or the entry's own radius, up to SAME_POINT_MAX_KM) the same name is the same place. */
const SAME_POINT_KM = 1;
const SAME_POINT_MAX_KM = 5;

function slug(name: string): string {
  return normalizeName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'place';
}

/** "ov:<slug>-<n>", n one more than the places already stored under that slug. */
function nextId(name: string, existing: readonly OverlayPlace[]): string {
  const prefix = `ov:${slug(name)}-`;
  const taken = existing.filter((p) => p.id.startsWith(prefix)).map((p) => Number(p.id.slice(prefix.length))).filter(Number.isFinite);
  return `${prefix}${Math.max(0, ...taken) + 1}`;
}

function assertNew(gz: Gazetteer, names: readonly string[], lat: number, lon: number): void {
  for (const n of names) {
    for (const e of gz.lookup(n)) {
      const km = distanceKm(lat, lon, e.lat, e.lon);
      if (km <= Math.max(SAME_POINT_KM, Math.min(e.radiusKm, SAME_POINT_MAX_KM))) {
        throw new StoreConflictError(`"${n}" is already a place at that point: ${e.name} (${e.id}, ${e.kind}, ${km.toFixed(1)} km away)`);
      }
    }
  }
}

export interface AddPlaceResult {
  place: OverlayPlace;
  /** ids of the articles read again with the new place, sorted */
  reprocessed: string[];
}

/** Articles to read again: the mention's own article, any whose text holds a name, any with an unplaced mention of it. */
async function affectedArticles(store: EventStore, place: OverlayPlace, mentionArticle: string | undefined): Promise<string[]> {
  const names = [place.name, ...place.alt];
  const keys = new Set(names.map(normalizeName));
  const ids = new Set(await store.articleIdsContaining(names));
  for (const u of await store.unplacedMentions()) if (keys.has(normalizeName(u.mention.text)) || (u.mention.inGazetteer === false && u.mention.place && keys.has(normalizeName(u.mention.place.name)))) ids.add(u.articleId);
  if (mentionArticle) ids.add(mentionArticle);
  return [...ids].sort();
}

/** Stores the place in the overlay, then reprocesses every article that mentions it (one write path: ingest.ts). */
export async function addPlace(store: EventStore, req: AddPlaceRequest, who = 'analyst'): Promise<AddPlaceResult> {
  if (req.mention && !(await store.getArticle(req.mention.articleId))) {
    throw new StoreNotFoundError(`article not found: ${req.mention.articleId} (the mention the place was added from)`);
  }
  const existing = await store.listOverlayPlaces();
  const gz = withOverlay(getGazetteer(), existing);
  const alt = [...new Set((req.alt ?? []).filter((a) => normalizeName(a) !== normalizeName(req.name)))];
  assertNew(gz, [req.name, ...alt], req.lat, req.lon);
  const ctx = placeContext(getGazetteer(), req.lat, req.lon);
  const place = await store.addOverlayPlace({
    id: nextId(req.name, existing),
    name: req.name,
    alt,
    kind: req.kind,
    country: req.country ?? ctx.country,
    admin1: ctx.admin1,
    lat: req.lat,
    lon: req.lon,
    radiusKm: req.radiusKm ?? OVERLAY_DEFAULT_RADIUS_KM[req.kind] ?? 2,
    createdBy: who,
    createdAt: new Date().toISOString(),
    source: req.source ?? 'analyst',
    note: req.note ?? null,
  });
  const reprocessed: string[] = [];
  for (const id of await affectedArticles(store, place, req.mention?.articleId)) {
    if (await reprocessArticle(store, id)) reprocessed.push(id);
  }
  return { place, reprocessed };
}
