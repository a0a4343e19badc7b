/**
 * POST /api/events/merge — an analyst's merge (admin: Bearer ATLAS_ADMIN_TOKEN): JSON `{events: [id, …], note?}`
 * (MergeEventsBody; resolved or report ids) become one event, whatever the evidence says, and stay one across
 * reprocessing. 200 `{override, event}` (MergeEventsResponse). 400 bad body, 404 unknown id, 409 already one event.
 */
import { getStore } from '@/lib/store';
import { handle, json, methodNotAllowed } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';
import { requireAdmin } from '@/lib/api/auth';
import { enforceLimit } from '@/lib/api/limits';
import { readJsonBody } from '@/lib/api/body';
import { mergeEvents, newStamp } from '@/lib/api/analyst-edits';
import { MergeEventsBody } from '@/lib/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(req: Request): Promise<Response> {
  return handle('POST /api/events/merge', async () => {
    requireAdmin(req);
    enforceLimit(req, 'writes'); // ATLAS_RATE_WRITES per client: 429 + Retry-After
    rejectSearchParams(req.url);
    const body = await readJsonBody(req, MergeEventsBody, { what: 'merge' });
    return json(await mergeEvents(await getStore(), body.events, newStamp(body.note)));
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
