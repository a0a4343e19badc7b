/**
 * GET /api/clusters — the map's scale path: clusters and single events of one view as a GeoJSON FeatureCollection.
 * Query: lib/schemas ClustersQuery — every /api/events filter plus bbox (required; west > east crosses the
 * antimeridian) and z (integer zoom 0–20). Out: ClusterCollection (`total`, `version`, features). The index per
 * filter set lives in lib/api/clusters.ts (LRU, rebuilt in the background after writes). See docs/API.md.
 */
import { ClustersQuery } from '@/lib/schemas';
import { getStore } from '@/lib/store';
import { handle, methodNotAllowed } from '@/lib/api/http';
import { parseSearchParams } from '@/lib/api/query';
import { clusterCacheFor } from '@/lib/api/clusters';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/clusters', async () => {
    const query = parseSearchParams(req.url, ClustersQuery);
    const store = await getStore();
    // the body comes serialised from the cache's LRU of answers (lib/api/clusters.ts clustersJson)
    return new Response(await clusterCacheFor(store).clustersJson(query), { headers: { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'no-store' } });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
