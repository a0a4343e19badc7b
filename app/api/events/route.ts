/**
 * GET /api/events — events as a GeoJSON FeatureCollection, or ACLED CSV with format=csv.
 * Query: lib/schemas EventQuery (strict: unknown parameters are a 400). See docs/API.md.
 */
import { EventQuery } from '@/lib/schemas';
import { getStore } from '@/lib/store';
import { handle, json } from '@/lib/api/http';
import { parseSearchParams } from '@/lib/api/query';
import { eventCollection } from '@/lib/api/geojson';
import { articleFacts, eventsCsv } from '@/lib/api/events';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/events', async () => {
    const query = parseSearchParams(req.url, EventQuery);
    const store = await getStore();
    const events = await store.queryEvents(query);
    const facts = await articleFacts(store, events);
    if (query.format === 'csv') {
      return new Response(await eventsCsv(events, facts), {
        headers: {
          'content-type': 'text/csv; charset=utf-8; header=present',
          'content-disposition': 'attachment; filename="conflict-atlas-events.csv"',
          'cache-control': 'no-store',
        },
      });
    }
    return json(eventCollection(events, facts, query), { headers: { 'content-type': 'application/geo+json; charset=utf-8' } });
  });
}
