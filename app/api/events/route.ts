/**
 * GET /api/events — events as a GeoJSON FeatureCollection, or ACLED CSV with format=csv.
 * Query: lib/schemas EventQuery (strict: unknown parameters are a 400). At most `limit` events (default
 * DEFAULT_EVENT_LIMIT); `meta.truncated` / `x-truncated` tell when more match. Content-Disposition names the
 * file after the filters (lib/export/selection.ts). See docs/API.md.
 */
import { EventQuery } from '@/lib/schemas';
import { getStore } from '@/lib/store';
import { handle, methodNotAllowed } from '@/lib/api/http';
import { parseSearchParams } from '@/lib/api/query';
import { eventsGeojson } from '@/lib/api/cached';
import { answerTarget, rememberAnswer } from '@/lib/api/edge-answers';
import { articleRefs, eventPage, eventsCsv } from '@/lib/api/events';
import { exportFilename } from '@/lib/export/selection';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/events', async () => {
    const query = parseSearchParams(req.url, EventQuery);
    const store = await getStore();
    if (query.format !== 'csv') {
      // cached per query and store version, serialised once (lib/api/cached.ts)
      const body = await eventsGeojson(store, query);
      // inline: the API stays readable in a browser tab; the name is used when it is saved (the export menu's links)
      const headers = { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'no-store', 'content-disposition': `inline; filename="${exportFilename(query, 'geojson')}"` };
      // the edge (scripts/serve.ts) may send this again for the same URL until the store changes (edge-answers.ts)
      rememberAnswer(answerTarget(req.url), { body: body.json, headers }, store.changes);
      return new Response(body.json, { headers });
    }
    const { events, limit, truncated } = await eventPage(store, query);
    const articles = await articleRefs(store, events);
    return new Response(await eventsCsv(events, articles), {
      headers: {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="${exportFilename(query, 'csv')}"`,
        'cache-control': 'no-store',
        'x-limit': String(limit),
        'x-truncated': String(truncated),
      },
    });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
