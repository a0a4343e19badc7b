/** GET /api/geocode?q=&limit=&country=&kinds= — ranked forward geocoding with fuzzy fallback: {results: GeocodeResult[]}. */
import { getStore } from '@/lib/store';
import { readGazetteer } from '@/lib/api/places';
import { GeocodeQuery } from '@/lib/schemas';
import { handle, json, methodNotAllowed } from '@/lib/api/http';
import { enforceLimit } from '@/lib/api/limits';
import { parseSearchParams } from '@/lib/api/query';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/geocode', async () => {
    enforceLimit(req, 'cpu'); // ATLAS_RATE_CPU per client: 429 + Retry-After
    const q = parseSearchParams(req.url, GeocodeQuery);
    // the bundled gazetteer plus the places analysts added (POST /api/places)
    const results = (await readGazetteer(await getStore())).search(q.q, { limit: q.limit, country: q.country, kinds: q.kinds });
    return json({ results });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
