/**
 * The place overlay every backend keeps (migration 005): places analysts added because the bundled gazetteer
 * lacks them, and the two reads that find what to reprocess after an addition.
 * In: an OverlayPlace to store (untrusted), or the rows/mentions a backend read. Out: the parsed place (or a
 * StoreInputError naming the bad field), row ↔ place conversion, and the one test of "an unplaced mention" —
 * a name the geoparser could not place at all (nonLocation 'unresolved') or placed at a known parent because no
 * gazetteer holds it (inGazetteer false, place id "unk:…") — shared so the three backends agree.
 */
import { z } from 'zod';
import { OverlayPlace, type Mention } from '../schemas';
import { StoreInputError } from './validate';

/** A mention the geoparser could not place by its own name, with the article it is in. */
export interface UnplacedMention {
  articleId: string;
  title: string;
  mention: Mention;
}

export function parseOverlayPlace(input: unknown): OverlayPlace {
  const r = OverlayPlace.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.map(String).join('.') || 'place', message: i.message }));
  throw new StoreInputError(`invalid overlay place: ${issues[0]!.path}: ${issues[0]!.message}`, issues);
}

export interface OverlayRow {
  id: string;
  name: string;
  alt: string;
  kind: string;
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  radius_km: number;
  created_by: string;
  created_at: string;
  source: string;
  note: string | null;
}

export function overlayRow(p: OverlayPlace): OverlayRow {
  return {
    id: p.id, name: p.name, alt: JSON.stringify(p.alt), kind: p.kind, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon,
    radius_km: p.radiusKm, created_by: p.createdBy, created_at: p.createdAt, source: p.source, note: p.note,
  };
}

const AltColumn = z.array(z.string());

export function overlayFromRow(r: OverlayRow): OverlayPlace {
  return {
    id: r.id, name: r.name, alt: AltColumn.parse(JSON.parse(r.alt)), kind: r.kind as OverlayPlace['kind'], country: r.country,
    admin1: r.admin1, lat: Number(r.lat), lon: Number(r.lon), radiusKm: Number(r.radius_km), createdBy: r.created_by,
    createdAt: r.created_at, source: r.source, note: r.note,
  };
}

/** listOverlayPlaces order: oldest first, then id. */
export function compareOverlay(a: OverlayPlace, b: OverlayPlace): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The one definition of "unplaced": unresolved, or placed at a parent because no gazetteer holds the name. */
export function isUnplaced(m: Pick<Mention, 'nonLocation' | 'inGazetteer' | 'place'>): boolean {
  return m.nonLocation === 'unresolved' || m.inGazetteer === false || (m.place?.id.startsWith('unk:') ?? false);
}

/** Distinct non-empty needles, lower-cased (articleIdsContaining matches case-insensitively). */
export function needles(texts: readonly string[]): string[] {
  return [...new Set(texts.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}
