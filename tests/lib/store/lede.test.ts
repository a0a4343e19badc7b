/** The article summary line (lib/store/lede.ts): never cut at an abbreviation; agrees with the reader's splitter. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lede } from '@/lib/store/filter';
import { splitSentences } from '@/lib/extract/sentences';

describe('lede', () => {
  it('does not end the first sentence at a dotted initialism', () => {
    expect(lede('U.S. Secretary of State John Kerry is expected to press Moscow. Later text.')).toBe(
      'U.S. Secretary of State John Kerry is expected to press Moscow.',
    );
    expect(lede('The U.S. and Russia agreed on Friday to a truce. Talks follow.')).toBe('The U.S. and Russia agreed on Friday to a truce.');
    expect(lede('Talks began at 10 a.m. Monday in Geneva. More.')).toBe('Talks began at 10 a.m. Monday in Geneva.');
  });

  it('does not end it at a listed abbreviation (data/extract/sentences.json)', () => {
    expect(lede('Gen. Smith said on Feb. 3 that fighting stopped. Next.')).toBe('Gen. Smith said on Feb. 3 that fighting stopped.');
  });

  it('ends at a real boundary, a quote, or the line; caps the length', () => {
    expect(lede('Shelling hit Idlib. “It was heavy,” he said.')).toBe('Shelling hit Idlib.');
    expect(lede('No full stop here\nSecond paragraph.')).toBe('No full stop here');
    expect(lede(`${'word '.repeat(100)}end.`)).toHaveLength(300);
  });

  it('agrees with lib/extract splitSentences on every bundled article', () => {
    const dir = path.resolve(__dirname, '../../../data/articles');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
      const body = readFileSync(path.join(dir, f), 'utf8').split(/^---$/m).slice(2).join('---').trim();
      const first = splitSentences(body)[0]!.text.replace(/\s+/g, ' ');
      expect(lede(body), f).toBe(first.length > 300 ? lede(body) : first);
    }
  });
});
