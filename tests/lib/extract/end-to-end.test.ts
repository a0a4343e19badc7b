/**
 * End to end through lib/pipeline (real geoparser and gazetteer): the seed gold and the synthetic
 * articles of tests/fixtures/extract/synthetic must keep their event scores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processText } from '@/lib/pipeline';
import { scoreEvents } from '@/lib/eval/events';

const root = path.join(__dirname, '../../fixtures');

describe('event extraction end to end', () => {
  it('seed gold: recall ≥ 0.9, precision ≥ 0.85, actors right on ≥ 0.9 of matched events', () => {
    const gold = JSON.parse(readFileSync(path.join(root, 'gold/seed.json'), 'utf8')) as {
      articles: { text: string; published: string | null; events?: unknown[] }[];
    };
    const predicted = gold.articles.map((a, i) => processText(a.text, { published: a.published, articleId: `seed-${i}` }).events);
    const s = scoreEvents(gold.articles, predicted);
    expect(s.gold).toBeGreaterThan(30);
    expect(s.main.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.main.precision).toBeGreaterThanOrEqual(0.85);
    expect(s.actorAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('synthetic articles from other wars: recall and precision ≥ 0.85', () => {
    const dir = path.join(root, 'extract/synthetic');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(files.length).toBeGreaterThanOrEqual(10);
    const articles = files.map((f) => {
      const expected = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as { published: string; events: unknown[] };
      return { text: readFileSync(path.join(dir, f), 'utf8'), published: expected.published, events: expected.events };
    });
    const s = scoreEvents(articles, articles.map((a, i) => processText(a.text, { published: a.published, articleId: `syn-${i}` }).events));
    expect(s.main.recall).toBeGreaterThanOrEqual(0.85);
    expect(s.main.precision).toBeGreaterThanOrEqual(0.85);
    expect(s.actorAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
