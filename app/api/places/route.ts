/**
 * GET /api/places — the places analysts added (the gazetteer overlay), oldest first (public).
 * POST /api/places — add a missing place (admin: Bearer ATLAS_ADMIN_TOKEN). JSON {name, lat, lon, kind, country?,
 * alt?, radiusKm?, source?, note?, mention?: {articleId, start, end}}. 201 {place, reprocessed: [articleIds]}: the
 * place is stored, the geoparser reads it from then on, and every article that mentions it was read again.
 * 400 naming the bad field, 404 for an unknown mention article, 409 when the name is already a place at that point.
 */
import { getStore } from '@/lib/store';
import { handle, json, methodNotAllowed } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';
import { requireAdmin } from '@/lib/api/auth';
import { enforceLimit } from '@/lib/api/limits';
import { readJsonBody } from '@/lib/api/body';
import { AddPlaceRequest } from '@/lib/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/places', async () => {
    rejectSearchParams(req.url);
    return json({ places: await (await getStore()).listOverlayPlaces() });
  });
}

export async function POST(req: Request): Promise<Response> {
  return handle('POST /api/places', async () => {
    requireAdmin(req);
    enforceLimit(req, 'writes'); // ATLAS_RATE_WRITES per client: 429 + Retry-After
    rejectSearchParams(req.url);
    const input = await readJsonBody(req, AddPlaceRequest, { what: 'place' });
    const { addPlace } = await import('@/lib/pipeline'); // the reader loads only for writes
    const result = await addPlace(await getStore(), input, process.env.ATLAS_ADMIN_LABEL || 'analyst');
    return json(result, { status: 201 });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET', 'POST');
export { refuse as PUT, refuse as PATCH, refuse as DELETE };
