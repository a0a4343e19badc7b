/**
 * A SQLite database holding many synthetic events, for the map's scale test (tests/browser/scale.test.ts) and
 * bench (bench/map-scale.bench.ts): a seeded PRNG spreads events around a few dozen centres over the Middle East
 * and beyond (dense urban piles plus rural noise), over a few event types and ACLED sub-types, with dates over ten
 * years. Not news: the articles are placeholders. Written through the store (SqliteStore.putArticle, 200 events per
 * article), so the rows are exactly what ingest writes; the bundled corpus is seeded on top by startServer.
 * In: a file path and an event count. Out: the file, with that many events (built once per path).
 */
import { existsSync } from 'node:fs';
import { SqliteStore } from '../../lib/store/sqlite';
import type { AcledSubEventType, ConflictEvent, EventType, StoredArticle } from '../../lib/schemas';
import { acledClassOf } from '../../lib/schemas';
import { PIPELINE_VERSION } from '../../lib/pipeline/process';

/** [lon, lat, weight]: where the synthetic events pile up */
const CENTRES: [number, number, number][] = [
  [37.16, 36.2, 9], [36.29, 33.51, 6], [36.72, 34.73, 4], [36.63, 35.93, 5], [40.14, 35.33, 3], [38.99, 35.95, 3], [44.37, 33.31, 6],
  [43.13, 36.34, 5], [47.78, 30.51, 2], [35.5, 33.89, 3], [34.47, 31.5, 5], [35.2, 31.9, 3], [44.2, 15.35, 4], [45.03, 12.79, 2],
  [32.53, 15.5, 3], [25.33, 13.63, 2], [37.62, 55.75, 1], [30.52, 50.45, 3], [37.8, 48.0, 4], [36.23, 49.99, 3], [69.2, 34.53, 3],
  [13.18, 32.88, 2], [-1.52, 12.37, 2], [-8.0, 12.65, 2], [2.11, 13.51, 1], [45.34, 2.05, 3], [38.75, 9.03, 1], [29.36, -1.68, 2],
  [96.1, 19.75, 2], [74.35, 31.55, 1], [51.39, 35.69, 1], [28.97, 41.01, 1], [-99.13, 19.43, 0.5], [-74.07, 4.71, 0.5],
];
const TYPES: [EventType, AcledSubEventType][] = [
  ['shelling', 'Shelling/artillery/missile attack'], ['airstrike', 'Air/drone strike'], ['clash', 'Armed clash'],
  ['explosion', 'Remote explosive/landmine/IED'], ['attack', 'Attack'], ['protest', 'Peaceful protest'], ['arrest', 'Arrests'],
  ['territory', 'Non-state actor overtakes territory'], ['displacement', 'Other'],
];
const EVENTS_PER_ARTICLE = 200;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function articles(total: number, seed: number): StoredArticle[] {
  const rnd = prng(seed);
  const weightSum = CENTRES.reduce((s, c) => s + c[2], 0);
  const pickCentre = () => {
    let r = rnd() * weightSum;
    for (const c of CENTRES) if ((r -= c[2]) <= 0) return c;
    return CENTRES[0]!;
  };
  const out: StoredArticle[] = [];
  const body = 'Synthetic placeholder text for the map scale test.';
  for (let a = 0; a * EVENTS_PER_ARTICLE < total; a++) {
    const id = `synthetic-scale-${String(a).padStart(5, '0')}`;
    const events: ConflictEvent[] = [];
    for (let i = 0; i < EVENTS_PER_ARTICLE && a * EVENTS_PER_ARTICLE + i < total; i++) {
      const [lon, lat] = pickCentre();
      // 85% within ~10 km of the centre (urban pile), 15% rural noise up to ~1.5°
      const spread = rnd() < 0.85 ? 0.1 : 1.5;
      const [type, sub] = TYPES[Math.floor(rnd() * rnd() * TYPES.length)]!;
      const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(rnd() * 3650) * 86_400_000).toISOString().slice(0, 10);
      const p = { lon: lon + (rnd() - 0.5) * spread, lat: lat + (rnd() - 0.5) * spread };
      events.push({
        id: `${id}-e${i}`,
        articleId: id,
        type,
        acled: acledClassOf(sub),
        actors: [],
        place: { id: `synthetic-${Math.round(p.lon * 10)}-${Math.round(p.lat * 10)}`, name: `Synthetic place ${Math.round(p.lon * 10)}/${Math.round(p.lat * 10)}`, kind: 'town', country: 'SY', lat: p.lat, lon: p.lon, precision: 'exact', radiusKm: 0, text: 'place', start: 0, end: 5 },
        date: { value: day, precision: 1, text: null },
        fatalities: rnd() < 0.5 ? { count: Math.floor(rnd() * 10), text: 'n killed', start: 0, end: 8, qualifier: null } : null,
        quote: { text: body, start: 0, end: body.length },
        trigger: { text: 'Synthetic', start: 0, end: 9 },
        confidence: 0.9,
        background: false,
        why: ['synthetic'],
      });
    }
    out.push({
      article: { id, title: `Synthetic scale article ${a}`, published: '2026-01-01', body, paragraphs: [{ start: 0, end: body.length }], source: null, url: null, boilerplate: [] },
      mentions: [],
      events,
      // the current version: the server's seeding step (scripts/seed.ts) would reprocess older ones
      pipelineVersion: PIPELINE_VERSION,
    });
  }
  return out;
}

/** Build `file` with `total` synthetic events unless it exists; returns the file path. */
export async function buildScaleDb(file: string, total: number, seed = 14): Promise<string> {
  if (existsSync(file)) return file;
  const store = await SqliteStore.open(file);
  try {
    for (const doc of articles(total, seed)) await store.putArticle(doc);
  } finally {
    await store.close();
  }
  return file;
}
