/**
 * Any /api/… path no other route answers: 404 with a JSON body naming the path (not Next's HTML page), for every
 * method, so an API client never has to parse HTML. Specific routes always win over this catch-all.
 */
import { errorResponse } from '@/lib/api/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

function noRoute(req: Request): Response {
  let where = '/api/…';
  try {
    where = new URL(req.url).pathname;
  } catch {
    /* keep the placeholder */
  }
  return errorResponse(404, `no API route at ${where.length > 200 ? where.slice(0, 200) + '…' : where}: see docs/API.md for the routes`);
}

export { noRoute as GET, noRoute as POST, noRoute as PUT, noRoute as PATCH, noRoute as DELETE };
