import { describe, expect, it } from 'vitest';
import { GET as listActors } from '@/app/api/actors/route';
import { ActorListResponse } from '@/lib/schemas';
import { getActors } from '@/lib/actors';
import { MemoryStore, setStore } from '@/lib/store';
import { withFixtureStore, get } from '../../lib/api/support';

withFixtureStore();

describe('GET /api/actors', () => {
  it('lists every known actor with its non-background event count', async () => {
    const res = await listActors(get('/api/actors'));
    expect(res.status).toBe(200);
    const { actors } = ActorListResponse.parse(await res.json());
    expect(actors.map((x) => x.id)).toEqual(getActors().map((x) => x.id));
    const count = (id: string) => actors.find((x) => x.id === id)?.eventCount;
    // fixtures: russia in the strike, the recapture and the talks; the RSF in one clash
    expect(count('russia')).toBe(3);
    expect(count('ukraine')).toBe(2);
    expect(count('sudan-rsf')).toBe(1);
    expect(count('hamas')).toBe(0);
  });
  it('counts are zero for an empty store', async () => {
    setStore(new MemoryStore());
    const { actors } = ActorListResponse.parse(await (await listActors(get('/api/actors'))).json());
    expect(actors.every((x) => x.eventCount === 0)).toBe(true);
  });
  it('400 for unknown query parameters', async () => {
    expect((await listActors(get('/api/actors?x=1'))).status).toBe(400);
  });
});
