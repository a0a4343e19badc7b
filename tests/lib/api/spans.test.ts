import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleSpans, compareSpans } from '@/lib/api/spans';
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
