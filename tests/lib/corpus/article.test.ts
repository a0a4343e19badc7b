/** articleFromText, slugify and ids: one user-supplied article, cleaned like a dump. */
import { describe, expect, it } from 'vitest';
import { articleFromText, articleId, CorpusError, slugify } from '@/lib/corpus';
import { Article } from '@/lib/schemas/article';

describe('articleFromText', () => {
  it('cleans CRLF, NBSP, boilerplate lines and a glued tag', () => {
    const a = articleFromText({
      title: 'Ceasefire Holds In Region\u00A0',
      text: 'Region CeasefireFighting stopped overnight in the region, residents said.\r\n\r\nREAD ALSO: Other news\r\n\r\nThe\u00A0truce was agreed on Monday.\u00A0\r\n',
      published: '2016-12-30',
      source: 'Example Wire',
      url: 'https://example.org/a',
    });
    expect(Article.parse(a)).toEqual(a);
    expect(a.title).toBe('Ceasefire Holds In Region');
    expect(a.body).toBe('Fighting stopped overnight in the region, residents said.\n\nThe truce was agreed on Monday.');
    expect(a.paragraphs).toEqual([
      { start: 0, end: 57 },
      { start: 59, end: 90 },
    ]);
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([
      ['alt-text', 'Region Ceasefire'],
      ['related-link', 'READ ALSO: Other news'],
    ]);
    expect(a).toMatchObject({ published: '2016-12-30', source: 'Example Wire', url: 'https://example.org/a' });
  });

  it('drops a short tag line before the first sentence when it shares words with the title', () => {
    const a = articleFromText({ title: 'Clashes Erupt In Southern Province', text: 'Southern Province\n\nClashes erupted on Monday.\n\nNine died.' });
    expect(a.body).toBe('Clashes erupted on Monday.\n\nNine died.');
    expect(a.boilerplate).toMatchObject([{ kind: 'alt-text', text: 'Southern Province' }]);
    const kept = articleFromText({ title: 'Clashes Erupt In The South', text: 'By Staff Writer\n\nClashes erupted on Monday.' });
    expect(kept.body.startsWith('By Staff Writer')).toBe(true);
  });

  it('drops a first line that repeats the title', () => {
    const a = articleFromText({ title: 'Talks Resume', text: 'Talks Resume\n\nTalks resumed on Monday in the capital.' });
    expect(a.body).toBe('Talks resumed on Monday in the capital.');
    expect(a.boilerplate).toMatchObject([{ kind: 'other', why: 'repeats the headline' }]);
  });

  it('cuts an ISO date-time to its date and defaults optional fields to null', () => {
    const a = articleFromText({ title: 'Talks Resume', text: 'Talks resumed on Monday.', published: '2016-02-05T10:00:00Z' });
    expect(a).toMatchObject({ published: '2016-02-05', source: null, url: null });
  });

  it.each([
    [{ title: '', text: 'Some text.' }, 'empty-title'],
    [{ title: ' \u00A0 ', text: 'Some text.' }, 'empty-title'],
    [{ title: 'Talks Resume', text: '' }, 'empty-text'],
    [{ title: 'Talks Resume', text: ' \r\n\u00A0\n' }, 'empty-text'],
    [{ title: 'Talks Resume', text: 'READ ALSO: Other news\n\nAdvertisement' }, 'no-body'],
    [{ title: 'Talks Resume', text: 'Talks resumed.', published: '2016-02-30' }, 'invalid-date'],
    [{ title: 'Talks Resume', text: 'Talks resumed.', published: 'last week' }, 'invalid-date'],
  ])('throws a CorpusError for %j', (input, code) => {
    let caught: unknown;
    try {
      articleFromText(input);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CorpusError);
    expect((caught as CorpusError).code).toBe(code);
    expect((caught as CorpusError).message.length).toBeGreaterThan(10);
  });

  it('gives the same id for the same title and body, a different one when the body changes', () => {
    const a = articleFromText({ title: 'Talks Resume', text: 'Talks resumed on Monday.' });
    const b = articleFromText({ title: 'Talks Resume', text: 'Talks resumed on Monday.\r\n' });
    const c = articleFromText({ title: 'Talks Resume', text: 'Talks resumed on Tuesday.' });
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect(a.id).toBe(articleId('Talks Resume', 'Talks resumed on Monday.'));
  });
});

describe('slugify', () => {
  it('lower-cases, drops apostrophes and accents, hyphenates the rest', () => {
    expect(slugify('Air strikes Pound Syria’s Aleppo, ‘Calm’ In Farther Southwest')).toBe(
      'air-strikes-pound-syrias-aleppo-calm-in-farther-southwest',
    );
    expect(slugify('Élections à Genève: “Talks” Resume?')).toBe('elections-a-geneve-talks-resume');
  });

  it('cuts long titles at a word boundary within 60 characters', () => {
    const slug = slugify('Syrian Army Sees Aleppo Encircled Soon, Rebels Hope For More Weapons');
    expect(slug).toBe('syrian-army-sees-aleppo-encircled-soon-rebels-hope-for-more');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('falls back to "article" when nothing Latin is left', () => {
    expect(slugify('سوريا')).toBe('article');
  });
});
