/** GET /api/geocode?q=&limit=&country=&kinds= — ranked forward geocoding with fuzzy fallback: {results: GeocodeResult[]}. */
import { getGazetteer } from '@/lib/gazetteer';
import { GeocodeQuery } from '@/lib/schemas';
import { handle, json } from '@/lib/api/http';
import { parseSearchParams } from '@/lib/api/query';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/geocode', async () => {
    const q = parseSearchParams(req.url, GeocodeQuery);
    const results = getGazetteer().search(q.q, { limit: q.limit, country: q.country, kinds: q.kinds });
    return json({ results });
  });
}
