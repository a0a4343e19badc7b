/** POST /api/articles/[id]/reprocess — re-run geocode + extract over a stored article (admin); 404 if unknown. */
import { getStore } from '@/lib/store';
import { handle, json } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';
import { requireAdmin } from '@/lib/api/auth';
import { reprocessArticle } from '@/lib/api/ingest';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle('POST /api/articles/[id]/reprocess', async () => {
    requireAdmin(req);
    rejectSearchParams(req.url);
    const { id } = await ctx.params;
    return json(await reprocessArticle(await getStore(), id));
  });
}
