/**
 * GET /api/clusters: the scale path's route. Bad bbox / z → 400 naming them; filters select the same events as
 * /api/events (total = its count, the drawn events = its placed ones); features match lib/schemas ClusterCollection.
 */
import { describe, expect, it } from 'vitest';
import { GET as clusters } from '@/app/api/clusters/route';
import { GET as listEvents } from '@/app/api/events/route';
import { ApiError, ClusterCollection, EventCollection } from '@/lib/schemas';
import { fixture, get, withFixtureStore } from '../../lib/api/support';

withFixtureStore();

const WORLD = 'bbox=-180,-85,180,85';

async function fc(query: string) {
  const res = await clusters(get(`/api/clusters?${query}`));
  expect(res.status, await res.clone().text()).toBe(200);
  return ClusterCollection.parse(await res.json());
}

describe('GET /api/clusters', () => {
  it('answers GeoJSON with total, version and features', async () => {
    const res = await clusters(get(`/api/clusters?${WORLD}&z=2`));
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const body = ClusterCollection.parse(await res.json());
    expect(body.type).toBe('FeatureCollection');
    expect(body.total).toBe(5);
    expect(body.version).toBeGreaterThan(0);
  });

  it.each(['', 'types=clash,territory', 'actors=sudan-rsf', 'actors=civilians&role=any', 'q=istanbul', 'place=gn:365137', 'from=2026-03-09&to=2026-03-10', 'includeBackground=true', `article=${fixture('article-b').article.id}`])(
    'filters like /api/events: ?%s',
    async (filters) => {
      const events = EventCollection.parse(await (await listEvents(get(`/api/events?${filters}`))).json());
      const body = await fc(`${filters}&${WORLD}&z=20`);
      expect(body.total).toBe(events.meta.count);
      expect(body.features.map((f) => f.id).sort()).toEqual(events.features.filter((f) => f.geometry).map((f) => f.id).sort());
      for (const f of body.features) {
        expect(f.properties.cluster).toBe(false);
        const e = events.features.find((x) => x.id === f.id)!;
        if (f.properties.cluster) continue;
        expect(f.properties).toMatchObject({ type: e.properties.type, subType: e.properties.acled.subEventType, date: e.properties.date.value, fatalities: e.properties.fatalities?.count ?? null, precision: e.properties.place!.precision });
        expect(f.geometry.coordinates).toEqual(e.geometry!.coordinates);
      }
    },
  );

  it('only the features in the view: bbox selects, and a view across the antimeridian is accepted', async () => {
    expect((await fc('bbox=30,45,40,52&z=20')).features.map((f) => f.id)).toHaveLength(3);
    const across = await fc('bbox=170,-85,-170,85&z=4');
    expect(across.features).toEqual([]);
    expect(across.total).toBe(5);
  });

  it('clusters at low zoom: counts and per-type counts add up', async () => {
    const body = await fc(`${WORLD}&z=0&includeBackground=true`);
    const drawn = body.features.reduce((n, f) => n + (f.properties.cluster ? f.properties.count : 1), 0);
    const events = EventCollection.parse(await (await listEvents(get('/api/events?includeBackground=true'))).json());
    expect(drawn).toBe(events.features.filter((f) => f.geometry).length);
    expect(body.features.some((f) => f.properties.cluster)).toBe(true);
  });
});

describe('GET /api/clusters: bad parameters → 400 naming the parameter', () => {
  it.each([
    ['z=3', 'bbox'],
    [`${WORLD}`, 'z'],
    ['bbox=1,2,3&z=3', 'bbox'],
    ['bbox=,,,&z=3', 'bbox'],
    ['bbox=0x10,0,20,5&z=3', 'bbox'],
    ['bbox=0,10,10,5&z=3', 'bbox'],
    [`${WORLD}&z=21`, 'z'],
    [`${WORLD}&z=-1`, 'z'],
    [`${WORLD}&z=1.5`, 'z'],
    [`${WORLD}&z=0x3`, 'z'],
    [`${WORLD}&z=1e1`, 'z'],
    [`${WORLD}&z=%20`, 'z'],
    [`${WORLD}&z=3&types=bombing`, 'types'],
    [`${WORLD}&z=3&colour=red`, 'colour'],
    [`${WORLD}&z=3&from=2026-03-10&to=2026-03-01`, 'from'],
  ])('?%s', async (query, param) => {
    const res = await clusters(get(`/api/clusters?${query}`));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = ApiError.parse(await res.json());
    expect(body.error + ' ' + body.issues.map((i) => `${i.path} ${i.message}`).join(' ')).toContain(param);
  });
});
