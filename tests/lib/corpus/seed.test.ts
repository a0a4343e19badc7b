/**
 * The real seed dump: 12 articles with glued alt text, captions, ads and related links.
 * out/seed.json pins ids, dates and openings; regenerate with REGEN=1 after an intended change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDump } from '@/lib/corpus';
import { Article } from '@/lib/schemas/article';
import { FIXTURES, readSeed } from './helpers';

const { raw, meta } = readSeed();
const result = importDump(raw, meta);

describe('seed dump 000_86881a3a57d73c7f', () => {
  it('yields exactly the 12 articles, nothing rejected, titles equal to the meta headlines', () => {
    expect(result.rejected).toEqual([]);
    expect(result.articles).toHaveLength(12);
    expect(result.articles.map((a) => a.title)).toEqual(meta.articles.map((m) => m.title));
    expect(result.articles.map((a) => a.published)).toEqual(meta.articles.map((m) => m.published));
    for (const a of result.articles) expect(Article.parse(a)).toEqual(a);
  });

  it('leaves no caption, ad or related-link line in any body', () => {
    for (const a of result.articles) {
      expect(a.body).not.toContain('PHOTO:');
      expect(a.body).not.toMatch(/READ ALSO/i);
      expect(a.body).not.toContain('invented by');
      expect(a.body).not.toContain('\u00A0');
      expect(a.body).not.toMatch(/\n{3,}/);
    }
  });

  it('starts every body at the real first sentence, with the glued tag kept as alt-text', () => {
    const starts: [number, string, string | null][] = [
      [0, 'Russia on Friday condemned', null],
      [1, 'Fighting between government', 'Syria Ceasefire'],
      [2, 'At least 90 Turkish rockets', 'Turkey and Syria kurdish fighters'],
      [3, 'Relative calm prevailed', 'Syria'],
      [4, 'Nearly 30 air strikes', 'Syria Aleppo'],
      [5, 'When Vladimir Putin', 'russia'],
      [6, 'U.S. Secretary of State', 'united states'],
      [7, 'Western powers have condemned', 'Syria peace talk'],
      [8, 'Syria has asked', 'Syria'],
      [9, 'It seems world powers', 'Syria'],
      [10, 'Major powers agreed', 'Syria-war'],
      [11, 'A Syrian Army source', 'syrian'],
    ];
    for (const [i, start, tag] of starts) {
      const a = result.articles[i]!;
      expect(a.body.startsWith(start), `article ${i + 1} starts "${a.body.slice(0, 40)}"`).toBe(true);
      const alt = a.boilerplate.filter((b) => b.kind === 'alt-text').map((b) => b.text);
      expect(alt).toEqual(tag === null ? [] : [tag]);
      // no glued tag left: the first word has no lower→upper junction
      expect(a.body.split(' ')[0]).not.toMatch(/\p{Ll}\p{Lu}/u);
    }
  });

  it('keeps the caption, the READ ALSO link and the ad for audit with a reason', () => {
    const kinds = result.articles.map((a) => a.boilerplate.map((b) => b.kind));
    expect(kinds[0]).toEqual(['caption', 'related-link']);
    expect(result.articles[0]!.boilerplate[0]!.text).toMatch(/^In this file .* PHOTO: US AIR FORCE \/ AFP$/);
    expect(kinds[6]).toContain('ad');
    for (const a of result.articles) for (const b of a.boilerplate) expect(b.why.length).toBeGreaterThan(5);
  });

  it('keeps curly quotes and turns internal NBSPs into single spaces', () => {
    const first = result.articles[0]!;
    expect(first.body).toContain('“We strongly condemn such actions and call for Syria’s sovereignty');
    expect(result.articles[9 - 1]!.title).toBe('Syria Reports Turkey To UN');
  });

  it('paragraph spans cover the body exactly', () => {
    for (const a of result.articles) {
      const rebuilt = a.paragraphs.map((p) => a.body.slice(p.start, p.end)).join('\n\n');
      expect(rebuilt).toBe(a.body);
      for (const p of a.paragraphs) expect(a.body.slice(p.start, p.end).trim()).toBe(a.body.slice(p.start, p.end));
    }
  });

  it('matches the pinned ids and openings (REGEN=1 to update)', () => {
    const summary = result.articles.map((a) => ({
      id: a.id,
      published: a.published,
      paragraphs: a.paragraphs.length,
      opening: a.body.slice(0, 60),
      boilerplate: a.boilerplate.map((b) => `${b.kind}: ${b.text.slice(0, 50)}`),
    }));
    const file = path.join(FIXTURES, 'out', 'seed.json');
    if (process.env.REGEN === '1') fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    expect(summary).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
  });
});
