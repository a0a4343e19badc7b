import { describe, expect, it } from 'vitest';
import { quotedSpans, splitSentences } from '@/lib/extract/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('sentences', () => {
  it('does not split after U.S., U.N., Mr, Dr, a.m. or Feb.', () => {
    expect(texts('U.S. Secretary of State John Kerry met Mr. Lavrov. Talks ended at 1 a.m. (2200 GMT) on Feb. 12. Dr. Smith left.'))
      .toEqual(['U.S. Secretary of State John Kerry met Mr. Lavrov.', 'Talks ended at 1 a.m. (2200 GMT) on Feb. 12.', 'Dr. Smith left.']);
  });
  it('splits after a closing quote and keeps paragraphs apart', () => {
    const s = splitSentences('“We condemn it.” Lavrov said so.\n\nA truce held');
    expect(s.map((x) => x.text)).toEqual(['“We condemn it.”', 'Lavrov said so.', 'A truce held']);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
  it('spans index into the text', () => {
    const t = '  First one.  Second one? Third!';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
  it('finds quoted spans, an unclosed quote running to the end of its paragraph', () => {
    const q = quotedSpans('He said “a regime of calm” held. “It will last\nNext');
    expect(q.map((x) => x.words)).toEqual([4, 3]);
  });
});
