import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { ArticleBody, readerSpans, safeHttpUrl } from '@/app/_components/article-reader';
import type { Article, Mention } from '@/lib/schemas';
import { fixtureActors, fixtureEvents } from './fixtures';

const body = 'Shelling hit Testville. <script>alert(1)</script> Moscow said <b>no</b>.';
const article: Article = {
  id: 'evil-00000000', title: '<img src=x onerror=alert(1)>', published: '2016-10-21', body,
  paragraphs: [{ start: 0, end: 23 }, { start: 24, end: body.length }], source: null, url: null, boilerplate: [],
};
const mention = (text: string, isLocation: boolean): Mention => {
  const start = body.indexOf(text);
  return {
    text, start, end: start + text.length, isLocation,
    place: isLocation ? { id: 'gn:1', name: 'Testville', kind: 'town', country: 'SY', lat: 36.5, lon: 37.1 } : null,
    precision: isLocation ? 'exact' : null, radiusKm: isLocation ? 3 : null, point: null, qualifier: null,
    nonLocation: isLocation ? null : 'metonymy', why: [], candidates: [],
  };
};

describe('article reader', () => {
  const spans = readerSpans([mention('Testville', true), mention('Moscow', false)], [], fixtureActors());
  it('links places to the map there and marks non-locations', () => {
    render(<ArticleBody article={article} spans={spans} />);
    const link = document.querySelector('a.hl-place')!;
    expect(link.textContent).toBe('Testville');
    expect(link.getAttribute('href')).toBe('/?place=gn%3A1&lat=36.5&lon=37.1&z=10');
    expect(document.querySelector('mark.hl-nonplace')!.textContent).toBe('Moscow');
    expect(document.querySelectorAll('.article-body p')).toHaveLength(2);
  });
  it('renders HTML in the body as text', () => {
    render(<ArticleBody article={article} spans={spans} />);
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('.article-body b')).toBeNull();
    expect(document.querySelector('.article-body')!.textContent).toContain('<script>alert(1)</script>');
  });
  it('adds actor spans from events once', () => {
    const [e] = fixtureEvents();
    const s = readerSpans([], [e!, e!], fixtureActors());
    expect(s.map((x) => x.title)).toEqual(['Turkey', 'Kurdish YPG']);
  });
  it('only links http(s) URLs', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl(null)).toBeNull();
  });
});
