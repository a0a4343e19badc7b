/** GET /api/places/missing — names the geoparser could not place, grouped, most mentions first, with their articles (public). */
import { getStore } from '@/lib/store';
import { handle, json, methodNotAllowed } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';
import { missingPlaces } from '@/lib/api/places';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/places/missing', async () => {
    rejectSearchParams(req.url);
    return json({ places: await missingPlaces(await getStore()) });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
