/** lib/api/reports.ts and overrides.ts: every served event has reports; merge/split overrides from report keys. */
import { describe, expect, it } from 'vitest';
import type { ConflictEvent, Report } from '@/lib/schemas';
import { reportTotal, withReports } from '@/lib/api/reports';
import { mergeOverride, splitOverride } from '@/lib/api/overrides';
import { HttpError } from '@/lib/api/http';
import { fixture } from './support';

const a = fixture('article-a');
const b = fixture('article-b');
const stamp = { id: 'ov-1', createdAt: '2026-12-04T08:00:00.000Z' };
const report = (e: ConflictEvent, source: string, fatalities: number | null): Report => ({
  eventId: e.id, key: `${e.articleId}@${e.quote.start}`, articleId: e.articleId, title: 't', source, published: null,
  quote: { text: e.quote.text, start: e.quote.start, end: e.quote.end }, fatalities, date: e.date.value, why: ['primary'],
});
/** a resolved event told by article A's strike and two other reports (hand-built) */
const other1 = { ...a.events[0]!, id: 'other-one-e0', articleId: 'other-one' };
const other2 = { ...a.events[0]!, id: 'other-two-e3', articleId: 'other-two', quote: { ...a.events[0]!.quote, start: 40 } };
const resolved: ConflictEvent = { ...a.events[0]!, reports: [report(a.events[0]!, 'Example News', 4), report(other1, 'Wire', 6), report(other2, 'Monitor', null)], fatalitiesRange: { min: 4, max: 6 } };

describe('withReports', () => {
  it('gives a lone event itself as its one report, keeps a resolved event\'s reports, and never mutates', () => {
    const copy = structuredClone(a.events);
    const served = withReports([a.events[0]!, resolved], new Map([[a.article.id, a.article]]));
    expect(a.events).toEqual(copy);
    expect(served[0]!.reportCount).toBe(1);
    expect(served[0]!.reports).toEqual([{ eventId: a.events[0]!.id, key: `${a.article.id}@0`, articleId: a.article.id, title: a.article.title, source: 'Example News', published: a.article.published, quote: { text: a.events[0]!.quote.text, start: 0, end: a.events[0]!.quote.end }, fatalities: 4, date: '2026-03-09', why: ['primary'] }]);
    expect(served[1]!.reports).toBe(resolved.reports);
    expect(served[1]!.reportCount).toBe(3);
    expect(reportTotal([a.events[0]!, resolved])).toBe(4);
  });
});

describe('mergeOverride / splitOverride', () => {
  const thrown = (f: () => unknown) => {
    try {
      f();
    } catch (err) {
      return err as HttpError;
    }
    throw new Error('did not throw');
  };
  it('merge: every report key of every named event; already one event is a 409', () => {
    const o = mergeOverride([resolved, b.events[0]!], { ...stamp, note: 'same' });
    expect(o).toEqual({ id: 'ov-1', kind: 'merge', keys: [`${a.article.id}@0`, 'other-one@0', 'other-two@40', `${b.article.id}@0`], others: [], createdAt: stamp.createdAt, note: 'same' });
    expect(thrown(() => mergeOverride([resolved, resolved], stamp)).status).toBe(409);
  });
  it('split: the named reports (by id or key) apart from the rest; lone, all or foreign reports are a 400', () => {
    const { override, taken, kept } = splitOverride(resolved, ['other-one-e0', 'other-two@40'], stamp);
    expect(override).toMatchObject({ kind: 'split', keys: ['other-one@0', 'other-two@40'], others: [`${a.article.id}@0`], note: null });
    expect(taken.map((r) => r.eventId)).toEqual(['other-one-e0', 'other-two-e3']);
    expect(kept.map((r) => r.eventId)).toEqual([a.events[0]!.id]);
    expect(thrown(() => splitOverride(b.events[0]!, [b.events[0]!.id], stamp)).status).toBe(400);
    expect(thrown(() => splitOverride(resolved, resolved.reports!.map((r) => r.eventId), stamp)).status).toBe(400);
    const foreign = thrown(() => splitOverride(resolved, ['nope-e1'], stamp));
    expect([foreign.status, foreign.issues[0]!.path]).toEqual([400, 'reports[0]']);
  });
});
