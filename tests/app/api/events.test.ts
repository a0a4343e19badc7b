import { describe, expect, it, vi } from 'vitest';
import { GET as listEvents } from '@/app/api/events/route';
import { GET as getEvent } from '@/app/api/events/[id]/route';
import { EventCollection, EventFeature } from '@/lib/schemas';
import { ApiError } from '@/lib/schemas';
import { CSV_HEADER } from '@/lib/export/acled-csv';
import { DEFAULT_EVENT_LIMIT } from '@/lib/api/events';
import { MemoryStore, setStore } from '@/lib/store';
import { fixture, freshStore, withFixtureStore, get, params } from '../../lib/api/support';
import { parseCsv } from '../../lib/export/parse-csv';

withFixtureStore();

const a = fixture('article-a');
const b = fixture('article-b');

async function collection(query: string) {
  const res = await listEvents(get(`/api/events${query}`));
  expect(res.status).toBe(200);
  return EventCollection.parse(await res.json());
}
const ids = async (query: string) => (await collection(query)).features.map((f) => f.id).sort();
const eid = (doc: typeof a, i: number) => doc.events[i]!.id;

describe('GET /api/events (GeoJSON)', () => {
  it('returns a FeatureCollection of non-background events with meta', async () => {
    const res = await listEvents(get('/api/events'));
    expect(res.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const fc = EventCollection.parse(await res.json());
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.meta.count).toBe(5);
    expect(fc.features).toHaveLength(5);
    expect(fc.features.some((f) => f.properties.background)).toBe(false);
  });

  it('puts [lng, lat] of the mention point in geometry and the whole event plus article title in properties', async () => {
    const fc = await collection('');
    const strike = fc.features.find((f) => f.id === eid(a, 0))!;
    expect(strike.geometry).toEqual({ type: 'Point', coordinates: [36.25, 50.05] });
    const { articleTitle, articleUrl, ...event } = strike.properties;
    expect(event).toEqual(a.events[0]);
    expect(articleTitle).toBe(a.article.title);
    expect(articleUrl).toBe(a.article.url);
  });

  it('names the file after the filters (inline: a browser tab still shows it)', async () => {
    const res = await listEvents(get('/api/events?from=2026-03-01&to=2026-03-31&actors=russia'));
    expect(res.headers.get('content-disposition')).toBe('inline; filename="conflict-atlas_2026-03-01_2026-03-31_russia.geojson"');
  });

  it('includeBackground=true adds background events', async () => {
    expect((await collection('?includeBackground=true')).meta.count).toBe(6);
    expect((await collection('?includeBackground=false')).meta.count).toBe(5);
  });

  it('filters by types, actors, article, q, place, dates and bbox', async () => {
    expect(await ids('?types=clash,territory')).toEqual([eid(a, 1), eid(b, 0)].sort());
    expect(await ids('?types=clash,territory,talks')).toHaveLength(3);
    expect(await ids('?actors=sudan-rsf')).toEqual([eid(b, 0)]);
    expect(await ids(`?article=${b.article.id}`)).toEqual([eid(b, 0)]);
    expect(await ids('?q=istanbul')).toEqual([eid(a, 2)]);
    expect(await ids('?place=gn:365137')).toEqual([eid(b, 0)]);
    expect(await ids('?from=2026-03-09&to=2026-03-10')).toEqual([eid(a, 0), eid(a, 2), eid(a, 4)].sort());
    expect(await ids('?bbox=30,45,40,52')).toEqual([eid(a, 0), eid(a, 1), eid(a, 4)].sort());
  });

  it('filters actors by role: carried out by (default; a speaker acts where no one else does) or any role, CSV and GeoJSON alike', async () => {
    expect(await ids('?actors=civilians')).toEqual([]);
    expect(await ids('?actors=civilians&role=actor')).toEqual([]);
    expect(await ids('?actors=civilians&role=any')).toEqual([eid(a, 0)]);
    expect(await ids('?actors=united-nations')).toEqual([eid(a, 4)]);
    expect((await collection('?actors=civilians&role=any')).meta.query).toMatchObject({ actors: ['civilians'], role: 'any' });
    const csvRows = async (qs: string) => (await (await listEvents(get(`/api/events?format=csv&${qs}`))).text()).trim().split('\n').length - 1;
    expect(await csvRows('actors=civilians')).toBe(0);
    expect(await csvRows('actors=civilians&role=any')).toBe(1);
  });

  it('searches regardless of case, accents and punctuation; odd characters in q never crash', async () => {
    expect(await ids('?q=ISTANBUL')).toEqual([eid(a, 2)]);
    expect(await ids('?q=%C4%B0stanb%C3%BCl')).toEqual([eid(a, 2)]);
    // a stray quote inside a place name: the gazetteer reads the name through it (variants)
    expect(await ids('?q=Istan%22bul')).toEqual([eid(a, 2)]);
    expect(await ids('?q=Istan%20bul')).toEqual([]);
    expect(await ids('?q=a%00b')).toEqual([]);
    expect(await ids("?q=Omdurman's")).toEqual([eid(b, 0)]);
    expect(await ids('?q=in%20Omdurman,')).toEqual([eid(b, 0)]);
  });

  it('pages: the default page size, and meta.truncated when more events match than the page holds', async () => {
    const all = await collection('');
    expect(all.meta).toMatchObject({ count: 5, limit: DEFAULT_EVENT_LIMIT, truncated: false });
    const two = await collection('?limit=2');
    expect(two.meta).toMatchObject({ count: 2, limit: 2, truncated: true });
    expect(two.features.map((f) => f.id)).toEqual(all.features.slice(0, 2).map((f) => f.id));
    expect((await collection('?limit=5')).meta).toMatchObject({ count: 5, truncated: false });
    const csv = await listEvents(get('/api/events?format=csv&limit=1'));
    expect(csv.headers.get('x-truncated')).toBe('true');
    expect(csv.headers.get('x-limit')).toBe('1');
  });

  it('echoes the parsed query in meta and applies limit', async () => {
    const fc = await collection('?types=clash&bbox=-10,0,40,60&limit=1');
    expect(fc.meta.query).toEqual({ types: ['clash'], bbox: [-10, 0, 40, 60], limit: 1 });
    expect(fc.features).toHaveLength(1);
  });

  it('drops empty parameters instead of reading them as 0', async () => {
    expect((await collection('?limit=&types=&q=')).meta.count).toBe(5);
  });

  it('an empty store gives an empty collection', async () => {
    setStore(new MemoryStore());
    expect(await collection('')).toMatchObject({ features: [], meta: { count: 0 } });
  });
});

describe('GET /api/events: bad parameters → 400 naming the parameter', () => {
  it.each([
    ['bbox=1,2,3', 'bbox'],
    ['bbox=1,2,3,4,5', 'bbox'],
    ['bbox=0,10,10,5', 'bbox'],
    ['bbox=200,0,210,5', 'bbox'],
    ['bbox=0,-95,10,5', 'bbox'],
    ['bbox=a,b,c,d', 'bbox'],
    // strict numbers: every corner present, decimal notation only (Number() would read these as 0, 16, 10)
    ['bbox=,,,', 'bbox'],
    ['bbox=0,0,,5', 'bbox'],
    ['bbox=0x10,0,20,5', 'bbox'],
    ['bbox=1e1,0,20,5', 'bbox'],
    ['limit=0x10', 'limit'],
    ['limit=1e1', 'limit'],
    ['limit=%20', 'limit'],
    ['limit=2.5', 'limit'],
    ['types=airstrike,bombing', 'types'],
    ['eventTypes=Protests,Bombings', 'eventTypes'],
    ['eventTypes=protests', 'eventTypes'],
    ['subEventTypes=Peaceful%20protest,Picnic', 'subEventTypes'],
    ['eventType=Protests', 'eventType'],
    ['actors=Not_An_Id', 'actors'],
    ['from=yesterday', 'from'],
    ['to=10/03/2026', 'to'],
    ['from=2026-03-10&to=2026-03-01', 'from'],
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=1.5', 'limit'],
    ['includeBackground=yes', 'includeBackground'],
    ['format=xml', 'format'],
    ['q=' + 'x'.repeat(201), 'q'],
    ['q=%22%3B--', 'q'],
    ['role=target', 'role'],
    ['place=' + 'x'.repeat(201), 'place'],
    ['article=' + 'x'.repeat(201), 'article'],
    ['colour=red', 'colour'],
  ])('?%s', async (query, param) => {
    const res = await listEvents(get(`/api/events?${query}`));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = ApiError.parse(await res.json());
    expect(body.error).toContain(param);
    expect(body.issues.map((i) => i.path).join(' ') + ' ' + body.issues.map((i) => i.message).join(' ')).toContain(param);
  });
});

describe('GET /api/events?format=csv', () => {
  it('returns ACLED-ordered CSV with one row per event', async () => {
    const res = await listEvents(get('/api/events?format=csv&types=airstrike'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="conflict-atlas_airstrike.csv"');
    const rows = parseCsv(await res.text());
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(CSV_HEADER.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      event_date: '2026-03-09', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
      actor1: 'Russia', inter1: 'State forces', civilian_targeting: 'Civilians targeted',
      iso: '804', country: 'Ukraine', location: 'Kharkiv', latitude: '50.0500', longitude: '36.2500',
      geo_precision: '2', fatalities: '4', notes: a.events[0]!.quote.text, article_id: a.article.id,
    });
    expect(Math.abs(Number(row.timestamp) - Date.now() / 1000)).toBeLessThan(60);
  });
  it('with no events it is the header alone', async () => {
    const res = await listEvents(get('/api/events?format=csv&types=base'));
    expect(parseCsv(await res.text())).toEqual([[...CSV_HEADER]]);
  });
});

describe('ACLED coding: filters, GeoJSON properties and CSV columns', () => {
  /** article-b again as another article whose events are a peaceful protest and an attack on civilians */
  function protestAndAttack() {
    const doc = structuredClone(b);
    doc.article = { ...doc.article, id: 'crowds-and-gunmen-5a6b7c8d', title: 'Crowds march, gunmen strike', body: `${doc.article.body} More.` };
    const base = b.events[0]!;
    doc.events = [
      { ...base, id: 'crowds-and-gunmen-5a6b7c8d-e0', articleId: doc.article.id, type: 'protest', acled: { eventType: 'Protests', subEventType: 'Peaceful protest' }, actors: [], fatalities: null },
      // another day: the same sentence on b's day would be b's clash told again (issue 15 resolution merges them)
      { ...base, id: 'crowds-and-gunmen-5a6b7c8d-e1', articleId: doc.article.id, type: 'attack', acled: { eventType: 'Violence against civilians', subEventType: 'Attack' }, actors: [], date: { ...base.date, value: '2026-01-05', text: 'on 5 January' } },
    ];
    return doc;
  }
  const [protest, attack] = ['crowds-and-gunmen-5a6b7c8d-e0', 'crowds-and-gunmen-5a6b7c8d-e1'];

  it('filters by eventTypes and subEventTypes (comma lists of exact codebook strings), with each other and with types', async () => {
    await freshStore([a, b, protestAndAttack()]);
    expect(await ids('?eventTypes=Protests')).toEqual([protest]);
    expect(await ids('?eventTypes=Protests,Violence%20against%20civilians')).toEqual([protest, attack].sort());
    expect(await ids('?eventTypes=Battles')).toEqual([eid(a, 1), eid(b, 0)].sort());
    expect(await ids('?eventTypes=Explosions%2FRemote%20violence')).toEqual([eid(a, 0)]);
    expect(await ids('?subEventTypes=Peaceful%20protest')).toEqual([protest]);
    expect(await ids('?subEventTypes=Armed%20clash,Government%20regains%20territory')).toEqual([eid(a, 1), eid(b, 0)].sort());
    expect(await ids('?eventTypes=Battles&subEventTypes=Armed%20clash')).toEqual([eid(b, 0)]);
    expect(await ids('?eventTypes=Protests&types=attack')).toEqual([]);
    const fc = await collection('?eventTypes=Riots,Protests&subEventTypes=Peaceful%20protest');
    expect(fc.meta.query).toEqual({ eventTypes: ['Riots', 'Protests'], subEventTypes: ['Peaceful protest'] });
  });

  it('GeoJSON features carry acled in their properties', async () => {
    await freshStore([a, b, protestAndAttack()]);
    const fc = await collection('?eventTypes=Protests');
    expect(fc.features[0]!.properties.acled).toEqual({ eventType: 'Protests', subEventType: 'Peaceful protest' });
    const one = EventFeature.parse(await (await getEvent(get(`/api/events/${attack}`), params(attack))).json());
    expect(one.properties.acled).toEqual({ eventType: 'Violence against civilians', subEventType: 'Attack' });
  });

  it('CSV event_type, sub_event_type and disorder_type come from the event coding (a protest, an attack)', async () => {
    await freshStore([a, b, protestAndAttack()]);
    const rows = parseCsv(await (await listEvents(get('/api/events?format=csv&eventTypes=Protests,Violence%20against%20civilians'))).text());
    const col = (h: string) => CSV_HEADER.indexOf(h as (typeof CSV_HEADER)[number]);
    const coded = rows.slice(1).map((r) => [r[col('event_type')], r[col('sub_event_type')], r[col('disorder_type')]]).sort();
    expect(coded).toEqual([
      ['Protests', 'Peaceful protest', 'Demonstrations'],
      ['Violence against civilians', 'Attack', 'Political violence'],
    ]);
  });
});

describe('GET /api/events/[id]', () => {
  it('returns one Feature with its article title and url', async () => {
    const res = await getEvent(get(`/api/events/${eid(b, 0)}`), params(eid(b, 0)));
    expect(res.status).toBe(200);
    const f = EventFeature.parse(await res.json());
    expect(f.id).toBe(eid(b, 0));
    expect(f.geometry?.coordinates).toEqual([b.events[0]!.place!.lon, b.events[0]!.place!.lat]);
    expect(f.properties.articleTitle).toBe(b.article.title);
    expect(f.properties.articleUrl).toBeNull();
  });
  it('serves background events by id', async () => {
    const res = await getEvent(get(`/api/events/${eid(a, 3)}`), params(eid(a, 3)));
    expect(res.status).toBe(200);
  });
  it('404 JSON for an unknown id', async () => {
    const res = await getEvent(get('/api/events/nope-e0'), params('nope-e0'));
    expect(res.status).toBe(404);
    expect(ApiError.parse(await res.json()).error).toMatch(/event not found: nope-e0/);
  });
  it('400 for query parameters it does not take', async () => {
    const res = await getEvent(get(`/api/events/${eid(b, 0)}?x=1`), params(eid(b, 0)));
    expect(res.status).toBe(400);
  });
});

describe('store failures', () => {
  it('become a logged 500 JSON error, not a crash', async () => {
    const store = new MemoryStore();
    store.queryEvents = async () => {
      throw new Error('disk on fire');
    };
    setStore(store);
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await listEvents(get('/api/events'));
    expect(res.status).toBe(500);
    expect(ApiError.parse(await res.json()).error).not.toContain('disk on fire');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe('end to end: data/articles through the real pipeline', () => {
  it('every served event traces back to its sentence and the CSV has one row per feature', async () => {
    const { seedStore } = await import('@/lib/pipeline');
    const store = new MemoryStore();
    const seeded = await seedStore(store);
    expect(seeded.created).toBeGreaterThan(0);
    setStore(store);
    const fc = await collection('?includeBackground=true');
    expect(fc.meta.count).toBeGreaterThan(0);
    const bodies = new Map<string, string>();
    for (const { id } of await store.listArticles()) bodies.set(id, (await store.getArticle(id))!.article.body);
    for (const f of fc.features) {
      const body = bodies.get(f.properties.articleId)!;
      expect(body.slice(f.properties.quote.start, f.properties.quote.end)).toBe(f.properties.quote.text);
      expect(f.properties.articleTitle).toBeTruthy();
      if (f.properties.place) expect(f.geometry?.type).toBe('Point');
    }
    const csv = parseCsv(await (await listEvents(get('/api/events?format=csv&includeBackground=true'))).text());
    expect(csv[0]).toEqual([...CSV_HEADER]);
    expect(csv).toHaveLength(fc.meta.count + 1);
    for (const row of csv.slice(1)) expect(row).toHaveLength(CSV_HEADER.length);
  }, 60_000);
});
