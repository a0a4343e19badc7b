/**
 * lib/gazetteer: the place index every stage resolves names against.
 * In: data/gazetteer (built by `npm run gazetteer:build`). Out: getGazetteer() — one lazily loaded,
 * cached MemoryGazetteer (lookup, search, near, children, byId, lookupDemonym) — loadGazetteer(dir) for
 * tests and tools, readGazetteerData(dir) and the binary format's constants for the build and benchmarks,
 * normalizeName() shared with the build, helpers for the geoparser (the kind prior table of
 * data/geocode/ranking.json, importance, containsPoint, distanceKm from lib/geo, stripArticles, parseDataFile)
 * and the /api/geocode and /api/places query schemas and response bodies.
 * Server-only: a client bundle that reaches it fails the build. CLIs run with tsx --conditions=react-server
 * (the npm scripts do) or call scripts/server-context.ts first.
 */
import 'server-only';
import path from 'node:path';
import { readGazetteerData } from './load';
import { MemoryGazetteer } from './memory';

export { normalizeName, stripArticles, hasArticle } from './normalize';
export { foldName } from './fold';
export { importance, KIND_PRIOR, GEOPARSE_KIND_PRIOR, POPULATED_KINDS, populationScore } from './rank';
export { parseDataFile } from './datafile';
export { containsPoint, bboxContains } from './spatial';
export { distanceKm } from '../geo';
export { MemoryGazetteer, type SearchOptions } from './memory';
export type { Gazetteer, NearResult } from './types';
export { readGazetteerData, type GazetteerData } from './load';
export { distanceScore, reverseResult, summary, placeBody, type PlaceSummary } from './queries';
export {
  COORD_SCALE, FILES, FORMAT_VERSION, KINDS, NO_COUNTRY, RADIUS_SCALE, binaryByteLength, binaryLayout, derivedSource,
  sectionViews, Meta,
} from './format';

export const DEFAULT_GAZETTEER_DIR = path.join(process.cwd(), 'data', 'gazetteer');

/** Load a gazetteer from a directory (fresh every call; throws an Error naming the bad file and the fix). */
export function loadGazetteer(dir: string = DEFAULT_GAZETTEER_DIR): MemoryGazetteer {
  return new MemoryGazetteer(readGazetteerData(dir));
}

let instance: MemoryGazetteer | null = null;

/** The process-wide gazetteer, loaded from data/gazetteer on first call (set CONFLICT_ATLAS_GAZETTEER to override). */
export function getGazetteer(): MemoryGazetteer {
  if (!instance) instance = loadGazetteer(process.env.CONFLICT_ATLAS_GAZETTEER || DEFAULT_GAZETTEER_DIR);
  return instance;
}
export { OverlayGazetteer, overlayEntry, placeContext, withOverlay, type PlaceContext } from './overlay';
