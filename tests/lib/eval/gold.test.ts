import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFileError, parseGold } from '@/lib/eval/gold';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/gold', name), 'utf8');

describe('gold files', () => {
  it.each(['seed.json', 'synthetic.json'])('%s parses and every span points at its name', (name) => {
    const g = parseGold(fixture(name), name);
    expect(g.articles.length).toBeGreaterThanOrEqual(10);
    for (const a of g.articles) {
      expect(a.places.length).toBeGreaterThan(0);
      for (const m of a.metonymy) if (typeof m !== 'string' && m.start !== undefined) expect(a.text.slice(m.start, m.end)).toBe(m.name);
    }
  });

  it('the seed gold covers all 12 seed articles with places and metonymy', () => {
    const g = parseGold(fixture('seed.json'));
    expect(g.articles).toHaveLength(12);
    expect(g.articles.flatMap((a) => a.metonymy).length).toBeGreaterThanOrEqual(20);
  });

  it('keeps unknown fields (devset extras) and accepts missing spans', () => {
    const g = parseGold(JSON.stringify({ citation: 'x', articles: [{ title: 'a', text: 'In Paris.', places: [{ name: 'Paris', lat: 48.85, lon: 2.35, tol_km: 10, geonameid: 2988507 }], metonymy: [] }] }));
    expect((g.articles[0]!.places[0] as Record<string, unknown>).geonameid).toBe(2988507);
  });

  it('rejects a span that does not point at its name', () => {
    const bad = JSON.stringify({ articles: [{ title: 'a', text: 'In Paris.', places: [{ name: 'Paris', start: 0, end: 5, lat: 1, lon: 1, tol_km: 10 }] }] });
    expect(() => parseGold(bad)).toThrow(GoldFileError);
  });

  it('rejects bad JSON and missing fields with a message naming the problem', () => {
    expect(() => parseGold('{')).toThrow(/not valid JSON/);
    expect(() => parseGold(JSON.stringify({ articles: [{ title: 'a' }] }))).toThrow(/gold format/);
  });
});
