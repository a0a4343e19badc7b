/** importDump on synthetic dumps (tests/fixtures/corpus/in): one behaviour per case. */
import { describe, expect, it } from 'vitest';
import { importDump } from '@/lib/corpus';
import { fixture } from './helpers';

const NBSP = '\u00A0';
const titles = (raw: string) => importDump(raw).articles.map((a) => a.title);

describe('importDump: splitting', () => {
  it('returns nothing for empty or blank input', () => {
    expect(importDump('')).toEqual({ articles: [], rejected: [] });
    expect(importDump('\n \n\t\n')).toEqual({ articles: [], rejected: [] });
  });

  it('throws a CorpusError for a non-string dump', () => {
    expect(() => importDump(undefined as unknown as string)).toThrow(/dump must be a string/);
  });

  it('rejects text with no headline, with a reason', () => {
    const r = importDump(fixture('no-headline.txt'));
    expect(r.articles).toEqual([]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ index: -1, title: null });
    expect(r.rejected[0]!.reason).toMatch(/no headline found/);
  });

  it('reads one article with its paragraphs', () => {
    const r = importDump(fixture('one-article.txt'));
    expect(r.rejected).toEqual([]);
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0]!;
    expect(a.title).toBe('Rebels Seize Hilltop Town After Heavy Fighting');
    expect(a.published).toBeNull();
    expect(a.paragraphs).toHaveLength(3);
    expect(a.body.split('\n\n')[2]).toBe('At least 14 people were killed, the group added.');
    expect(a.id).toMatch(/^rebels-seize-hilltop-town-after-heavy-fighting-[0-9a-f]{8}$/);
  });

  it('treats CRLF, CR and a BOM exactly like plain LF', () => {
    const lf = fixture('one-article.txt');
    const plain = importDump(lf);
    expect(importDump(lf.replace(/\n/g, '\r\n'))).toEqual(plain);
    expect(importDump(lf.replace(/\n/g, '\r'))).toEqual(plain);
    expect(importDump(`\uFEFF${lf}`)).toEqual(plain);
    expect(importDump(`\uFEFF${lf.replace(/\n/g, '\r\n')}`).articles[0]!.body).not.toMatch(/[\r\uFEFF]/);
  });

  it('keeps curly quotes as they are', () => {
    const a = importDump(fixture('curly-quotes.txt')).articles[0]!;
    expect(a.title).toBe('Minister Says ‘No Retreat’ From Border Region');
    expect(a.body).toContain('make “no retreat” from');
    expect(a.body).toContain('“We will hold every village,” he told');
    expect(a.body).toContain('country’s forces');
  });

  it('accepts a headline ending in "?"', () => {
    expect(titles(fixture('question-headline.txt'))).toEqual(['Can The Ceasefire Survive Another Week?']);
  });

  it('does not split on body lines that look like headlines but are sentences, long or lower-case', () => {
    const r = importDump(fixture('sentence-lookalikes.txt'));
    expect(r.articles.map((a) => a.title)).toEqual(['Army Advances On Coastal City']);
    expect(r.articles[0]!.paragraphs).toHaveLength(4);
    expect(r.articles[0]!.body).toContain('fighting continued in the northern districts overnight');
  });

  it('trims trailing NBSPs from headlines and turns inner NBSPs into one space', () => {
    const raw = `Syria Reports Turkey To UN${NBSP} ${NBSP} \n\nThe${NBSP}government${NBSP} asked the council to act on Sunday.${NBSP}\n`;
    const a = importDump(raw).articles[0]!;
    expect(a.title).toBe('Syria Reports Turkey To UN');
    expect(a.body).toBe('The government asked the council to act on Sunday.');
  });

  it('does not split an article at a quotation or a two-word section label', () => {
    const raw = 'Rebels Vow To Fight On\n\nRebels vowed on Monday to keep fighting.\n\n“We Will Never Surrender”\n\nHumanitarian Crisis\n\nAid agencies said food was running out.\n';
    const r = importDump(raw);
    expect(r.articles.map((a) => a.title)).toEqual(['Rebels Vow To Fight On']);
    expect(r.articles[0]!.paragraphs).toHaveLength(4);
  });

  it('collapses runs of blank lines: no empty paragraphs', () => {
    const a = importDump(fixture('multiple-blank-lines.txt')).articles[0]!;
    expect(a.title).toBe('Floods Displace Thousands In River Valley');
    expect(a.paragraphs).toHaveLength(2);
    expect(a.body).not.toMatch(/\n{3,}|^\s|\s$/);
  });

  it('gives two articles with the same title distinct ids', () => {
    const r = importDump(fixture('identical-titles.txt'));
    expect(r.articles.map((a) => a.title)).toEqual(['Fighting Resumes Near Airport', 'Fighting Resumes Near Airport']);
    expect(new Set(r.articles.map((a) => a.id)).size).toBe(2);
    for (const a of r.articles) expect(a.id.startsWith('fighting-resumes-near-airport-')).toBe(true);
  });

  it('rejects an exact duplicate article (same title and body) instead of colliding ids', () => {
    const one = fixture('one-article.txt');
    const r = importDump(`${one}\n${one}`);
    expect(r.articles).toHaveLength(1);
    expect(r.rejected).toEqual([{ index: 1, title: r.articles[0]!.title, reason: 'duplicate of article #1 (same title and body)' }]);
  });

  it('joins soft-wrapped lines of one paragraph with a space', () => {
    const a = importDump(fixture('soft-wrapped.txt')).articles[0]!;
    expect(a.paragraphs).toHaveLength(2);
    expect(a.body.split('\n\n')[0]).toBe(
      'The drought has worsened the food crisis across the region, aid agencies said on Tuesday, warning that millions of people could face hunger within months.',
    );
  });
});

describe('importDump: boilerplate', () => {
  it('removes a caption and a credit that are not glued, keeping them for audit', () => {
    const a = importDump(fixture('caption-no-glue.txt')).articles[0]!;
    expect(a.body.startsWith('Shelling hit a crowded market')).toBe(true);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['caption', 'credit']);
    expect(a.body).not.toMatch(/PHOTO|Photo by/);
  });

  it('removes READ ALSO / Read more lines and ad lines in the middle of a body', () => {
    const a = importDump(fixture('read-also-and-ads.txt')).articles[0]!;
    expect(a.paragraphs).toHaveLength(3);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['ad', 'related-link', 'ad', 'related-link']);
    expect(a.body).not.toMatch(/invented by|READ ALSO|Advertisement|Read more/);
    for (const b of a.boilerplate) expect(b.why).not.toBe('');
  });

  it('does not start an article at a headline-looking ad line', () => {
    const r = importDump(fixture('headline-ad-between.txt'));
    expect(r.articles.map((a) => a.title)).toEqual(['Curfew Imposed After Protests', 'Hospitals Overwhelmed As Casualties Mount']);
    expect(r.articles[0]!.boilerplate).toEqual([
      { kind: 'other', text: 'Shop The Best Deals Of The Season', why: expect.stringMatching(/no article text/) },
    ]);
  });

  it('treats a short title-like line right under the headline as an image tag', () => {
    const a = importDump(fixture('tag-line-under-headline.txt')).articles[0]!;
    expect(a.title).toBe('Clashes Erupt In Southern Province');
    expect(a.body.startsWith('Clashes erupted in the southern province')).toBe(true);
    expect(a.boilerplate).toMatchObject([{ kind: 'alt-text', text: 'Southern Province Violence', why: expect.stringMatching(/image tag/) }]);
  });

  it('reports text before the first headline and keeps stray lines as boilerplate', () => {
    const r = importDump(fixture('preamble-and-stray.txt'));
    expect(r.articles.map((a) => a.title)).toEqual(['Strike Hits Fuel Depot', 'Ministers Meet To Discuss Aid']);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ index: -1, title: null });
    expect(r.rejected[0]!.reason).toMatch(/before the first headline/);
    expect(r.articles[0]!.boilerplate.map((b) => b.kind)).toEqual(['other', 'related-link', 'ad']);
  });
});

describe('importDump: glued alt text', () => {
  const r = importDump(fixture('glued-variants.txt'));
  const cases: [string, string, string][] = [
    ['North', 'North of the capital, warplanes', 'repeats'],
    ['port authorities', 'The main ports reopened', 'lower-case'],
    ['Border-crossing', 'A border crossing used', 'title'],
    ['envoy', 'U.N. envoy arrived', 'title'],
    ['Aid convoy siege', 'At least 40 trucks', 'title'],
  ];
  it.each(cases.map((c, i) => [i, ...c] as const))('article %i: tag "%s" split off before "%s"', (i, tag, start, evidence) => {
    const a = r.articles[i]!;
    expect(a.body.startsWith(start)).toBe(true);
    expect(a.boilerplate).toHaveLength(1);
    expect(a.boilerplate[0]).toMatchObject({ kind: 'alt-text', text: tag });
    expect(a.boilerplate[0]!.why).toContain(evidence);
  });

  it('never splits McDonald’s, YouTube, iPhone, al-Assad or U.S. at the start of a sentence', () => {
    const arts = importDump(fixture('camelcase-not-glued.txt')).articles;
    expect(arts.map((a) => a.body.split(' ')[0])).toEqual(["McDonald's", 'YouTube', 'iPhone', "al-Assad's", 'U.S.']);
    for (const a of arts) expect(a.boilerplate).toEqual([]);
  });
});

describe('importDump: purity', () => {
  it('does not mutate its inputs and is deterministic', () => {
    const raw = fixture('glued-variants.txt');
    const meta = {
      articles: titles(raw).map((title, i) => ({ title, published: `2020-01-0${i + 1}` })),
    };
    const metaCopy = structuredClone(meta);
    const first = importDump(raw, meta);
    const second = importDump(raw, meta);
    expect(meta).toEqual(metaCopy);
    expect(second).toEqual(first);
    expect(first.articles.map((a) => a.published)).toEqual(['2020-01-01', '2020-01-02', '2020-01-03', '2020-01-04', '2020-01-05']);
    // returned articles are fresh objects: changing one does not leak into the next call
    first.articles[0]!.boilerplate.push({ kind: 'other', text: 'x', why: 'y' });
    expect(importDump(raw, meta).articles[0]!.boilerplate).toHaveLength(1);
  });
});
