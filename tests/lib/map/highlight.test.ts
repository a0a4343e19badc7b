import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleSpans, compareSpans, highlightSpans } from '@/lib/map/highlight';
import type { StoredArticle } from '@/lib/store/types';

const a = JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/api/article-a.json'), 'utf8')) as StoredArticle;

describe('articleSpans', () => {
  const spans = articleSpans(a.article.body.length, a.mentions, a.events);

  it('lists every event quote, located mention and actor span', () => {
    expect(spans.filter((s) => s.kind === 'event').map((s) => s.ref).sort()).toEqual(a.events.map((e) => e.id).sort());
    expect(spans.filter((s) => s.kind === 'place').map((s) => s.ref)).toEqual(a.mentions.filter((m) => m.isLocation).map((m) => m.place!.id));
    const actorSpans = new Set(a.events.flatMap((e) => e.actors.map((x) => `${x.start}:${x.id}`)));
    expect(spans.filter((s) => s.kind === 'actor')).toHaveLength(actorSpans.size);
  });
  it('leaves out non-location mentions', () => {
    const demonym = a.mentions.find((m) => !m.isLocation)!;
    expect(spans.some((s) => s.kind === 'place' && s.start === demonym.start)).toBe(false);
  });
  it('every span points at text inside the body', () => {
    for (const s of spans) expect(s.end).toBeLessThanOrEqual(a.article.body.length);
    const kharkiv = spans.find((s) => s.ref === 'gn:706483')!;
    expect(a.article.body.slice(kharkiv.start, kharkiv.end)).toBe('northern outskirts of Kharkiv');
  });
  it('is sorted by start, outer spans first', () => {
    expect([...spans].sort(compareSpans)).toEqual(spans);
    for (let i = 1; i < spans.length; i++) {
      const [p, c] = [spans[i - 1]!, spans[i]!];
      expect(p.start < c.start || (p.start === c.start && p.end >= c.end)).toBe(true);
    }
    expect(spans[0]).toMatchObject({ kind: 'event', start: 0 });
  });
  it('drops duplicates and spans outside the body', () => {
    const twice = articleSpans(a.article.body.length, [...a.mentions, ...a.mentions], [...a.events, ...a.events]);
    expect(twice).toEqual(spans);
    expect(articleSpans(10, a.mentions, a.events).every((s) => s.end <= 10)).toBe(true);
  });
});

describe('highlightSpans', () => {
  const located = a.mentions.find((m) => m.isLocation && m.place)!;
  const event = a.events.find((e) => e.actors.length > 0)!;
  const actor = event.actors[0]!;

  it('keeps one span per range, a place before an actor before a non-location', () => {
    const clash = { ...actor, start: located.start, end: located.end };
    const nonLocation = { ...located, isLocation: false, place: null, nonLocation: 'metonymy' as const };
    const spans = highlightSpans(
      { mentions: [nonLocation, located], events: [{ ...event, actors: [clash] }] },
      { kinds: ['nonplace', 'actor', 'place'], unique: 'range' },
    );
    expect(spans).toEqual([{ start: located.start, end: located.end, kind: 'place', ref: located.place!.id }]);
    const without = highlightSpans({ mentions: [nonLocation], events: [{ ...event, actors: [clash] }] }, { kinds: ['actor', 'nonplace'], unique: 'range' });
    expect(without).toEqual([{ start: located.start, end: located.end, kind: 'actor', ref: actor.id }]);
  });
  it('marks non-locations with their reason and takes places given directly', () => {
    const nonLocation = { ...located, isLocation: false, place: null, nonLocation: 'demonym' as const };
    expect(highlightSpans({ mentions: [nonLocation] }, { kinds: ['nonplace'], unique: 'span' })).toEqual([
      { start: located.start, end: located.end, kind: 'nonplace', ref: 'demonym' },
    ]);
    expect(highlightSpans({ places: [{ id: 'gn:1', start: 5, end: 9 }] }, { kinds: ['place'], unique: 'span' })).toEqual([
      { start: 5, end: 9, kind: 'place', ref: 'gn:1' },
    ]);
  });
  it('only gives the kinds asked for and drops empty spans', () => {
    const spans = highlightSpans({ mentions: a.mentions, events: a.events }, { kinds: ['actor'], unique: 'span' });
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => s.kind === 'actor')).toBe(true);
    expect(highlightSpans({ places: [{ id: 'gn:1', start: 5, end: 5 }] }, { kinds: ['place'], unique: 'span' })).toEqual([]);
  });
});
