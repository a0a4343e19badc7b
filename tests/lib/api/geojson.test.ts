import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eventCollection, eventFeature } from '@/lib/api/geojson';
import { EventCollection, EventFeature } from '@/lib/schemas';
import type { StoredArticle } from '@/lib/store/types';

const a = JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/api/article-a.json'), 'utf8')) as StoredArticle;
const facts = { title: a.article.title, url: a.article.url };
const [strike, clash] = a.events as [StoredArticle['events'][number], StoredArticle['events'][number]];

describe('eventFeature', () => {
  it('draws the event at its own place: the directional point the extractor put there, not the town centre', () => {
    const m = a.mentions.find((x) => x.start === strike.place!.start)!;
    expect(m.point).toEqual({ lat: 50.05, lon: 36.25 });
    expect(eventFeature(strike, facts).geometry?.coordinates).toEqual([strike.place!.lon, strike.place!.lat]);
    expect(eventFeature({ ...strike, place: { ...strike.place!, lat: 1.5, lon: 2.5 } }, facts).geometry?.coordinates).toEqual([2.5, 1.5]);
  });
  it('is an RFC 7946 Feature with [lng, lat] and the whole event in properties', () => {
    const f = eventFeature(strike, facts);
    expect(EventFeature.parse(f)).toEqual(f);
    expect(f.geometry?.coordinates).toEqual([36.25, 50.05]);
    expect(f.id).toBe(strike.id);
    const { articleTitle, articleUrl, reports, reportCount, ...event } = f.properties;
    expect(event).toEqual(strike);
    expect(reportCount).toBe(1);
    expect(reports.map((r) => r.eventId)).toEqual([strike.id]);
    expect([articleTitle, articleUrl]).toEqual([a.article.title, a.article.url]);
  });
  it('has null geometry for an event without a place', () => {
    expect(eventFeature({ ...strike, place: null }, facts).geometry).toBeNull();
  });
  it('does not mutate the event', () => {
    const copy = structuredClone(strike);
    const f = eventFeature(strike, facts);
    expect(strike).toEqual(copy);
    expect(Object.keys(strike)).not.toContain('articleTitle');
    expect(f.properties).not.toBe(strike);
  });
});

describe('eventCollection', () => {
  it('wraps features with meta {count, reports, query, limit, truncated}', () => {
    const fc = eventCollection(a.events, new Map([[a.article.id, facts]]), { types: ['clash'] }, { limit: 1000, truncated: false });
    expect(EventCollection.parse(fc)).toBeTruthy();
    expect(fc.meta).toEqual({ count: a.events.length, reports: a.events.length, query: { types: ['clash'] }, limit: 1000, truncated: false });
    expect(fc.features.map((f) => f.id)).toEqual(a.events.map((e) => e.id));
  });
  it('leaves title and url null when the article is unknown', () => {
    const fc = eventCollection([clash], new Map(), {});
    expect(fc.features[0]?.properties.articleTitle).toBeNull();
  });
});
