import { describe, expect, it } from 'vitest';
import { EventQuery, IsoDate, paramsToObject, serializeEventQuery, zodToApiError } from '@/lib/schemas';

const parse = (qs: string) => EventQuery.safeParse(paramsToObject(new URLSearchParams(qs)));

describe('EventQuery', () => {
  it('round-trips: parse(serialize(q)) equals q', () => {
    const q = EventQuery.parse(
      paramsToObject(new URLSearchParams('actors=russia,turkey&types=airstrike,shelling&from=2016-01-01&to=2016-12-31&bbox=35,32,42,37.5&place=gn:170063&q=border&includeBackground=true&format=csv&limit=50')),
    );
    expect(EventQuery.parse(paramsToObject(serializeEventQuery(q)))).toEqual(q);
    expect(q.bbox).toEqual([35, 32, 42, 37.5]);
  });

  it('takes ACLED eventTypes / subEventTypes as comma lists of exact codebook strings, and round-trips them', () => {
    const q = EventQuery.parse(paramsToObject(new URLSearchParams('eventTypes=Protests,Explosions/Remote violence&subEventTypes=Peaceful%20protest,Remote%20explosive%2Flandmine%2FIED')));
    expect(q).toEqual({ eventTypes: ['Protests', 'Explosions/Remote violence'], subEventTypes: ['Peaceful protest', 'Remote explosive/landmine/IED'] });
    expect(EventQuery.parse(paramsToObject(serializeEventQuery(q)))).toEqual(q);
  });

  it('accepts open-world actor ids (kind:slug) beside curated ones, and round-trips them', () => {
    const q = EventQuery.parse(paramsToObject(new URLSearchParams('actors=russia,rebel:zuran,state:military-forces-of-armenia')));
    expect(q.actors).toEqual(['russia', 'rebel:zuran', 'state:military-forces-of-armenia']);
    expect(EventQuery.parse(paramsToObject(serializeEventQuery(q)))).toEqual(q);
    expect(parse('actors=Rebel:Zuran').success).toBe(false);
  });

  it('takes the actor role (actor | any) and round-trips it; a q with letters and a NUL or quote is accepted', () => {
    for (const qs of ['actors=russia&role=any', 'actors=russia&role=actor', 'role=any', 'q=Ta%22r%00tus']) {
      const q = EventQuery.parse(paramsToObject(new URLSearchParams(qs)));
      expect(EventQuery.parse(paramsToObject(serializeEventQuery(q)))).toEqual(q);
    }
    expect(parse('actors=russia').data).toEqual({ actors: ['russia'] });
    expect(parse('actors=russia&role=any').data).toEqual({ actors: ['russia'], role: 'any' });
  });

  it('drops empty parameters instead of coercing them to 0', () => {
    const r = parse('limit=&q=&actors=');
    expect(r.success).toBe(true);
    expect(r.data).toEqual({});
  });

  it.each([
    ['bbox=1,2,3', 'bbox'],
    ['bbox=0,50,10,40', 'bbox'],
    ['bbox=0,95,10,96', 'bbox'],
    ['types=parade', 'types'],
    ['eventTypes=Riots,Parades', 'eventTypes'],
    ['eventTypes=riots', 'eventTypes'],
    ['subEventTypes=Peaceful protest,Sit-in', 'subEventTypes'],
    ['from=2016-02-30', 'from'],
    ['from=2016-05-01&to=2016-04-01', 'from'],
    ['limit=0', 'limit'],
    ['colour=red', ''],
    ['role=target', 'role'],
    ['role=ANY', 'role'],
    ['q=%22%27%3B--', 'q'],
    ['q=%00', 'q'],
  ])('rejects %s naming the parameter', (qs, path) => {
    const r = parse(qs);
    expect(r.success).toBe(false);
    const err = zodToApiError(r.error!, 'query');
    expect(err.error).toMatch(/^invalid query: /);
    if (path) expect(err.issues[0]!.path.split('.')[0]).toBe(path);
  });

  it('IsoDate accepts real dates only', () => {
    expect(IsoDate.safeParse('2016-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2015-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2016-13-01').success).toBe(false);
    expect(IsoDate.safeParse('16-01-01').success).toBe(false);
  });
});
