/** Meta (publication dates by order): matching, mismatches and validation. */
import { describe, expect, it } from 'vitest';
import { CorpusError, importDump, parseDumpMeta } from '@/lib/corpus';
import { fixture } from './helpers';

const raw = fixture('identical-titles.txt') + '\n' + fixture('curly-quotes.txt');
const entries = [
  { title: 'Fighting Resumes Near Airport', published: '2020-01-01' },
  { title: 'Fighting Resumes Near Airport', published: '2020-01-02' },
  { title: "minister says 'no retreat' from border\u00A0region", published: null },
];

describe('importDump with meta', () => {
  it('dates articles by order, comparing titles loosely (case, quotes, NBSP)', () => {
    const r = importDump(raw, { articles: entries });
    expect(r.rejected).toEqual([]);
    expect(r.articles.map((a) => a.published)).toEqual(['2020-01-01', '2020-01-02', null]);
    expect(r.articles[2]!.title).toBe('Minister Says ‘No Retreat’ From Border Region');
  });

  it('reports a title mismatch and leaves that article out', () => {
    const bad = [entries[0]!, { title: 'Something Else Entirely', published: '2020-01-02' }, entries[2]!];
    const r = importDump(raw, { articles: bad });
    expect(r.articles).toHaveLength(2);
    expect(r.rejected).toEqual([
      {
        index: 1,
        title: 'Fighting Resumes Near Airport',
        reason: 'meta entry #2 is titled "Something Else Entirely" but article #2 is "Fighting Resumes Near Airport"',
      },
    ]);
  });

  it('reports a missing entry and an extra entry', () => {
    const missing = importDump(raw, { articles: entries.slice(0, 2) });
    expect(missing.rejected).toMatchObject([{ index: 2, reason: expect.stringMatching(/no meta entry for article #3/) }]);
    const extra = importDump(raw, { articles: [...entries, { title: 'Ghost Article', published: null }] });
    expect(extra.articles).toHaveLength(3);
    expect(extra.rejected).toEqual([{ index: 3, title: 'Ghost Article', reason: 'meta entry #4 "Ghost Article" has no article in the dump' }]);
  });

  it('rejects malformed meta with a CorpusError naming the field', () => {
    expect(() => parseDumpMeta({ articles: [{ title: 'X', published: '12/03/2016' }] })).toThrow(/articles\.0\.published/);
    expect(() => parseDumpMeta({ items: [] })).toThrow(CorpusError);
    expect(() => importDump(raw, { articles: [{ title: '', published: null }] })).toThrow(/meta title is empty/);
  });
});
