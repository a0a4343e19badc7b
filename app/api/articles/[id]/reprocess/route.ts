/** POST /api/articles/[id]/reprocess — re-run geocode + extract over a stored article (admin); 404 if unknown. */
import { getStore } from '@/lib/store';
import { handle, json, notFound, methodNotAllowed } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';
import { requireAdmin } from '@/lib/api/auth';
import { enforceLimit } from '@/lib/api/limits';
import { reprocessArticle } from '@/lib/pipeline';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle('POST /api/articles/[id]/reprocess', async () => {
    requireAdmin(req);
    enforceLimit(req, 'writes'); // ATLAS_RATE_WRITES per client: 429 + Retry-After
    rejectSearchParams(req.url);
    const { id } = await ctx.params;
    const result = await reprocessArticle(await getStore(), id);
    if (!result) throw notFound('article', id);
    return json(result);
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
