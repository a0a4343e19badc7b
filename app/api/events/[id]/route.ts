/** GET /api/events/[id] — one event as a GeoJSON Feature (with its article's title and url); 404 if unknown. */
import { getStore } from '@/lib/store';
import { handle, json, notFound, methodNotAllowed } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';
import { eventFeature } from '@/lib/api/geojson';
import { articleRefs } from '@/lib/api/events';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle('GET /api/events/[id]', async () => {
    rejectSearchParams(req.url);
    const { id } = await ctx.params;
    const store = await getStore();
    const event = await store.getEvent(id);
    if (!event) throw notFound('event', id);
    const articles = await articleRefs(store, [event]);
    return json(eventFeature(event, articles.get(event.articleId)), {
      headers: { 'content-type': 'application/geo+json; charset=utf-8' },
    });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
