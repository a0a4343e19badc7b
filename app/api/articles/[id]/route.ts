/** GET /api/articles/[id] — {article, mentions, events, spans} (spans: sorted highlight list); 404 if unknown. */
import { getStore } from '@/lib/store';
import { handle, json, notFound, methodNotAllowed } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';
import { articleSpans } from '@/lib/map/highlight';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle('GET /api/articles/[id]', async () => {
    rejectSearchParams(req.url);
    const { id } = await ctx.params;
    const doc = await (await getStore()).getArticle(id);
    if (!doc) throw notFound('article', id);
    const { article, mentions, events } = doc;
    return json({ article, mentions, events, spans: articleSpans(article.body.length, mentions, events) });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
