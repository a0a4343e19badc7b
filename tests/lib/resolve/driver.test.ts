import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportKey, resolveReports, type ReportRef } from '@/lib/resolve';
import type { Override } from '@/lib/schemas';
import { groupsOf, report, type Spec } from './build';
import { FakeStore } from './fake-store';

const PLACES = [
  { id: 'gn:1', name: 'Alpha', lat: 35.0, lon: 38.0, radiusKm: 5 },
  { id: 'gn:2', name: 'Alpha east', lat: 35.0, lon: 38.03, radiusKm: 3 },
  { id: 'gn:3', name: 'Beta', lat: 36.0, lon: 37.0, radiusKm: 5 },
];
const SUBS = ['Air/drone strike', 'Shelling/artillery/missile attack', 'Armed clash'] as const;
const ACTORS: Spec['actors'][] = [[], [['russia', 'actor']], [['turkey', 'actor']], [['russia', 'actor'], ['civilians', 'target']]];

/** a random corpus: up to 8 articles of 1–3 reports over a few places, days, sub-types and actors */
const corpus = fc
  .array(
    fc.array(
      fc.record({
        place: fc.integer({ min: 0, max: 2 }),
        sub: fc.integer({ min: 0, max: 2 }),
        day: fc.integer({ min: 6, max: 9 }),
        fromPublication: fc.boolean(),
        actors: fc.integer({ min: 0, max: 3 }),
        toll: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((articles) =>
    articles.flatMap((events, ai) =>
      events.map((e, n) =>
        report({
          article: `art-${ai}`,
          n,
          place: PLACES[e.place]!,
          sub: SUBS[e.sub]!,
          date: `2024-05-0${e.day}`,
          dateText: e.fromPublication ? null : 'on the day',
          actors: ACTORS[e.actors]!,
          toll: e.toll,
          published: `2024-05-${10 + (ai % 3)}`,
        }),
      ),
    ),
  );

const byArticle = (refs: readonly ReportRef[]) => {
  const m = new Map<string, ReportRef[]>();
  for (const r of refs) m.set(r.article.id, [...(m.get(r.article.id) ?? []), r]);
  return [...m.values()];
};

describe('resolveReports: one event, many reports', () => {
  it('joins two outlets’ reports of one strike: primary first, lowest figure with the range, union of actors', () => {
    const a = report({ article: 'wire', actors: [['russia', 'actor']], toll: 12, source: 'Wire' });
    const b = report({ article: 'paper', actors: [['russia', 'actor'], ['civilians', 'target']], toll: 9, source: 'Paper', dateText: null, date: '2024-05-08' });
    const res = resolveReports([a, b]);
    expect(groupsOf(res.assignments)).toEqual([['paper-e0', 'wire-e0']]);
    const primary = res.assignments.find((x) => x.primary)!;
    expect(primary.eventId).toBe('wire-e0'); // its date is its own words, the other's is the publication day
    const e = primary.resolved!;
    expect(e.id).toBe('wire-e0');
    expect(e.reports!.map((r) => [r.eventId, r.source, r.fatalities])).toEqual([
      ['wire-e0', 'Wire', 12],
      ['paper-e0', 'Paper', 9],
    ]);
    expect(e.fatalities!.count).toBe(9);
    expect(e.fatalities!.articleId).toBe('paper');
    expect(e.fatalitiesRange).toEqual({ min: 9, max: 12 });
    expect(e.actors.find((x) => x.id === 'civilians')!.articleId).toBe('paper');
    expect(e.reports![1]!.why[0]).toMatch(/^score .* with the primary report: same sub-type/);
    expect(primary.reportCount).toBe(2);
  });

  it('never chains two actors’ strikes through a report that names no actor', () => {
    const res = resolveReports([
      report({ article: 'a', actors: [['russia', 'actor']] }),
      report({ article: 'b' }),
      report({ article: 'c', actors: [['turkey', 'actor']] }),
    ]);
    const groups = groupsOf(res.assignments);
    expect(groups).toHaveLength(2);
    expect(groups.some((g) => g.includes('a-e0') && g.includes('c-e0'))).toBe(false);
    // one component: the three are linked, so a later change to any of them re-resolves all three
    expect(new Set(res.assignments.map((x) => x.component)).size).toBe(1);
  });

  it('keeps lone, background and unplaced reports as their own events', () => {
    const res = resolveReports([report({ article: 'a', background: true }), report({ article: 'b', place: null }), report({ article: 'c' })]);
    expect(res.assignments.every((x) => x.primary && x.group === x.eventId && x.reportCount === 1 && x.resolved === x.resolved)).toBe(true);
  });
});

describe('incremental resolution in a store', () => {
  it('any ingest order and batching gives the events of resolving everything at once', () => {
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 3 }), (refs, seed, batch) => {
        const expected = groupsOf(resolveReports(refs).assignments);
        const arts = byArticle(refs);
        // a deterministic shuffle from the seed
        const order = arts.map((a, i) => ({ a, k: (i * 7919 + seed * 104729) % 1009 })).sort((x, y) => x.k - y.k).map((x) => x.a);
        const store = new FakeStore();
        for (let i = 0; i < order.length; i += batch) store.add(order.slice(i, i + batch).flat());
        expect(store.groups()).toEqual(expected);
        const primaries = (groups: string[][], prim: (g: string[]) => string) => groups.map(prim);
        const once = resolveReports(refs).assignments.filter((x) => x.primary).map((x) => x.eventId).sort();
        expect(primaries(store.groups(), (g) => g.find((id) => store.rows.get(id)!.primary)!).sort()).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('removing an article (a reprocess) leaves what resolving the rest at once gives', () => {
    fc.assert(
      fc.property(corpus, fc.nat(), (refs, pick) => {
        const arts = byArticle(refs);
        const store = new FakeStore();
        for (const a of arts) store.add(a);
        const gone = arts[pick % arts.length]![0]!.article.id;
        store.removeArticle(gone);
        expect(store.groups()).toEqual(groupsOf(resolveReports(refs.filter((r) => r.article.id !== gone)).assignments));
      }),
      { numRuns: 200 },
    );
  });

  it('only the components a write touches are read again', () => {
    const store = new FakeStore();
    store.add([report({ article: 'a' }), report({ article: 'far', place: PLACES[2]! })]);
    const before = store.calls.componentMembers;
    const res = store.add([report({ article: 'b' })]);
    expect(store.calls.componentMembers).toBe(before + 1);
    expect(res.assignments.map((x) => x.eventId).sort()).toEqual(['a-e0', 'b-e0']);
  });
});

describe('analyst overrides survive reprocessing', () => {
  const override = (o: Partial<Override> & Pick<Override, 'kind' | 'keys'>): Override => ({ id: `o${Math.random()}`, others: [], createdAt: '2024-06-01T00:00:00Z', note: null, ...o });

  it('a split keeps its reports apart after both articles are read again', () => {
    const a = report({ article: 'a' });
    const b = report({ article: 'b' });
    const c = report({ article: 'c' });
    const store = new FakeStore();
    store.add([a, b, c]);
    expect(store.groups()).toEqual([['a-e0', 'b-e0', 'c-e0']]);
    store.override(override({ kind: 'split', keys: [reportKey(c.event)], others: [reportKey(a.event), reportKey(b.event)] }));
    expect(store.groups()).toEqual([['a-e0', 'b-e0'], ['c-e0']]);
    for (const r of [a, c]) {
      store.removeArticle(r.article.id);
      store.add([r]);
    }
    expect(store.groups()).toEqual([['a-e0', 'b-e0'], ['c-e0']]);
    const served = store.served().find((e) => e.reports?.length === 2)!;
    expect(served.reports!.map((r) => r.eventId).sort()).toEqual(['a-e0', 'b-e0']);
  });

  it('a merge joins what the evidence keeps apart (other actors, other day), and holds when one is re-read', () => {
    const a = report({ article: 'a', actors: [['russia', 'actor']] });
    const b = report({ article: 'b', actors: [['turkey', 'actor']], date: '2024-05-01' });
    const store = new FakeStore();
    store.add([a, b]);
    expect(store.groups()).toHaveLength(2);
    const o = override({ kind: 'merge', keys: [reportKey(a.event), reportKey(b.event)] });
    store.override(o);
    expect(store.groups()).toEqual([['a-e0', 'b-e0']]);
    store.removeArticle('b');
    expect(store.groups()).toEqual([['a-e0']]);
    store.add([b]);
    expect(store.groups()).toEqual([['a-e0', 'b-e0']]);
    const served = store.served()[0]!;
    expect(served.reports!.find((r) => r.eventId !== served.id)!.why[0]).toMatch(new RegExp(`analyst merged it .*${o.id}`));
  });

  it('a later decision wins over an earlier one', () => {
    const a = report({ article: 'a' });
    const b = report({ article: 'b' });
    const [ka, kb] = [reportKey(a.event), reportKey(b.event)];
    const res = resolveReports([a, b], [override({ kind: 'split', keys: [ka], others: [kb] }), override({ kind: 'merge', keys: [ka, kb] })]);
    expect(groupsOf(res.assignments)).toEqual([['a-e0', 'b-e0']]);
    const res2 = resolveReports([a, b], [override({ kind: 'merge', keys: [ka, kb] }), override({ kind: 'split', keys: [ka], others: [kb] })]);
    expect(groupsOf(res2.assignments)).toEqual([['a-e0'], ['b-e0']]);
  });
});
