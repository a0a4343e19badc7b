/** lib/api/publisher.ts: publisher + link from the URL host, a wire dateline, or the import source in words. */
import { describe, expect, it } from 'vitest';
import { datelineAgency, publisherOf, publishersOf, safeHttpUrl } from '@/lib/api/publisher';
import { PublisherTable } from '@/lib/schemas/publisher';
import table from '@/data/sources/publishers.json';

describe('publisherOf', () => {
  it('the data table is valid', () => {
    expect(PublisherTable.safeParse(table).success).toBe(true);
  });
  it('names a listed host (www. and subdomains too) and links the URL', () => {
    expect(publisherOf({ source: 'x.txt', url: 'https://www.reuters.com/world/middle-east/abc' })).toEqual({
      name: 'Reuters',
      href: 'https://www.reuters.com/world/middle-east/abc',
      how: 'host',
    });
    expect(publisherOf({ source: null, url: 'https://edition.cnn.com/2016/x' }).name).toBe('CNN');
    expect(publisherOf({ source: null, url: 'https://news.example.org/a' })).toMatchObject({ name: 'news.example.org', href: 'https://news.example.org/a' });
  });
  it('never links a javascript: URL', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(publisherOf({ source: 'Wire', url: 'javascript:alert(1)' })).toEqual({ name: 'Wire', href: null, how: 'source' });
  });
  it('finds the agency of a wire dateline at the start of the text', () => {
    expect(datelineAgency('BEIRUT (Reuters) - Air strikes hit Aleppo.')).toBe('Reuters');
    expect(datelineAgency('KYIV, Oct 12 (AFP) — Shelling.')).toBe('Agence France-Presse');
    expect(datelineAgency('AP — Shelling.')).toBe('Associated Press');
    expect(datelineAgency('Reuters reports that on Wednesday strikes hit.')).toBeUndefined();
    expect(publisherOf({ source: 'x.txt', url: null, text: 'GAZA (AP) — Strikes.' })).toEqual({ name: 'Associated Press', href: null, how: 'dateline' });
  });
  it('describes an import file in words, numbered among its articles', () => {
    const list = ['c', 'a', 'b'].map((id, i) => ({ id, source: '000_86881a3a57d73c7f.txt', url: null, published: `2016-0${3 - i}-01` }));
    const p = publishersOf([...list, { id: 'd', source: 'Test Wire', url: null, published: null }, { id: 'e', source: null, url: null, published: null }]);
    expect(p.b!.name).toBe('Imported from the file 000_86881a3a57d73c7f.txt (article 1 of 3)');
    expect(p.a!.name).toMatch(/article 2 of 3/);
    expect(p.c!).toEqual({ name: 'Imported from the file 000_86881a3a57d73c7f.txt (article 3 of 3)', href: null, how: 'file' });
    expect(p.d!).toEqual({ name: 'Test Wire', href: null, how: 'source' });
    expect(p.e!).toEqual({ name: 'Source not recorded', href: null, how: 'none' });
    expect(publisherOf({ source: 'single.txt', url: null }).name).toBe('Imported from the file single.txt');
  });
});
