/**
 * Cross-article resolution as every store keeps it (issue 15, /tmp spec "storage"), run on every backend: reports of
 * one happening told by several articles are served as ONE event (its primary's id) with every report, the lowest
 * figure and the range; any report id opens it; `article` finds it from any of its articles; actor filters see the
 * union of its actors; counts are of events; reprocessing and ingest order keep it; overrides split and merge.
 * The pairs are built clearly the same (same ACLED sub-type, place id and point, day, acting actor) or clearly
 * different (another sub-type), so whatever the resolution rules weigh, the expected outcome is not borderline.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventQuery, type ConflictEvent, type EventType, type Override } from '@/lib/schemas';
import { acledClassOf, type AcledSubEventType } from '@/lib/schemas/acled-taxonomy';
import { reportKey } from '@/lib/resolve';
import type { EventStore, StoredArticle } from '@/lib/store/types';
import type { StoreFactory } from './behaviour';

const q = (params: Record<string, string>) => EventQuery.parse(params);

interface ReportSpec {
  sub?: AcledSubEventType;
  type?: EventType;
  place?: { id: string; name: string; lat: number; lon: number } | null;
  date?: string | null;
  actors?: { id: string; role: 'actor' | 'target' }[];
  fatalities?: number | null;
  background?: boolean;
  /** the sentence (its words decide nothing here but `q`) */
  text: string;
}

const ALPHA = { id: 'cu:res-alpha', name: 'Resalpha', lat: 36.2, lon: 37.1 };
const BETA = { id: 'cu:res-beta', name: 'Resbeta', lat: 33.5, lon: 36.3 };
const GAMMA = { id: 'cu:res-gamma', name: 'Resgamma', lat: 35.1, lon: 40.4 };

/** An article whose every sentence is one report (events `${id}-e<n>`, quotes at their own offsets). */
export function resolutionDoc(id: string, title: string, published: string, source: string, specs: ReportSpec[]): StoredArticle {
  let offset = 0;
  const events: ConflictEvent[] = specs.map((s, n) => {
    const start = offset;
    const end = start + s.text.length;
    offset = end + 1;
    const sub = s.sub ?? 'Air/drone strike';
    const place = s.place === undefined ? ALPHA : s.place;
    return {
      id: `${id}-e${n}`,
      articleId: id,
      type: s.type ?? (sub === 'Air/drone strike' ? 'airstrike' : sub === 'Armed clash' ? 'clash' : 'other'),
      acled: acledClassOf(sub),
      actors: (s.actors ?? [{ id: 'russia', role: 'actor' as const }]).map((a) => ({ id: a.id, role: a.role, text: a.id, start, end: start + 1 })),
      place: place && { ...place, kind: 'town', country: 'SY', precision: 'exact' as const, radiusKm: 3, text: place.name, start, end: start + 1 },
      date: { value: s.date === undefined ? '2024-05-14' : s.date, precision: s.date === null ? null : 1, text: s.date === null ? null : 'on Tuesday' },
      fatalities: s.fatalities == null ? null : { count: s.fatalities, text: `${s.fatalities} people`, start, end: start + 1, qualifier: null },
      quote: { start, end, text: s.text },
      trigger: { start, end: start + 1, text: s.text.slice(0, 1) },
      confidence: 0.8,
      background: s.background ?? false,
      why: ['test report'],
    };
  });
  const body = specs.map((s) => s.text).join(' ');
  return {
    article: { id, title, published, body, paragraphs: [{ start: 0, end: body.length }], source, url: `https://example.org/${id}`, boilerplate: [] },
    mentions: [],
    events,
    pipelineVersion: 'res-test',
  };
}

// two tellings of one strike on Resalpha (different words, figures and a second actor), one unrelated clash there
// the same day, one strike elsewhere, one background sentence and one unlocated report
const W = 'res-wire-strike-aaaa0001';
const P = 'res-paper-strike-bbbb0002';
const wire = () =>
  resolutionDoc(W, 'Jets strike Resalpha market', '2024-05-15', 'Test Wire', [
    { text: 'Russian jets struck the central market in Resalpha on Tuesday, killing 12 civilians, rescuers said.', fatalities: 12 },
    { text: 'Rebels and army units clashed near Resalpha on Tuesday.', sub: 'Armed clash', actors: [{ id: 'rebels', role: 'actor' }, { id: 'syria-gov', role: 'actor' }] },
    { text: 'Jets also struck Resbeta on Tuesday, witnesses said.', place: BETA, fatalities: 2 },
    { text: 'The war began in 2011 with a crackdown on protests.', background: true, date: null, place: null },
  ]);
const paper = () =>
  resolutionDoc(P, 'Market bombed in Resalpha', '2024-05-16', 'Daily Paper', [
    { text: 'Russian and Iranian jets struck the central market in Resalpha on Tuesday, killing 14 civilians, medics counted.', fatalities: 14, actors: [{ id: 'russia', role: 'actor' }, { id: 'iran', role: 'actor' }] },
    { text: 'Shelling was heard somewhere in the region.', sub: 'Shelling/artillery/missile attack', type: 'shelling', place: null, actors: [{ id: 'syria-gov', role: 'actor' }] },
  ]);
/** the two articles telling one strike on Resalpha (their `-e0` reports), with other, unrelated reports */
export const resolutionPair = (): [StoredArticle, StoredArticle] => [wire(), paper()];

/** a third article with a strike in Resgamma (unrelated to everything above) */
const G = 'res-gamma-strike-cccc0003';
const gamma = () => resolutionDoc(G, 'Strike in Resgamma', '2024-05-16', 'Gamma Post', [{ text: 'Jets struck a depot in Resgamma on Tuesday.', place: GAMMA, fatalities: 1 }]);

export function describeResolutionBehaviour(label: string, factory: StoreFactory): void {
  describe(`EventStore resolution (issue 15): ${label}`, () => {
    let store: EventStore;
    const events = async (params: Record<string, string> = {}) => store.queryEvents(q(params));
    const ids = async (params: Record<string, string> = {}) => (await events(params)).map((e) => e.id).sort();
    const reportsOf = (e: ConflictEvent | null | undefined) => (e?.reports ?? (e ? [{ eventId: e.id }] : [])).map((r) => r.eventId).sort();

    beforeEach(async () => {
      store = await factory.open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('two articles telling one strike are one event with 2 reports, the lowest figure and the range', async () => {
      await store.putArticle(wire());
      await store.putArticle(paper());
      const strikes = (await events({ subEventTypes: 'Air/drone strike', place: ALPHA.id })).filter((e) => e.place?.id === ALPHA.id);
      expect(strikes).toHaveLength(1);
      const e = strikes[0]!;
      expect([`${W}-e0`, `${P}-e0`]).toContain(e.id);
      expect(reportsOf(e)).toEqual([`${P}-e0`, `${W}-e0`]);
      expect(e.fatalities?.count).toBe(12);
      expect(e.fatalitiesRange).toEqual({ min: 12, max: 14 });
      expect(new Set(e.reports!.map((r) => r.articleId))).toEqual(new Set([W, P]));
      // every other report stays its own event: 6 reports, 5 served (background left out by default → 4)
      expect(await ids({ includeBackground: 'true' })).toHaveLength(5);
      expect(await ids()).toHaveLength(4);
      // the clash the same day at the same place is another event
      expect((await events({ subEventTypes: 'Armed clash' })).map((x) => x.id)).toEqual([`${W}-e1`]);
    });

    it('getEvent by any report id gives the resolved event; an article keeps its own reports', async () => {
      await store.putArticle(wire());
      await store.putArticle(paper());
      const a = await store.getEvent(`${W}-e0`);
      const b = await store.getEvent(`${P}-e0`);
      expect(a).not.toBeNull();
      expect(b).toEqual(a);
      expect(reportsOf(a)).toEqual([`${P}-e0`, `${W}-e0`]);
      expect(await store.getEvent('res-no-such-article-e0')).toBeNull();
      // getArticle: the article's own (per-report) events, never merged ones
      const doc = await store.getArticle(P);
      expect(doc?.events.map((e) => e.id)).toEqual([`${P}-e0`, `${P}-e1`]);
      expect(doc?.events[0]?.reports).toBeUndefined();
      expect(doc?.events[0]?.fatalities?.count).toBe(14);
      expect((await store.listArticles()).find((x) => x.id === P)?.eventCount).toBe(2);
    });

    it('q.article of either article finds the resolved event', async () => {
      await store.putArticle(wire());
      await store.putArticle(paper());
      const merged = (await store.getEvent(`${W}-e0`))!.id;
      expect(await ids({ article: W })).toContain(merged);
      expect(await ids({ article: P })).toContain(merged);
      expect(await ids({ article: P })).toHaveLength(2); // the merged strike and its own unlocated shelling
      expect(await ids({ article: G })).toEqual([]);
    });

    it('q finds the resolved event by the words of any of its reports', async () => {
      await store.putArticle(wire());
      await store.putArticle(paper());
      const merged = (await store.getEvent(`${W}-e0`))!.id;
      expect(await ids({ q: 'medics counted' })).toEqual([merged]);
      expect(await ids({ q: 'killing 12' })).toEqual([merged]);
    });

    it('actor filters and counts see the union of the reports, counted once per event', async () => {
      await store.putArticle(wire());
      await store.putArticle(paper());
      const merged = (await store.getEvent(`${W}-e0`))!.id;
      // only the paper's report names Iran
      expect(await ids({ actors: 'iran' })).toEqual([merged]);
      expect(await ids({ actors: 'iran', role: 'any' })).toEqual([merged]);
      const counts = await store.actorCounts();
      expect(counts.russia).toBe(2); // the merged strike and the Resbeta strike, not 3 reports
      expect(counts.iran).toBe(1);
      expect((await store.actorCounts('any')).russia).toBe(2);
      const reg = await store.actorRegistry();
      expect(reg.find((r) => r.id === 'russia')?.eventCount).toBe(2);
      expect(reg.find((r) => r.id === 'iran')?.eventCount).toBe(1);
      // points and clusters count events
      const points = await store.queryPoints(q({}));
      expect(points.map((p) => p.id).sort()).toEqual(await ids());
      expect(points.find((p) => p.id === merged)?.fatalities).toBe(12);
    });

    it('replaceExtraction of one article updates only its groups', async () => {
      await store.putArticle(wire());
      await store.putArticle(paper());
      await store.putArticle(gamma());
      const gammaBefore = await store.getEvent(`${G}-e0`);
      const w = wire();
      // the wire now reports 10 dead (still the same strike) and drops its Resbeta sentence
      w.events[0] = { ...w.events[0]!, fatalities: { ...w.events[0]!.fatalities!, count: 10 } };
      await store.replaceExtraction(W, w.mentions, [w.events[0]!, w.events[1]!], 'res-test-2');
      const e = (await store.getEvent(`${P}-e0`))!;
      expect(reportsOf(e)).toEqual([`${P}-e0`, `${W}-e0`]);
      expect(e.fatalities?.count).toBe(10);
      expect(e.fatalitiesRange).toEqual({ min: 10, max: 14 });
      expect(await store.getEvent(`${W}-e2`)).toBeNull();
      expect(await store.getEvent(`${G}-e0`)).toEqual(gammaBefore);
      // the wire drops the strike: the paper's report is alone again
      await store.replaceExtraction(W, w.mentions, [w.events[1]!], 'res-test-3');
      const alone = (await store.getEvent(`${P}-e0`))!;
      expect(alone.id).toBe(`${P}-e0`);
      expect(reportsOf(alone)).toEqual([`${P}-e0`]);
      expect(alone.fatalities?.count).toBe(14);
      expect(await ids({ actors: 'iran' })).toEqual([`${P}-e0`]);
      expect((await store.actorCounts()).russia).toBe(2); // the paper's strike and the Resgamma strike
    });

    it('updateArticle re-resolves like replaceExtraction', async () => {
      await store.putArticle(wire());
      await store.putArticle(paper());
      const p = paper();
      p.article.source = 'Daily Paper (corrected)';
      p.events = [p.events[1]!];
      await store.updateArticle(p);
      expect(reportsOf(await store.getEvent(`${W}-e0`))).toEqual([`${W}-e0`]);
      expect(await store.getEvent(`${P}-e0`)).toBeNull();
    });

    it('ingest order does not change the resolved ids or report sets', async () => {
      const snapshot = async () =>
        (await events({ includeBackground: 'true' })).map((e) => ({ id: e.id, reports: reportsOf(e), fatalities: e.fatalities?.count ?? null, range: e.fatalitiesRange ?? null }));
      for (const d of [wire(), paper(), gamma()]) await store.putArticle(d);
      const forward = await snapshot();
      await store.close();
      store = await factory.open();
      for (const d of [gamma(), paper(), wire()]) await store.putArticle(d);
      expect(await snapshot()).toEqual(forward);
    });

    it('background and unlocated reports stay alone', async () => {
      await store.putArticle(wire());
      await store.putArticle(paper());
      // a second background sentence with the same words and a second unlocated shelling elsewhere
      await store.putArticle(
        resolutionDoc('res-other-cccc0004', 'Background', '2024-05-16', 'Other', [
          { text: 'The war began in 2011 with a crackdown on protests.', background: true, date: null, place: null },
          { text: 'Shelling was heard somewhere in the region.', sub: 'Shelling/artillery/missile attack', type: 'shelling', place: null },
        ]),
      );
      for (const id of [`${W}-e3`, `${P}-e1`, 'res-other-cccc0004-e0', 'res-other-cccc0004-e1']) {
        const e = await store.getEvent(id);
        expect(e?.id).toBe(id);
        expect(reportsOf(e)).toEqual([id]);
      }
    });

    it('a split override survives reprocessing of both articles', async () => {
      await store.putArticle(wire());
      await store.putArticle(paper());
      const wireKey = reportKey(wire().events[0]!);
      const paperKey = reportKey(paper().events[0]!);
      const split: Override = { id: 'ovr-split-1', kind: 'split', keys: [paperKey], others: [wireKey], createdAt: '2024-06-01T00:00:00.000Z', note: 'two raids' };
      const version = store.changes.version;
      await store.addOverride(split);
      expect(store.changes.version).toBeGreaterThan(version);
      expect(await store.listOverrides()).toEqual([split]);
      expect(reportsOf(await store.getEvent(`${W}-e0`))).toEqual([`${W}-e0`]);
      expect(reportsOf(await store.getEvent(`${P}-e0`))).toEqual([`${P}-e0`]);
      expect((await store.actorCounts()).russia).toBe(3);
      const w = wire();
      const p = paper();
      await store.replaceExtraction(W, w.mentions, w.events, 'res-test-2');
      await store.replaceExtraction(P, p.mentions, p.events, 'res-test-2');
      expect(reportsOf(await store.getEvent(`${W}-e0`))).toEqual([`${W}-e0`]);
      expect(reportsOf(await store.getEvent(`${P}-e0`))).toEqual([`${P}-e0`]);
      expect(await ids({ subEventTypes: 'Air/drone strike', place: ALPHA.id })).toEqual([`${P}-e0`, `${W}-e0`]);
    });

    it('a merge override joins two unrelated events, also after reprocessing', async () => {
      await store.putArticle(wire());
      await store.putArticle(gamma());
      const merge: Override = { id: 'ovr-merge-1', kind: 'merge', keys: [reportKey(wire().events[2]!), reportKey(gamma().events[0]!)], others: [], createdAt: '2024-06-01T00:00:00.000Z', note: null };
      await store.addOverride(merge);
      const e = await store.getEvent(`${G}-e0`);
      expect(reportsOf(e)).toEqual([`${G}-e0`, `${W}-e2`]);
      expect(await store.getEvent(`${W}-e2`)).toEqual(e);
      expect(await ids({ article: G })).toEqual([e!.id]);
      const g = gamma();
      await store.replaceExtraction(G, g.mentions, g.events, 'res-test-2');
      expect(reportsOf(await store.getEvent(`${W}-e2`))).toEqual([`${G}-e0`, `${W}-e2`]);
    });

    it('an override naming an unknown report is refused and changes nothing', async () => {
      await store.putArticle(wire());
      const bad: Override = { id: 'ovr-bad', kind: 'merge', keys: [reportKey(wire().events[0]!), 'res-unknown-dddd0000@0'], others: [], createdAt: '2024-06-01T00:00:00.000Z', note: null };
      await expect(store.addOverride(bad)).rejects.toMatchObject({ name: 'StoreInputError' });
      expect(await store.listOverrides()).toEqual([]);
    });

    it('listOverrides is oldest first', async () => {
      await store.putArticle(wire());
      await store.putArticle(gamma());
      const k = [reportKey(wire().events[2]!), reportKey(gamma().events[0]!)];
      const first: Override = { id: 'ovr-z', kind: 'merge', keys: k, others: [], createdAt: '2024-06-01T00:00:00.000Z', note: null };
      const second: Override = { id: 'ovr-a', kind: 'split', keys: [k[0]!], others: [k[1]!], createdAt: '2024-06-02T00:00:00.000Z', note: 'undo' };
      await store.addOverride(first);
      await store.addOverride(second);
      expect((await store.listOverrides()).map((o) => o.id)).toEqual(['ovr-z', 'ovr-a']);
    });
  });
}
