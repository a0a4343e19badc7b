/**
 * GET /api/articles — summaries of every stored article (public).
 * POST /api/articles — ingest one article (admin: Bearer ATLAS_ADMIN_TOKEN). JSON
 * {title, text, published?, source?, url?} or text/plain (first line = title; ?published=&source=&url=).
 * 201 {id, created: true, events, mentions} when new; 200 with the existing id for the same content and metadata;
 * 409 naming stored vs posted published/source/url when they differ, unless `?update=1`: then 200 {…, updated: true}.
 */
import { getStore } from '@/lib/store';
import { handle, json, methodNotAllowed } from '@/lib/api/http';
import { parseSearchParams, rejectSearchParams } from '@/lib/api/query';
import { requireAdmin } from '@/lib/api/auth';
import { enforceLimit } from '@/lib/api/limits';
import { parseBody, parseJson, readText, requireContentType } from '@/lib/api/body';
import { IngestJsonQuery, IngestQuery, IngestRequest } from '@/lib/schemas';
import { splitPlainText } from '@/lib/api/plain-text';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/articles', async () => {
    rejectSearchParams(req.url);
    const store = await getStore();
    return json({ articles: await store.listArticles() });
  });
}

export async function POST(req: Request): Promise<Response> {
  return handle('POST /api/articles', async () => {
    requireAdmin(req);
    enforceLimit(req, 'writes'); // ATLAS_RATE_WRITES per client: 429 + Retry-After
    const type = requireContentType(req, ['application/json', 'text/plain']);
    let input: IngestRequest;
    const { update = false, ...query } = parseSearchParams(req.url, type === 'application/json' ? IngestJsonQuery : IngestQuery);
    if (type === 'application/json') {
      input = parseBody(parseJson(await readText(req)), IngestRequest, 'article');
    } else {
      input = parseBody({ ...splitPlainText(await readText(req)), ...query }, IngestRequest, 'article');
    }
    const { ingestArticle } = await import('@/lib/pipeline'); // the reader loads only for writes
    const result = await ingestArticle(await getStore(), input, { update });
    return json(result, { status: result.created ? 201 : 200 });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET', 'POST');
export { refuse as PUT, refuse as PATCH, refuse as DELETE };
