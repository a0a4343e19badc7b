/**
 * GET /api/actors — curated actors (data/actors.json) and every other actor the stored events name, each with its
 * kind and non-background event count (lib/api actorList).
 */
import { getStore } from '@/lib/store';
import { actorList } from '@/lib/api/actors';
import { handle, json } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/actors', async () => {
    rejectSearchParams(req.url);
    return json({ actors: await actorList(await getStore()) });
  });
}
