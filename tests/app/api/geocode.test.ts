/** GET /api/geocode and /api/geocode/reverse against the committed gazetteer. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withMemoryStoreEnv } from '../../lib/api/support';
import { GET as geocode } from '@/app/api/geocode/route';
import { GET as reverse } from '@/app/api/geocode/reverse/route';
import { ApiError, GeocodeResult } from '@/lib/schemas';

withMemoryStoreEnv();

const Results = z.object({ results: z.array(GeocodeResult) });
const req = (url: string) => new Request(`http://x${url}`);

async function bad(res: Response, param: string) {
  expect(res.status).toBe(400);
  const body = ApiError.parse(await res.json());
  expect(body.issues.map((i) => i.path)).toContain(param);
  return body;
}

describe('GET /api/geocode', () => {
  it('returns ranked results for a spelling variant', async () => {
    const res = await geocode(req('/api/geocode?q=Tartous'));
    expect(res.status).toBe(200);
    const { results } = Results.parse(await res.json());
    expect(results[0]).toMatchObject({ id: 'gn:163345', country: 'SY', kind: 'city' });
    expect(Object.keys(results[0]!).sort()).toEqual(['admin1', 'country', 'id', 'kind', 'lat', 'lon', 'name', 'score']);
  });

  it('falls back to fuzzy matching and honours limit and country', async () => {
    const { results } = Results.parse(await (await geocode(req('/api/geocode?q=Aleppoo&limit=2&country=sy'))).json());
    expect(results).toHaveLength(2);
    expect(results[0]!.id).toBe('gn:170063');
    expect(results.every((r) => r.country === 'SY')).toBe(true);
  });

  it('filters by kinds', async () => {
    const { results } = Results.parse(await (await geocode(req('/api/geocode?q=Hmeimim&kinds=base'))).json());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.kind === 'base')).toBe(true);
  });

  it('an unknown name is an empty list, not an error', async () => {
    const res = await geocode(req('/api/geocode?q=Qwzxplorbiaqq'));
    expect(res.status).toBe(200);
    expect(Results.parse(await res.json()).results).toEqual([]);
  });

  it('400 naming q when q is missing or empty', async () => {
    await bad(await geocode(req('/api/geocode')), 'q');
    await bad(await geocode(req('/api/geocode?q=')), 'q');
    await bad(await geocode(req('/api/geocode?q=%20%20')), 'q');
  });

  it('400 naming limit for limit=abc, limit=0, limit=1.5, limit=1000', async () => {
    for (const l of ['abc', '0', '1.5', '1000']) await bad(await geocode(req(`/api/geocode?q=Aleppo&limit=${l}`)), 'limit');
  });

  it('400 for a bad country, an unknown kind, and an unknown parameter', async () => {
    await bad(await geocode(req('/api/geocode?q=Aleppo&country=Syria')), 'country');
    await bad(await geocode(req('/api/geocode?q=Aleppo&kinds=castle')), 'kinds.0');
    const body = await bad(await geocode(req('/api/geocode?q=Aleppo&foo=1')), 'query');
    expect(body.error).toMatch(/foo/);
  });
});

describe('GET /api/geocode/reverse', () => {
  it('returns the nearest places, closest first, with a distance score', async () => {
    const res = await reverse(req('/api/geocode/reverse?lat=36.2&lon=37.16&limit=3'));
    expect(res.status).toBe(200);
    const { results } = Results.parse(await res.json());
    expect(results).toHaveLength(3);
    expect(results.map((r) => r.id)).toContain('gn:170063');
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
    expect(results.every((r) => r.score > 0 && r.score <= 1)).toBe(true);
  });

  it('honours maxKm and kinds', async () => {
    const { results } = Results.parse(await (await reverse(req('/api/geocode/reverse?lat=35.4&lon=35.95&kinds=base&limit=1'))).json());
    expect(results[0]!.id).toBe('cu:khmeimim-air-base');
    const far = Results.parse(await (await reverse(req('/api/geocode/reverse?lat=-50&lon=-140&maxKm=5'))).json());
    expect(far.results).toEqual([]);
  });

  it('400 naming the bad coordinate or limit', async () => {
    await bad(await reverse(req('/api/geocode/reverse?lat=200&lon=10')), 'lat');
    await bad(await reverse(req('/api/geocode/reverse?lat=10&lon=-181')), 'lon');
    await bad(await reverse(req('/api/geocode/reverse?lon=10')), 'lat');
    await bad(await reverse(req('/api/geocode/reverse?lat=&lon=10')), 'lat');
    await bad(await reverse(req('/api/geocode/reverse?lat=abc&lon=10')), 'lat');
    await bad(await reverse(req('/api/geocode/reverse?lat=10&lon=10&limit=0')), 'limit');
  });
});
