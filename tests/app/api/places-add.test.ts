/**
 * POST /api/places (analysts add a missing place once), GET /api/places and GET /api/places/missing, on the
 * in-memory store. The unknown names are invented; the sentences are mine.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GET as listPlaces, POST as addPlace } from '@/app/api/places/route';
import { GET as missing } from '@/app/api/places/missing/route';
import { GET as placeById } from '@/app/api/places/[id]/route';
import { GET as geocode } from '@/app/api/geocode/route';
import { ApiError, GeocodeResult, MissingPlace, OverlayPlace, type Mention, type StoredArticle } from '@/lib/schemas';
import { ingestArticle } from '@/lib/pipeline';
import type { MemoryStore } from '@/lib/store';
import { freshStore, get, params, post, withMemoryStoreEnv } from '../../lib/api/support';

withMemoryStoreEnv();

const TOKEN = 'places-test-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const Created = z.object({ place: OverlayPlace, reprocessed: z.array(z.string()) });
const Missing = z.object({ places: z.array(MissingPlace) });

const SHELLING = {
  title: 'Shelling in the Idlib countryside',
  text: 'Government forces shelled Zarqolia village in Idlib province on Monday, killing three civilians, activists said.',
  published: '2026-05-04',
};
const ZARQOLIA = { name: 'Zarqolia', lat: 35.75, lon: 36.6, kind: 'village', source: 'https://example.org/field-map' };

let store: MemoryStore;
beforeEach(async () => {
  process.env.ATLAS_ADMIN_TOKEN = TOKEN;
  store = await freshStore([]);
});
afterEach(() => {
  delete process.env.ATLAS_ADMIN_TOKEN;
});

const send = (body: unknown, headers: Record<string, string> = AUTH) => addPlace(post('/api/places', typeof body === 'string' ? body : JSON.stringify(body), headers));

async function errorOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return ApiError.parse(await res.json());
}

describe('POST /api/places: who may add', () => {
  it('503 when no admin token is configured, 401 without a bearer token, 403 with a wrong one', async () => {
    delete process.env.ATLAS_ADMIN_TOKEN;
    await errorOf(await send(ZARQOLIA), 503);
    process.env.ATLAS_ADMIN_TOKEN = TOKEN;
    const noAuth = await send(ZARQOLIA, { 'content-type': 'application/json' });
    expect(noAuth.headers.get('www-authenticate')).toMatch(/Bearer/);
    await errorOf(noAuth, 401);
    await errorOf(await send(ZARQOLIA, { ...AUTH, authorization: 'Bearer wrong' }), 403);
    expect(await store.listOverlayPlaces()).toEqual([]);
  });
});

describe('POST /api/places: bad input is a 4xx naming the problem, and nothing is stored', () => {
  const cases: [string, unknown, number, string][] = [
    ['latitude out of range', { ...ZARQOLIA, lat: 95 }, 400, 'lat'],
    ['longitude out of range', { ...ZARQOLIA, lon: -181 }, 400, 'lon'],
    ['coordinates as strings', { ...ZARQOLIA, lat: '35.7' }, 400, 'lat'],
    ['missing longitude', { name: 'Zarqolia', lat: 35.7, kind: 'village' }, 400, 'lon'],
    ['unknown kind', { ...ZARQOLIA, kind: 'hamlet' }, 400, 'kind'],
    ['a country is not a missing place', { ...ZARQOLIA, kind: 'country' }, 400, 'kind'],
    ['empty name', { ...ZARQOLIA, name: '   ' }, 400, 'name'],
    ['bad country code', { ...ZARQOLIA, country: 'Syria' }, 400, 'country'],
    ['unknown field', { ...ZARQOLIA, population: 300 }, 400, ''],
    ['a mention without an article', { ...ZARQOLIA, mention: { start: 0, end: 3 } }, 400, 'mention.articleId'],
  ];
  for (const [what, body, status, path] of cases) {
    it(what, async () => {
      const err = await errorOf(await send(body), status);
      if (path) expect(err.issues.map((i) => i.path)).toContain(path);
      expect(err.error.length).toBeGreaterThan(5);
    });
  }
  it('invalid JSON and a wrong content type', async () => {
    await errorOf(await send('{"name": '), 400);
    await errorOf(await send(ZARQOLIA, { ...AUTH, 'content-type': 'text/plain' }), 415);
  });
  it('404 when the mention names an article that is not stored', async () => {
    const err = await errorOf(await send({ ...ZARQOLIA, mention: { articleId: 'no-such-article', start: 0, end: 8 } }), 404);
    expect(err.error).toContain('no-such-article');
  });
  afterEach(async () => {
    expect(await store.listOverlayPlaces()).toEqual([]);
  });
});

describe('POST /api/places: duplicates are 409', () => {
  it('the same name at the same point twice', async () => {
    expect((await send(ZARQOLIA)).status).toBe(201);
    const err = await errorOf(await send({ ...ZARQOLIA, lat: ZARQOLIA.lat + 0.001 }), 409);
    expect(err.error).toContain('ov:zarqolia-1');
    expect(await store.listOverlayPlaces()).toHaveLength(1);
  });
  it('a name the bundled gazetteer already holds at that point', async () => {
    const err = await errorOf(await send({ name: 'Idlib', lat: 35.9306, lon: 36.6339, kind: 'town' }), 409);
    expect(err.error).toMatch(/already a place at that point/);
  });
  it('the same name far away is another place (201, a second id)', async () => {
    expect((await send(ZARQOLIA)).status).toBe(201);
    const res = await send({ ...ZARQOLIA, lat: 36.5, lon: 37.9 });
    expect(res.status).toBe(201);
    expect(Created.parse(await res.json()).place.id).toBe('ov:zarqolia-2');
  });
});

describe('POST /api/places: stored, used by the geocoder, and the articles that mention it are read again', () => {
  it('moves an event from the parent it was placed at to the new place', async () => {
    const { id } = await ingestArticle(store, SHELLING);
    const before = (await store.getArticle(id))!;
    // before: a name in no gazetteer, kept and placed at its written parent (lib/geocode/unknown.ts)
    expect(before.mentions.find((m) => m.text.startsWith('Zarqolia'))?.inGazetteer).toBe(false);
    expect(before.events[0]?.place).toMatchObject({ id: 'unk:ne1:SY-ID:zarqolia', inGazetteer: false, parent: { id: 'ne1:SY-ID' } });
    const listed = Missing.parse(await (await missing(get('/api/places/missing'))).json()).places;
    expect(listed.find((p) => p.name === 'Zarqolia')).toMatchObject({ count: 1, status: 'unlisted', parent: { id: 'ne1:SY-ID' }, articles: [{ id }] });

    const res = await send({ ...ZARQOLIA, mention: { articleId: id, start: 26, end: 42 } });
    expect(res.status).toBe(201);
    const body = Created.parse(await res.json());
    expect(body.place).toMatchObject({ id: 'ov:zarqolia-1', name: 'Zarqolia', kind: 'village', country: 'SY', createdBy: 'analyst', source: ZARQOLIA.source });
    expect(body.place.radiusKm).toBeGreaterThan(0);
    expect(body.reprocessed).toEqual([id]);

    const after = (await store.getArticle(id))!;
    expect(after.events[0]?.place).toMatchObject({ id: 'ov:zarqolia-1', name: 'Zarqolia', lat: 35.75, lon: 36.6 });
    expect(after.mentions.find((m) => m.text.startsWith('Zarqolia'))?.place?.id).toBe('ov:zarqolia-1');
    const left = Missing.parse(await (await missing(get('/api/places/missing'))).json()).places;
    expect(left.map((p) => p.name)).not.toContain('Zarqolia');

    // and from then on: a new article naming it is placed there at once, the search and the place route know it
    const next = await ingestArticle(store, { title: 'Clashes', text: 'Rebels clashed with army units in Zarqolia on Tuesday, killing four fighters, a monitor said.', published: '2026-05-05' });
    expect((await store.getArticle(next.id))!.events[0]?.place?.id).toBe('ov:zarqolia-1');
    const found = z.object({ results: z.array(GeocodeResult) }).parse(await (await geocode(get('/api/geocode?q=Zarqolia'))).json());
    expect(found.results[0]?.id).toBe('ov:zarqolia-1');
    expect((await placeById(get('/api/places/ov%3Azarqolia-1'), params('ov:zarqolia-1'))).status).toBe(200);
    const all = z.object({ places: z.array(OverlayPlace) }).parse(await (await listPlaces(get('/api/places'))).json());
    expect(all.places.map((p) => p.id)).toEqual(['ov:zarqolia-1']);
  });

  it('reprocesses an article whose stored mention is an unknown name placed at a parent (inGazetteer false)', async () => {
    const text = 'Shelling hit Kafr Dunya near Idlib on Sunday, killing two civilians, residents said.';
    const { id } = await ingestArticle(store, { title: 'Shelling near Idlib', text, published: '2026-05-03' });
    const doc = (await store.getArticle(id))!;
    const start = text.indexOf('Kafr Dunya');
    const parent = { id: 'gn:169389', name: 'Idlib', kind: 'city' as const, country: 'SY', lat: 35.93, lon: 36.63 };
    const unknown: Mention = {
      text: 'Kafr Dunya', start, end: start + 10, isLocation: true, inGazetteer: false, parent,
      place: { ...parent, id: 'unk:gn:169389:kafr-dunya', name: 'Kafr Dunya', kind: 'village' },
      precision: 'near', radiusKm: 15, point: null, qualifier: 'near', nonLocation: null, why: ['not in the gazetteer; placed near Idlib'], candidates: [],
    };
    const stored: StoredArticle = { ...doc, mentions: [...doc.mentions.filter((m) => m.start !== start), unknown].sort((a, b) => a.start - b.start) };
    await store.replaceExtraction(id, stored.mentions, stored.events, stored.pipelineVersion);
    const listed = Missing.parse(await (await missing(get('/api/places/missing'))).json()).places;
    expect(listed.find((p) => p.name === 'Kafr Dunya')).toMatchObject({ status: 'unlisted', parent: { id: 'gn:169389', name: 'Idlib' } });

    const res = await send({ name: 'Kafr Dunya', lat: 35.85, lon: 36.55, kind: 'village' });
    expect(Created.parse(await res.json()).reprocessed).toEqual([id]);
    const after = (await store.getArticle(id))!;
    expect(after.mentions.find((m) => m.start === start)?.place?.id).toBe('ov:kafr-dunya-1');
    expect(Missing.parse(await (await missing(get('/api/places/missing'))).json()).places.map((p) => p.name)).not.toContain('Kafr Dunya');
  });

  it('leaves articles that do not mention the name alone', async () => {
    const other = await ingestArticle(store, { title: 'Strike in Homs', text: 'An air strike hit a market in Homs on Monday, killing five people, medics said.', published: '2026-05-04' });
    const before = await store.getArticle(other.id);
    const body = Created.parse(await (await send(ZARQOLIA)).json());
    expect(body.reprocessed).toEqual([]);
    expect(await store.getArticle(other.id)).toEqual(before);
  });
});

describe('GET /api/places/missing', () => {
  it('groups names that normalise alike, most mentions first, and rejects query parameters', async () => {
    await ingestArticle(store, SHELLING);
    await ingestArticle(store, { ...SHELLING, title: 'Second report', text: `${SHELLING.text} Zarqolia village was shelled again on Tuesday.` });
    const { places } = Missing.parse(await (await missing(get('/api/places/missing'))).json());
    const z0 = places.find((p) => p.name === 'Zarqolia')!;
    expect(z0.count).toBe(3);
    expect(z0.articles).toHaveLength(2);
    expect((await missing(get('/api/places/missing?x=1'))).status).toBe(400);
  });
});
