/** GET /api/actors — every known actor (data/actors.json via lib/extract) with its non-background event count. */
import { getActors } from '@/lib/actors';
import { getStore } from '@/lib/store';
import { handle, json } from '@/lib/api/http';
import { rejectSearchParams } from '@/lib/api/query';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  return handle('GET /api/actors', async () => {
    rejectSearchParams(req.url);
    const counts = await (await getStore()).actorCounts();
    return json({ actors: getActors().map((a) => ({ ...a, eventCount: counts[a.id] ?? 0 })) });
  });
}
