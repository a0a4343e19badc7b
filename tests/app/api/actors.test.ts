import { describe, expect, it } from 'vitest';
import { GET as listActors } from '@/app/api/actors/route';
import { ActorListResponse, type ConflictEvent } from '@/lib/schemas';
import { getActors } from '@/lib/actors';
import { MemoryStore, setStore } from '@/lib/store';
import { withFixtureStore, get } from '../../lib/api/support';

withFixtureStore();

/** one stored article whose events name actors outside data/actors.json (sentences written for this test) */
async function storeWithOpenActors(): Promise<MemoryStore> {
  const store = new MemoryStore();
  const body = 'Zuran militants attacked a checkpoint held by Armenian troops. Protesters marched in Lagos.';
  const event = (i: number, actors: ConflictEvent['actors'], background = false): ConflictEvent => ({
    id: `open-e${i}`, articleId: 'open', type: 'clash', acled: { eventType: 'Battles', subEventType: 'Armed clash' }, actors, place: null, background,
    date: { value: '2026-03-01', precision: 1, text: null }, fatalities: null,
    quote: { start: 0, end: 62, text: body.slice(0, 62) }, trigger: { start: 16, end: 24, text: 'attacked' }, confidence: 0.8, why: [],
  });
  const zuran = { id: 'rebel:zuran', role: 'actor' as const, text: 'Zuran militants', start: 0, end: 15, name: 'Zuran militants', kind: 'rebel' as const };
  const armenia = { id: 'state:military-forces-of-armenia', role: 'target' as const, text: 'Armenian troops', start: 46, end: 61, name: 'Military forces of Armenia', kind: 'state' as const };
  await store.putArticle({
    article: { id: 'open', title: 'Open actors', published: '2026-03-01', body, paragraphs: [{ start: 0, end: body.length }], source: null, url: null, boilerplate: [] },
    mentions: [],
    events: [event(0, [zuran, armenia]), event(1, [zuran]), event(2, [armenia], true)],
    pipelineVersion: 'test',
  });
  return store;
}

describe('GET /api/actors', () => {
  it('lists every curated actor, in file order, with its non-background event count', async () => {
    const res = await listActors(get('/api/actors'));
    expect(res.status).toBe(200);
    const { actors } = ActorListResponse.parse(await res.json());
    expect(actors.filter((x) => x.curated).map((x) => x.id)).toEqual(getActors().map((x) => x.id));
    const count = (id: string) => actors.find((x) => x.id === id)?.eventCount;
    // fixtures: russia in the strike, the recapture and the talks; the RSF in one clash
    expect(count('russia')).toBe(3);
    expect(count('ukraine')).toBe(2);
    expect(count('sudan-rsf')).toBe(1);
    expect(count('hamas')).toBe(0);
    // curated actors keep their colours and aliases, and get their kind from their ACLED inter code
    const russia = actors.find((x) => x.id === 'russia')!;
    expect(russia).toMatchObject({ color: getActors()[0]!.color, kind: 'state', curated: true });
    expect(russia.aliases.length).toBeGreaterThan(0);
  });
  it('counts events by role: carried out by (default, ?role=actor) or any role (?role=any); other values are a 400', async () => {
    setStore(await storeWithOpenActors());
    const counts = async (qs: string) =>
      Object.fromEntries(ActorListResponse.parse(await (await listActors(get(`/api/actors${qs}`))).json()).actors.filter((x) => !x.curated).map((x) => [x.id, x.eventCount]));
    expect(await counts('')).toEqual({ 'rebel:zuran': 2, 'state:military-forces-of-armenia': 0 });
    expect(await counts('?role=actor')).toEqual({ 'rebel:zuran': 2, 'state:military-forces-of-armenia': 0 });
    expect(await counts('?role=any')).toEqual({ 'rebel:zuran': 2, 'state:military-forces-of-armenia': 1 });
    const bad = await listActors(get('/api/actors?role=target'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/role/);
  });
  it('adds the open-world actors the stored events name, with kind, count and a colour per kind', async () => {
    setStore(await storeWithOpenActors());
    const { actors } = ActorListResponse.parse(await (await listActors(get('/api/actors?role=any'))).json());
    const open = actors.filter((x) => !x.curated);
    expect(open.map((x) => [x.id, x.name, x.kind, x.eventCount])).toEqual([
      ['rebel:zuran', 'Zuran militants', 'rebel', 2],
      ['state:military-forces-of-armenia', 'Military forces of Armenia', 'state', 1],
    ]);
    expect(open[0]!.inter).toBe(2);
    // the colour is deterministic: the same on the next call
    const again = ActorListResponse.parse(await (await listActors(get('/api/actors?role=any'))).json()).actors.filter((x) => !x.curated);
    expect(again.map((x) => x.color)).toEqual(open.map((x) => x.color));
  });
  it('counts are zero for an empty store, and only curated actors are listed', async () => {
    setStore(new MemoryStore());
    const { actors } = ActorListResponse.parse(await (await listActors(get('/api/actors'))).json());
    expect(actors.every((x) => x.eventCount === 0 && x.curated)).toBe(true);
  });
  it('400 for unknown query parameters', async () => {
    expect((await listActors(get('/api/actors?x=1'))).status).toBe(400);
  });
});
