/**
 * GET /api/actors — curated actors (data/actors.json) and every other actor the stored events name, each with its
 * kind and non-background event count (lib/api actorList). `?role=actor` (default): events the actor carried out;
 * `?role=any`: events naming it in any role (docs/API.md). Any other parameter is a 400.
 */
import { z } from 'zod';
import { ActorRoleFilter } from '@/lib/schemas';
import { getStore } from '@/lib/store';
import { cachedActorList } from '@/lib/api/cached';
import { handle, json, methodNotAllowed } from '@/lib/api/http';
import { parseSearchParams } from '@/lib/api/query';

const ActorsQuery = z.object({ role: ActorRoleFilter.optional() }).strict();

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/actors', async () => {
    const { role } = parseSearchParams(req.url, ActorsQuery);
    return json({ actors: await cachedActorList(await getStore(), role) });
  });
}

/** every other method: 405 with a JSON body and an Allow header (not Next's empty 405) */
const refuse = methodNotAllowed('GET');
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE };
