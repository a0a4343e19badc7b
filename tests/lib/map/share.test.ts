import { describe, expect, it } from 'vitest';
import { absoluteUrl, baseUrl, sharePath } from '@/lib/map/share';

describe('share links', () => {
  it('gives the canonical event and place pages, not the map view', () => {
    expect(sharePath({ event: 'a-b-e1' })).toBe('/event/a-b-e1');
    expect(sharePath({ place: 'gn:170063' })).toBe('/place/gn%3A170063');
  });
  it('builds absolute URLs on ATLAS_BASE_URL, with a sane default', () => {
    expect(absoluteUrl('/event/x')).toBe('http://localhost:3000/event/x');
    expect(absoluteUrl('/event/x', { ATLAS_BASE_URL: 'https://atlas.example.org/' })).toBe('https://atlas.example.org/event/x');
    expect(absoluteUrl('/', { ATLAS_BASE_URL: 'https://example.org/atlas/' })).toBe('https://example.org/atlas/');
    expect(baseUrl({ ATLAS_BASE_URL: 'not a url' }).origin).toBe('http://localhost:3000');
    expect(baseUrl({ ATLAS_BASE_URL: 'ftp://x.org' }).origin).toBe('http://localhost:3000');
  });
});
