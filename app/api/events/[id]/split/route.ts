/**
 * POST /api/events/[id]/split — an analyst's split (admin: Bearer ATLAS_ADMIN_TOKEN): JSON `{reports: [report
 * event id, …], note?}` (SplitEventBody) are taken out of event [id] as an event of their own, and stay apart across
 * reprocessing. 200 `{override, events: [taken out, the rest]}` (SplitEventResponse). 400 bad body, a lone event or
 * every report named; 404 unknown event.
 */
import { getStore } from '@/lib/store';
import { handle, json, methodNotAllowed } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';
import { requireAdmin } from '@/lib/api/auth';
import { enforceLimit } from '@/lib/api/limits';
import { readJsonBody } from '@/lib/api/body';
import { newStamp, splitEvent } from '@/lib/api/analyst-edits';
import { SplitEventBody } from '@/lib/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle('POST /api/events/[id]/split', async () => {
    requireAdmin(req);
    enforceLimit(req, 'writes'); // ATLAS_RATE_WRITES per client: 429 + Retry-After
    rejectSearchParams(req.url);
    const { id } = await ctx.params;
    const body = await readJsonBody(req, SplitEventBody, { what: 'split' });
    return json(await splitEvent(await getStore(), id, body.reports, newStamp(body.note)));
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
