/**
 * GET /api/auth/check — is this admin token valid? A cheap authenticated request the Add page sends
 * as the token is typed (Authorization: Bearer <token>): 204 when it is; 401 without a Bearer header,
 * 403 for a wrong token, 503 when writes are disabled — each with a JSON `{error, issues}` (lib/api/auth.ts).
 * No query parameters (400 naming them).
 */
import { handle, methodNotAllowed } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';
import { requireAdmin } from '@/lib/api/auth';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/auth/check', async () => {
    rejectSearchParams(req.url);
    requireAdmin(req);
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
