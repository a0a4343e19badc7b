/** GET /api/geocode/reverse?lat=&lon=&limit=&maxKm=&kinds= — nearest places, closest first: {results: GeocodeResult[]}. */
import { getGazetteer } from '@/lib/gazetteer';
import { ReverseQuery } from '@/lib/schemas';
import { reverseResult } from '@/lib/gazetteer';
import { handle, json, methodNotAllowed } from '@/lib/api/http';
import { parseSearchParams } from '@/lib/api/query';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/geocode/reverse', async () => {
    const q = parseSearchParams(req.url, ReverseQuery);
    const near = getGazetteer().near(q.lat, q.lon, { limit: q.limit, maxKm: q.maxKm, kinds: q.kinds });
    return json({ results: near.map(reverseResult) });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
