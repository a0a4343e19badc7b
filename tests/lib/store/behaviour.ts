/**
 * One behaviour suite for every EventStore backend: call it with a factory from a *.test.ts file.
 * Expected results are written out by hand from tests/fixtures/store/articles.json (see the ids in fixtures.ts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictEvent, EventQuery } from '@/lib/schemas';
import { PIPELINE_VERSION, processArticle, seedStore } from '@/lib/pipeline';
import { StoreConflictError, StoreInputError, StoreNotFoundError } from '@/lib/store/errors';
import type { EventStore, StoredArticle } from '@/lib/store/types';
import { A, B, C, ev, loadFixtureDocs } from './fixtures';

export interface StoreFactory {
  /** a fresh, empty store */
  open(): Promise<EventStore>;
}

const q = (params: Record<string, string>) => EventQuery.parse(params);

export function describeStoreBehaviour(label: string, factory: StoreFactory): void {
  describe(`EventStore behaviour: ${label}`, () => {
    let store: EventStore;
    let docs: StoredArticle[];
    const ids = async (params: Record<string, string>) => (await store.queryEvents(q(params))).map((e) => e.id);
    const putAll = async () => {
      for (const d of docs) expect(await store.putArticle(d)).toEqual({ id: d.article.id, created: true });
    };

    beforeEach(async () => {
      docs = loadFixtureDocs();
      store = await factory.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('round-trips article, mentions and events', async () => {
      await putAll();
      for (const d of docs) expect(await store.getArticle(d.article.id)).toEqual(d);
      expect(await store.getArticle('no-such-article')).toBeNull();
    });

    it('is idempotent on content: same doc again → existing id, created false, no duplicates', async () => {
      await putAll();
      const again = await store.putArticle(docs[0]!);
      expect(again).toEqual({ id: A, created: false });
      const renamed = structuredClone(docs[0]!);
      renamed.article.id = 'other-id-for-same-content';
      renamed.events = renamed.events.map((e, i) => ({ ...e, id: `other-${i}`, articleId: 'other-id-for-same-content' }));
      expect(await store.putArticle(renamed)).toEqual({ id: A, created: false });
      expect((await store.listArticles()).length).toBe(3);
      expect((await ids({ includeBackground: 'true' })).length).toBe(10);
    });

    it('lists articles newest first with lede and event count', async () => {
      await putAll();
      const list = await store.listArticles();
      expect(list.map((a) => [a.id, a.eventCount])).toEqual([[B, 3], [A, 4], [C, 3]]);
      expect(list[1]).toMatchObject({
        title: 'Airstrikes hit Alpha Town',
        published: '2024-03-10',
        source: 'Test Wire',
        lede: 'Russian jets struck Alpha Town on Saturday, killing at least 4 civilians, rescuers said.',
      });
    });

    it('answers article refs (title, date, source, url) for known ids only, once each', async () => {
      await putAll();
      const refs = await store.articleRefs([A, 'no-such-article', A, C]);
      const byId = new Map(refs.map((r) => [r.id, r]));
      expect([...byId.keys()].sort()).toEqual([A, C].sort());
      expect(refs).toHaveLength(2);
      for (const id of [A, C]) {
        const a = docs.find((d) => d.article.id === id)!.article;
        expect(byId.get(id)).toEqual({ id, title: a.title, published: a.published, source: a.source, url: a.url });
      }
      expect(await store.articleRefs([])).toEqual([]);
    });

    it('orders by date desc (undated last) then id, and leaves background events out by default', async () => {
      await putAll();
      expect(await ids({})).toEqual([ev(B, 1), ev(B, 0), ev(A, 1), ev(A, 3), ev(A, 0), ev(B, 2), ev(C, 0), ev(C, 1), ev(C, 2)]);
      expect(await ids({ includeBackground: 'true' })).toEqual([
        ev(B, 1), ev(B, 0), ev(A, 1), ev(A, 3), ev(A, 0), ev(B, 2), ev(A, 2), ev(C, 0), ev(C, 1), ev(C, 2),
      ]);
      expect(await ids({ includeBackground: 'false', article: A })).toEqual([ev(A, 1), ev(A, 3), ev(A, 0)]);
    });

    it('filters by actors (any of) and types', async () => {
      await putAll();
      expect(await ids({ actors: 'russia', role: 'any' })).toEqual([ev(B, 0), ev(A, 0), ev(C, 2)]);
      expect(await ids({ actors: 'rebels,turkey', role: 'any' })).toEqual([ev(B, 1), ev(B, 0)]);
      expect(await ids({ actors: 'nobody' })).toEqual([]);
      expect(await ids({ types: 'clash,airstrike' })).toEqual([ev(B, 1), ev(A, 3), ev(A, 0), ev(B, 2)]);
      expect(await ids({ types: 'base' })).toEqual([]);
      expect(await ids({ types: 'base', includeBackground: 'true' })).toEqual([ev(A, 2)]);
    });

    it('filters by ACLED event type and sub-event type (any of each; combined with AND)', async () => {
      await putAll();
      expect(await ids({ eventTypes: 'Explosions/Remote violence' })).toEqual([ev(A, 1), ev(A, 0), ev(B, 2)]);
      expect(await ids({ eventTypes: 'Battles,Explosions/Remote violence' })).toEqual([ev(B, 1), ev(A, 1), ev(A, 3), ev(A, 0), ev(B, 2)]);
      expect(await ids({ subEventTypes: 'Air/drone strike' })).toEqual([ev(A, 0), ev(B, 2)]);
      expect(await ids({ subEventTypes: 'Agreement,Other' })).toEqual([ev(B, 0), ev(C, 0)]);
      expect(await ids({ eventTypes: 'Strategic developments', subEventTypes: 'Headquarters or base established', includeBackground: 'true' })).toEqual([ev(A, 2)]);
      expect(await ids({ eventTypes: 'Battles', subEventTypes: 'Air/drone strike' })).toEqual([]);
      expect(await ids({ eventTypes: 'Protests' })).toEqual([]);
      expect(await ids({ types: 'clash', eventTypes: 'Battles', bbox: '36,35,38,37', limit: '1' })).toEqual([ev(A, 3)]);
    });

    it('filters by from/to, inclusive, dropping undated events', async () => {
      await putAll();
      expect(await ids({ from: '2024-03-10' })).toEqual([ev(B, 1), ev(B, 0), ev(A, 1), ev(A, 3)]);
      expect(await ids({ to: '2024-03-09' })).toEqual([ev(A, 0), ev(B, 2)]);
      expect(await ids({ from: '2024-03-10', to: '2024-03-10' })).toEqual([ev(A, 1), ev(A, 3)]);
    });

    it('filters by bbox with the boundary included, and across the antimeridian', async () => {
      await putAll();
      expect(await ids({ bbox: '37,36,37.5,36.5' })).toEqual([ev(A, 1), ev(A, 3), ev(A, 0), ev(B, 2), ev(C, 0)]);
      expect(await ids({ bbox: '37.01,36.01,37.49,36.49' })).toEqual([ev(A, 1), ev(A, 3)]);
      expect(await ids({ bbox: '179,-20,-179,-10' })).toEqual([ev(C, 1)]);
      expect(await ids({ bbox: '-10,-10,10,10' })).toEqual([]);
    });

    it('filters by place: the place id or within its area', async () => {
      await putAll();
      expect(await ids({ place: 'cu:alpha-town' })).toEqual([ev(A, 1), ev(A, 3), ev(A, 0), ev(B, 2)]);
      expect(await ids({ place: 'cu:beta-village' })).toEqual([ev(A, 1)]);
      expect(await ids({ place: 'cu:nowhere' })).toEqual([]);
    });

    it('filters by q: case-insensitive substring of quote, title or place name', async () => {
      await putAll();
      expect(await ids({ q: 'alpha TOWN' })).toEqual([ev(A, 1), ev(A, 3), ev(A, 0), ev(B, 2)]);
      expect(await ids({ q: 'DELTA' })).toEqual([ev(B, 1), ev(B, 0), ev(B, 2)]);
      expect(await ids({ q: 'fl' })).toEqual([ev(C, 0), ev(C, 1), ev(C, 2)]);
      expect(await ids({ q: 'far isle' })).toEqual([ev(C, 1)]);
      expect(await ids({ q: '"; DROP TABLE events; --' })).toEqual([]);
      expect(await ids({ q: '100%' })).toEqual([]);
    });

    it('filters by article, combines filters and applies limit last', async () => {
      await putAll();
      expect(await ids({ article: B })).toEqual([ev(B, 1), ev(B, 0), ev(B, 2)]);
      expect(await ids({ limit: '2' })).toEqual([ev(B, 1), ev(B, 0)]);
      expect(await ids({ types: 'airstrike', bbox: '36,35,38,37', from: '2024-03-01' })).toEqual([ev(A, 0)]);
      expect(await ids({ actors: 'russia', q: 'jets', limit: '1' })).toEqual([ev(A, 0)]);
    });

    it('filters actors by role: carried out by (default) or involved in any role; counts follow the role', async () => {
      await putAll();
      // C2: russia only "mentioned" (sdf deployed); B0: turkey mediates talks russia holds; B1: syria-gov is the target
      expect(await ids({ actors: 'russia' })).toEqual([ev(B, 0), ev(A, 0)]);
      expect(await ids({ actors: 'russia', role: 'actor' })).toEqual([ev(B, 0), ev(A, 0)]);
      expect(await ids({ actors: 'russia', role: 'any' })).toEqual([ev(B, 0), ev(A, 0), ev(C, 2)]);
      expect(await ids({ actors: 'turkey' })).toEqual([]);
      expect(await ids({ actors: 'turkey', role: 'any' })).toEqual([ev(B, 0)]);
      expect(await ids({ actors: 'syria-gov' })).toEqual([ev(A, 1)]);
      expect(await ids({ actors: 'syria-gov', role: 'any' })).toEqual([ev(B, 1), ev(A, 1)]);
      expect(await ids({ actors: 'russia,sdf', limit: '2' })).toEqual([ev(B, 0), ev(A, 0)]);
      expect(await ids({ actors: 'russia', role: 'any', bbox: '-180,-90,180,90', limit: '5' })).toEqual([ev(B, 0), ev(A, 0)]);
      expect(await store.actorCounts()).toEqual({ russia: 2, 'syria-gov': 1, rebels: 1, sdf: 1 });
      expect(await store.actorCounts('actor')).toEqual({ russia: 2, 'syria-gov': 1, rebels: 1, sdf: 1 });
      expect(await store.actorCounts('any')).toEqual({ russia: 3, 'syria-gov': 2, turkey: 1, rebels: 1, sdf: 1 });
      const registry = Object.fromEntries((await store.actorRegistry()).map((r) => [r.id, r.eventCount]));
      expect(registry).toEqual({ russia: 2, 'syria-gov': 1, rebels: 1, sdf: 1, turkey: 0 });
    });

    it('filters by q regardless of case, accents and punctuation, and by spelling variants handed in', async () => {
      const d = structuredClone(docs[0]!);
      const e0 = d.events[0]!;
      d.events[0] = { ...e0, place: { ...e0.place!, id: 'gn:163345', name: 'Ţarţūs', text: 'Tartous' } };
      docs[0] = d;
      await putAll();
      const tartus = [ev(A, 0)];
      expect(await ids({ q: 'Tartus' })).toEqual(tartus);
      expect(await ids({ q: 'ţarţūs' })).toEqual(tartus);
      expect(await ids({ q: 'TARTOUS' })).toEqual(tartus);
      expect(await ids({ q: 'tar-tus' })).toEqual([]);
      expect(await ids({ q: 'Alpha-Town' })).toEqual([ev(A, 1), ev(A, 3), ev(A, 0), ev(B, 2)]);
      expect(await ids({ q: "Russian jets' strike" })).toEqual([]);
      expect(await ids({ q: 'a\u0000b' })).toEqual([]);
      expect(await ids({ q: 'x"y' })).toEqual([]);
      const withVariants = async (query: string, variants: string[], limit?: string) =>
        (await store.queryEvents(q(limit ? { q: query, limit } : { q: query }), { variants })).map((e) => e.id);
      expect(await withVariants('Tartoos', [])).toEqual([]);
      expect(await withVariants('Tartoos', ['Ţarţūs', 'Tartous'])).toEqual(tartus);
      expect(await withVariants('Tartoos', ['Ţarţūs'], '1')).toEqual(tartus);
      expect(await withVariants('delta', ['Far Isle'])).toEqual([ev(B, 1), ev(B, 0), ev(B, 2), ev(C, 1)]);
      expect(await withVariants('zz', ['Far Isle'])).toEqual([ev(C, 1)]);
    });

    it('gets one event, or null', async () => {
      await putAll();
      expect(await store.getEvent(ev(A, 0))).toEqual(docs[0]!.events[0]);
      expect(await store.getEvent('no-such-event')).toBeNull();
    });

    it('counts non-background events per actor', async () => {
      await putAll();
      expect(await store.actorCounts('any')).toEqual({ russia: 3, 'syria-gov': 2, turkey: 1, rebels: 1, sdf: 1 });
    });

    it('keeps an actor registry: every actor a stored event names, first name and kind, non-background counts', async () => {
      await putAll();
      // fixtures predate name/kind on event actors: registered under their first words, kind external
      expect(await store.actorRegistry('any')).toEqual([
        { id: 'russia', name: 'Russian jets', kind: 'external', eventCount: 3 },
        { id: 'syria-gov', name: 'Government artillery', kind: 'external', eventCount: 2 },
        { id: 'rebels', name: 'Rebels', kind: 'external', eventCount: 1 },
        { id: 'sdf', name: 'Kurdish fighters', kind: 'external', eventCount: 1 },
        { id: 'turkey', name: 'Turkish', kind: 'external', eventCount: 1 },
      ]);
      // a re-read names open-world actors: they join the registry with their name and kind
      const a = docs[0]!;
      const armenia = { id: 'state:military-forces-of-armenia', role: 'actor' as const, text: 'Armenian troops', start: 0, end: 15, name: 'Military forces of Armenia', kind: 'state' as const };
      const zuran = { id: 'rebel:zuran', role: 'target' as const, text: 'Zuran militants', start: 20, end: 35, name: 'Zuran militants', kind: 'rebel' as const };
      await store.replaceExtraction(A, a.mentions, [
        { ...a.events[0]!, actors: [armenia, zuran] },
        { ...a.events[2]!, actors: [{ ...zuran, name: 'Zuran fighters' }] },
      ], '2');
      const registry = await store.actorRegistry('any');
      expect(registry.find((r) => r.id === armenia.id)).toEqual({ id: armenia.id, name: 'Military forces of Armenia', kind: 'state', eventCount: 1 });
      // the first name stays; the background event is not counted
      expect(registry.find((r) => r.id === zuran.id)).toEqual({ id: zuran.id, name: 'Zuran militants', kind: 'rebel', eventCount: 1 });
      // actors no stored event names any more are not listed; the others keep their counts
      expect(registry.map((r) => r.id)).toEqual(['russia', 'rebel:zuran', 'rebels', 'sdf', armenia.id, 'syria-gov', 'turkey']);
      expect(registry.find((r) => r.id === 'russia')?.eventCount).toBe(2);
      expect(Object.fromEntries(registry.map((r) => [r.id, r.eventCount]))).toEqual(await store.actorCounts('any'));
    });

    it('replaces an extraction in one go', async () => {
      await putAll();
      const a = docs[0]!;
      const only = { ...a.events[1]!, id: `${A}-e9`, actors: [] };
      await store.replaceExtraction(A, a.mentions.slice(0, 1), [only], '2');
      const got = await store.getArticle(A);
      expect(got?.pipelineVersion).toBe('2');
      expect(got?.mentions).toEqual(a.mentions.slice(0, 1));
      expect(got?.events.map((e) => e.id)).toEqual([`${A}-e9`]);
      expect(await store.getEvent(ev(A, 0))).toBeNull();
      expect(await ids({ article: A, includeBackground: 'true' })).toEqual([`${A}-e9`]);
      expect(await store.actorCounts('any')).toEqual({ russia: 2, 'syria-gov': 1, turkey: 1, rebels: 1, sdf: 1 });
      expect((await store.listArticles()).find((x) => x.id === A)?.eventCount).toBe(1);
      await expect(store.replaceExtraction('no-such-article', [], [], '2')).rejects.toBeInstanceOf(StoreNotFoundError);
      // an event id owned by another article: rejected, nothing changed
      await expect(store.replaceExtraction(A, [], [{ ...only, id: ev(B, 0) }], '3')).rejects.toBeInstanceOf(StoreConflictError);
      expect((await store.getArticle(A))?.pipelineVersion).toBe('2');
      expect((await store.getArticle(A))?.events.map((e) => e.id)).toEqual([`${A}-e9`]);
    });

    it('leaves nothing behind when a put is invalid or fails half-way', async () => {
      const bad = structuredClone(docs[0]!);
      (bad.events[2] as { type: string }).type = 'picnic';
      await expect(store.putArticle(bad)).rejects.toBeInstanceOf(StoreInputError);
      const wrongOwner = structuredClone(docs[0]!);
      wrongOwner.events[1]!.articleId = B;
      await expect(store.putArticle(wrongOwner)).rejects.toThrow(/articleId/);
      expect(await store.listArticles()).toEqual([]);
      expect(await store.getArticle(A)).toBeNull();

      await store.putArticle(docs[1]!);
      // valid on its own, but its last event id is taken by another article: fails after the article row is written
      const clash = structuredClone(docs[0]!);
      clash.events[3]!.id = ev(B, 0);
      await expect(store.putArticle(clash)).rejects.toBeInstanceOf(StoreConflictError);
      expect(await store.getArticle(A)).toBeNull();
      expect((await store.listArticles()).map((a) => a.id)).toEqual([B]);
      expect(await ids({ includeBackground: 'true' })).toEqual([ev(B, 1), ev(B, 0), ev(B, 2)]);
      expect(await store.actorCounts('any')).toEqual({ russia: 1, turkey: 1, rebels: 1, 'syria-gov': 1 });

      // the same id with other content is a conflict, not an overwrite
      const other = structuredClone(docs[1]!);
      other.article.title = 'A different title';
      await expect(store.putArticle(other)).rejects.toBeInstanceOf(StoreConflictError);
      expect((await store.getArticle(B))?.article.title).toBe('Talks open in Delta City');
    });

    it('seeds once, even when two seeders race', async () => {
      const current = docs.map((d) => ({ ...d, pipelineVersion: PIPELINE_VERSION }));
      const load = async () => ({ docs: current, rejected: [{ id: 'x', reason: 'no body' }] });
      const [r1, r2] = await Promise.all([seedStore(store, { load }), seedStore(store, { load })]);
      expect(r1.created + r2.created).toBe(3);
      expect([r1.seeded, r2.seeded].filter(Boolean).length).toBe(1);
      expect((await store.listArticles()).length).toBe(3);
      const r3 = await seedStore(store, { load });
      expect(r3).toEqual({ seeded: false, created: 0, existing: 0, rejected: [], upgraded: 0, reresolved: 0 });
    });

    it('upgrades on seeding every article another pipeline version wrote, from its kept text', async () => {
      const old = { ...docs[0]!, pipelineVersion: 'old' };
      await store.putArticle(old);
      await store.putArticle({ ...docs[1]!, pipelineVersion: PIPELINE_VERSION });
      const r = await seedStore(store, { load: async () => ({ docs: [], rejected: [] }) });
      expect(r).toMatchObject({ seeded: false, upgraded: 1, rejected: [] });
      const got = await store.getArticle(A);
      expect(got?.pipelineVersion).toBe(PIPELINE_VERSION);
      expect(got?.article).toEqual(old.article);
      const fresh = processArticle(old.article);
      expect(got?.events).toEqual(fresh.events);
      for (const e of got!.events) expect(ConflictEvent.safeParse(e).success).toBe(true);
      expect((await store.getArticle(B))?.events).toEqual(docs[1]!.events);
      expect((await seedStore(store, { load: async () => ({ docs: [], rejected: [] }) })).upgraded).toBe(0);
    });

    it('does not seed a store that ingest already filled', async () => {
      await store.putArticle(docs[2]!);
      const r = await seedStore(store, { load: async () => ({ docs, rejected: [] }) });
      expect(r.seeded).toBe(false);
      expect((await store.listArticles()).map((a) => a.id)).toEqual([C]);
    });
  });
}
