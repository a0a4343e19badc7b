import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ACLED_COLUMNS, COUNTRY_LEVEL_TAG, CSV_HEADER, EXTRA_COLUMNS, acledRow, assignActors, eventsToAcledCsv, stableNumber, type CsvContext,
} from '@/lib/export/acled-csv';
import type { StoredArticle } from '@/lib/store/types';
import { parseCsv } from './parse-csv';

const load = (name: string): StoredArticle =>
  JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/api', name), 'utf8')) as StoredArticle;
const a = load('article-a.json');
const b = load('article-b.json');

const ctx: CsvContext = {
  actors: new Map([
    ['russia', { name: 'Russia', inter: 1 }],
    ['ukraine', { name: 'Ukraine', inter: 1 }],
    ['civilians', { name: 'Civilians', inter: 7 }],
    ['united-nations', { name: 'United Nations', inter: 8 }],
    ['sudan-saf', { name: 'Sudanese Armed Forces', inter: 1 }],
    ['sudan-rsf', { name: 'Rapid Support Forces', inter: 3 }],
  ]),
  articles: new Map([
    [a.article.id, { title: a.article.title, url: a.article.url, source: a.article.source }],
    [b.article.id, { title: b.article.title, url: b.article.url, source: b.article.source }],
  ]),
  admin: (id) => (id === 'gn:706483' ? { admin1: 'Kharkivska', admin2: 'Kharkivskyi', admin3: null } : null),
  timestamp: 1_770_000_000,
};

/** one row as {column: value} */
function record(event: (typeof a.events)[number], c: CsvContext = ctx): Record<string, string> {
  const rows = parseCsv(eventsToAcledCsv([event], c));
  expect(rows[0]).toEqual(CSV_HEADER);
  return Object.fromEntries(CSV_HEADER.map((h, i) => [h, rows[1]![i]!]));
}
const ev = (doc: StoredArticle, i: number) => doc.events[i]!;

describe('ACLED CSV header', () => {
  it('has the 31 ACLED columns in codebook order, then our 10 extras', () => {
    expect(ACLED_COLUMNS).toHaveLength(31);
    expect(CSV_HEADER.join(',')).toBe(
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,' +
        'actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,' +
        'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp,' +
        'quote,quote_start,quote_end,article_url,article_id,place_id,actor1_role,precision_radius_m,report_count,report_article_ids',
    );
    expect(EXTRA_COLUMNS).toHaveLength(10);
  });
  it('every row has exactly as many cells as the header', () => {
    for (const e of [...a.events, ...b.events]) expect(acledRow(e, ctx)).toHaveLength(CSV_HEADER.length);
  });
});

describe('ACLED CSV rows', () => {
  it('codes an air strike on civilians near a town', () => {
    const r = record(ev(a, 0));
    expect(r).toMatchObject({
      event_date: '2026-03-09', year: '2026', time_precision: '1',
      disorder_type: 'Political violence', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
      actor1: 'Russia', inter1: 'State forces', actor2: 'Civilians', inter2: 'Civilians',
      interaction: 'State forces – Civilians', civilian_targeting: 'Civilians targeted',
      iso: '804', region: 'Europe', country: 'Ukraine', admin1: 'Kharkivska', admin2: 'Kharkivskyi', admin3: '',
      location: 'Kharkiv', latitude: '50.0500', longitude: '36.2500', geo_precision: '2',
      source: 'Example News', source_scale: '', fatalities: '4', timestamp: '1770000000',
      article_url: 'https://example.org/a', article_id: a.article.id, place_id: 'gn:706483',
      actor1_role: 'actor', precision_radius_m: '8000',
    });
    expect(r.event_id_cnty).toMatch(/^UKR\d+$/);
    expect(r.notes).toBe(ev(a, 0).quote.text);
    expect(r.quote).toBe(ev(a, 0).quote.text);
    expect(Number(r.quote_start)).toBe(ev(a, 0).quote.start);
    expect(Number(r.quote_end)).toBe(ev(a, 0).quote.end);
  });

  it('codes a recapture by state forces as Government regains territory, second actor as actor2', () => {
    const r = record(ev(a, 1));
    expect(r).toMatchObject({
      event_type: 'Battles', sub_event_type: 'Government regains territory',
      actor1: 'Ukraine', actor2: 'Russia', interaction: 'State forces – State forces', civilian_targeting: '',
      geo_precision: '1', fatalities: '0', latitude: '49.0089', longitude: '37.3522',
    });
  });

  it("writes the event's own place (its drawn point), never a coordinate from elsewhere", () => {
    const e = ev(a, 0);
    const r = record({ ...e, place: { ...e.place!, lat: 49.9808, lon: 36.2527 } });
    expect([r.latitude, r.longitude]).toEqual(['49.9808', '36.2527']);
  });

  it('codes a country-level place as geo_precision 3 and says so in tags', () => {
    const r = record(ev(a, 4));
    expect(r.geo_precision).toBe('3');
    expect(r.tags).toContain(COUNTRY_LEVEL_TAG);
    // ACLED has no displacement type: the reader codes it Strategic developments / Other
    expect(r).toMatchObject({ event_type: 'Strategic developments', sub_event_type: 'Other', disorder_type: 'Strategic developments', actor1: 'United Nations', actor1_role: 'speaker', interaction: 'External/Other forces only' });
  });

  it('leaves date columns empty when the date is unknown and tags background events', () => {
    const r = record(ev(a, 3));
    expect([r.event_date, r.year, r.time_precision]).toEqual(['', '', '']);
    expect(r.tags).toMatch(/background/);
    expect([r.actor1, r.inter1, r.interaction]).toEqual(['', '', '']);
  });

  it('guards a source that starts with a formula character', () => {
    const r = record(ev(b, 0));
    expect(r.source).toBe("'-Wire");
    expect(r).toMatchObject({ iso: '729', country: 'Sudan', interaction: 'State forces – Political militia', article_url: '' });
  });

  it('falls back to the naming words for actors missing from the table', () => {
    const r = record(ev(b, 0), { ...ctx, actors: new Map() });
    expect([r.actor1, r.actor2, r.inter1, r.interaction]).toEqual(['the army', 'RSF', '', '']);
  });

  it('event_id_cnty is stable and differs between events', () => {
    expect(stableNumber('x-e0')).toBe(stableNumber('x-e0'));
    expect(stableNumber('x-e0')).not.toBe(stableNumber('x-e1'));
    expect(acledRow(ev(a, 0), ctx)[0]).not.toBe(acledRow(ev(a, 1), ctx)[0]);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(a.events);
    eventsToAcledCsv(a.events, ctx);
    expect(a.events).toEqual(copy);
  });
});

describe('assignActors', () => {
  const act = (id: string, role: 'actor' | 'target' | 'ally' | 'mediator' | 'speaker' | 'mentioned') => ({ id, role, text: id, start: 0, end: 1 });
  it('puts allies in assoc_actor_1 and further targets in assoc_actor_2', () => {
    const r = assignActors({ actors: [act('x', 'actor'), act('y', 'ally'), act('t1', 'target'), act('t2', 'target'), act('x', 'actor')] });
    expect(r.actor1?.id).toBe('x');
    expect(r.assoc1.map((a) => a.id)).toEqual(['y']);
    expect(r.actor2?.id).toBe('t1');
    expect(r.assoc2.map((a) => a.id)).toEqual(['t2']);
  });
  it('prefers actor, then speaker, mediator, mentioned for actor1', () => {
    expect(assignActors({ actors: [act('m', 'mentioned'), act('s', 'speaker')] }).actor1?.id).toBe('s');
    expect(assignActors({ actors: [] })).toEqual({ actor1: null, assoc1: [], actor2: null, assoc2: [] });
  });
});
