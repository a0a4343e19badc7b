/**
 * POST /api/extract — run the pipeline over posted text without storing anything (public).
 * Body: JSON {text, published?, title?} (lib/schemas/api ExtractRequest). Out: {mentions, events},
 * the object `npm run extract` prints. 400 bad JSON/schema, 413 too large, 415 not JSON, 429 over ATLAS_RATE_CPU.
 */
import { extractText } from '@/lib/pipeline';
import { handle, json, methodNotAllowed } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';
import { enforceLimit } from '@/lib/api/limits';
import { readJsonBody } from '@/lib/api/body';
import { ExtractRequest } from '@/lib/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(req: Request): Promise<Response> {
  return handle('POST /api/extract', async () => {
    enforceLimit(req, 'cpu'); // ATLAS_RATE_CPU per client: 429 + Retry-After
    rejectSearchParams(req.url);
    const input = await readJsonBody(req, ExtractRequest, { what: 'body' });
    const { mentions, events } = await extractText(input.text, { published: input.published ?? null }); // worker pool
    return json({ mentions, events });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('POST');
export { refuse as GET, refuse as PUT, refuse as PATCH, refuse as DELETE };
