/** GET /api/places/[id] — one gazetteer (or analysts' overlay) entry with its parent and children summaries; 404 if unknown. */
import { z } from 'zod';
import { getStore } from '@/lib/store';
import { readGazetteer } from '@/lib/api/places';
import { PlaceId } from '@/lib/schemas';
import { placeBody } from '@/lib/gazetteer';
import { badInput, handle, json, notFound, methodNotAllowed } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Ids contain ":"; accept them whether or not the client percent-encoded it. */
function decodeId(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle('GET /api/places/[id]', async () => {
    rejectSearchParams(req.url);
    const { id: raw } = await ctx.params;
    const parsed = z.object({ id: PlaceId }).safeParse({ id: decodeId(raw) });
    if (!parsed.success) throw badInput(parsed.error, 'place id');
    const gz = await readGazetteer(await getStore()); // bundled + analysts' overlay
    const entry = gz.byId(parsed.data.id);
    if (!entry) throw notFound('place', parsed.data.id);
    const parent = entry.parentId ? gz.byId(entry.parentId) : undefined;
    return json(placeBody(entry, parent, gz.children(entry.id)));
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
