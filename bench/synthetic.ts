/**
 * Synthetic conflict events at scale, for benches (not news: a seeded PRNG over real places).
 * In: how many events (default 1,000,000), a seed, events per article. Places are the bundled gazetteer's populated
 * places (data/gazetteer), weighted by population and by region — the Middle East most, then Ukraine, the Sahel and
 * the Horn of Africa, South Asia, and a thin worldwide rest — so events form dense urban clusters; 12% are rural noise
 * 10–90 km from a town ("near" precision), 3% have no place. Every ACLED sub-event type (skewed like ACLED's own mix)
 * with its display type, the curated actors (data/actors.json) on a Zipf curve, dates over ten years (2016–2025, 4%
 * undated), fatalities skewed (most none or few, a long tail), 5% background.
 * Out: `syntheticArticles(opts)` — StoredArticles, each holding `eventsPerArticle` events (default 50);
 * `loadSyntheticSqlite(file, opts)` — the fast path: migrated SqliteStore, rows written straight through prepared
 * statements in 20,000-event transactions (no reader, no zod), the same columns putArticle writes (lib/store/rows.ts);
 * `syntheticSqliteDb(opts)` — a cached file under the OS temp dir, built once per (events, seed);
 * `loadSyntheticPostgis(url, opts)` — the same documents through PostgisStore.putArticles in batches.
 * Run alone: npx tsx --conditions=react-server bench/synthetic.ts [events] [file].
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACLED_SUB_EVENT_TYPES, type AcledSubEventType, type ConflictEvent, type EventType, type GazetteerEntry } from '../lib/schemas';
import type { StoredArticle } from '../lib/store/types';
import { allowServerOnly } from '../scripts/server-context';
import { prng } from '../tests/support/prng';

export { prng };

allowServerOnly();

export interface SyntheticOptions {
  /** events to generate (default 1,000,000) */
  events?: number;
  seed?: number;
  /** events per synthetic article (default 50) */
  eventsPerArticle?: number;
  /** stamped on every article (default 'synthetic'); pass lib/pipeline PIPELINE_VERSION when a seeding step runs on the db */
  pipelineVersion?: string;
  /** progress lines */
  log?: (msg: string) => void;
}


/** Region weights (lon/lat boxes, first match wins): where the synthetic conflict concentrates. */
const REGIONS: { w: number; box: [number, number, number, number] }[] = [
  { w: 1, box: [25, 12, 63, 42] }, // Middle East: Levant, Iraq, Iran, Turkey, Arabian peninsula
  { w: 0.6, box: [22, 44, 45, 53] }, // Ukraine and western Russia
  { w: 0.4, box: [-18, -5, 52, 20] }, // Sahel, Sudan, Horn of Africa
  { w: 0.3, box: [60, 5, 98, 37] }, // South Asia, Myanmar
  { w: 0.25, box: [-18, 20, 25, 37] }, // North Africa
];
const REST_WEIGHT = 0.02;
const regionWeight = (lon: number, lat: number) => REGIONS.find(({ box: [w, s, e, n] }) => lon >= w && lon <= e && lat >= s && lat <= n)?.w ?? REST_WEIGHT;

/** ACLED sub-event types with a relative frequency and the display type(s) they draw as. */
const SUB_TYPES: Record<AcledSubEventType, [number, EventType[]]> = {
  'Government regains territory': [1.5, ['territory']],
  'Non-state actor overtakes territory': [1.5, ['territory']],
  'Armed clash': [18, ['clash']],
  'Chemical weapon': [0.1, ['attack']],
  'Air/drone strike': [14, ['airstrike']],
  'Suicide bomb': [0.4, ['explosion']],
  'Shelling/artillery/missile attack': [20, ['shelling']],
  'Remote explosive/landmine/IED': [5, ['explosion']],
  Grenade: [1, ['explosion']],
  'Sexual violence': [0.3, ['attack']],
  Attack: [8, ['attack']],
  'Abduction/forced disappearance': [2, ['abduction']],
  'Excessive force against protesters': [1, ['protest']],
  'Protest with intervention': [2, ['protest']],
  'Peaceful protest': [12, ['protest']],
  'Violent demonstration': [2, ['riot']],
  'Mob violence': [1.5, ['riot']],
  Agreement: [1, ['truce', 'talks']],
  Arrests: [4, ['arrest']],
  'Change to group/activity': [3, ['deployment', 'displacement']],
  'Disrupted weapons use': [1, ['other']],
  'Headquarters or base established': [0.8, ['base']],
  'Looting/property destruction': [3, ['looting']],
  'Non-violent transfer of territory': [0.5, ['territory']],
  Other: [0.5, ['other', 'displacement']],
};

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = Math.round((Date.UTC(2026, 0, 1) - FIRST_DAY) / DAY);

/** Cumulative weights → a sampler of indexes. */
function sampler(weights: readonly number[], rand: () => number): () => number {
  const cum = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (cum[i] = sum += w));
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Town {
  id: string;
  name: string;
  kind: GazetteerEntry['kind'];
  country: string | null;
  lat: number;
  lon: number;
  /** jitter (degrees) of urban events around the centre */
  spread: number;
}

/** The towns events happen in: the gazetteer's populated places, most weighted first (cached per process). */
let townCache: { towns: Town[]; weights: number[] } | null = null;
async function towns(max = 6000): Promise<{ towns: Town[]; weights: number[] }> {
  if (townCache) return townCache;
  const { loadGazetteer, POPULATED_KINDS } = await import('../lib/gazetteer');
  const g = loadGazetteer();
  const populated = new Set<string>(POPULATED_KINDS);
  const scored: { e: GazetteerEntry; w: number }[] = [];
  for (let i = 0; i < g.size; i++) {
    const e = g.at(i);
    if (!populated.has(e.kind) || !e.population || e.population < 5000) continue;
    scored.push({ e, w: Math.pow(e.population, 0.6) * regionWeight(e.lon, e.lat) });
  }
  scored.sort((a, b) => b.w - a.w || (a.e.id < b.e.id ? -1 : 1));
  const top = scored.slice(0, max);
  townCache = {
    towns: top.map(({ e }) => ({ id: e.id, name: e.name, kind: e.kind, country: e.country, lat: e.lat, lon: e.lon, spread: 0.004 + 0.03 * Math.sqrt((e.population ?? 0) / 5e6) })),
    weights: top.map(({ w }) => w),
  };
  return townCache;
}

const ACTORS: { id: string; name: string }[] = (JSON.parse(fs.readFileSync(path.join(__dirname, '../data/actors.json'), 'utf8')) as { actors: { id: string; name: string }[] }).actors.map((a) => ({ id: a.id, name: a.name }));
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const clampLat = (x: number) => Math.max(-85, Math.min(85, x));
const wrapLon = (x: number) => (x > 180 ? x - 360 : x < -180 ? x + 360 : x);

/** The synthetic articles, in order (deterministic for a seed). */
export async function* syntheticArticles(opts: SyntheticOptions = {}): AsyncGenerator<StoredArticle> {
  const total = opts.events ?? 1_000_000;
  const per = opts.eventsPerArticle ?? 50;
  const rand = prng(opts.seed ?? 14);
  const { towns: ts, weights } = await towns();
  const town = sampler(weights, rand);
  const subNames = Object.keys(SUB_TYPES) as AcledSubEventType[];
  const sub = sampler(subNames.map((s) => SUB_TYPES[s][0]), rand);
  const actor = sampler(ACTORS.map((_, i) => 1 / (i + 1)), rand);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  for (let a = 0, made = 0; made < total; a++) {
    const n = Math.min(per, total - made);
    const id = `synthetic-${(opts.seed ?? 14).toString(36)}-${a.toString(36)}`;
    const day = Math.floor(rand() * DAYS);
    const published = new Date(FIRST_DAY + day * DAY).toISOString().slice(0, 10);
    const events: ConflictEvent[] = [];
    const sentences: string[] = [];
    let offset = 0;
    for (let k = 0; k < n; k++) {
      const subType = subNames[sub()]!;
      const displays = SUB_TYPES[subType][1];
      const type = displays[Math.floor(rand() * displays.length)]!;
      const t = ts[town()]!;
      const u = rand();
      const rural = u < 0.12;
      const unplaced = u > 0.97;
      const actor1 = ACTORS[actor()]!;
      const actor2 = rand() < 0.5 ? ACTORS[actor()]! : null;
      const verb = subType.toLowerCase();
      const text = `${actor1.name} ${verb} in ${t.name}${actor2 && actor2.id !== actor1.id ? ` against ${actor2.name}` : ''}.`;
      const start = offset;
      const end = start + text.length;
      offset = end + 1;
      sentences.push(text);
      const at = (s: string) => start + text.indexOf(s);
      let lat = t.lat;
      let lon = t.lon;
      if (rural) {
        const r = 0.1 + rand() * 0.7;
        const th = rand() * 2 * Math.PI;
        lat = clampLat(lat + r * Math.sin(th));
        lon = wrapLon(lon + (r * Math.cos(th)) / Math.max(0.2, Math.cos((lat * Math.PI) / 180)));
      } else {
        lat = clampLat(lat + gauss() * t.spread);
        lon = wrapLon(lon + gauss() * t.spread);
      }
      const fatal = rand() < 0.55 ? null : Math.min(500, Math.floor(Math.pow(1 - rand(), -1.4)) - 1);
      const eventDay = Math.max(0, day - Math.floor(rand() * 3));
      const actors: ConflictEvent['actors'] = [{ id: actor1.id, role: 'actor', text: actor1.name, start: at(actor1.name), end: at(actor1.name) + actor1.name.length, name: actor1.name }];
      if (actor2 && actor2.id !== actor1.id) {
        const s2 = text.lastIndexOf(actor2.name) + start;
        actors.push({ id: actor2.id, role: 'target', text: actor2.name, start: s2, end: s2 + actor2.name.length, name: actor2.name });
      }
      events.push({
        id: `${id}-e${k}`,
        articleId: id,
        type,
        acled: { eventType: ACLED_SUB_EVENT_TYPES[subType].eventType, subEventType: subType },
        actors,
        place: unplaced
          ? null
          : { id: t.id, name: t.name, kind: t.kind, country: t.country, lat: round5(lat), lon: round5(lon), precision: rural ? 'near' : 'exact', radiusKm: rural ? 25 : 5, text: t.name, start: at(t.name), end: at(t.name) + t.name.length },
        date: rand() < 0.04 ? { value: null, precision: null, text: null } : { value: new Date(FIRST_DAY + eventDay * DAY).toISOString().slice(0, 10), precision: 1, text: null },
        fatalities: fatal === null ? null : { count: fatal, text: `${fatal} killed`, start, end: start + 1, qualifier: null },
        quote: { start, end, text },
        trigger: { start: at(verb), end: at(verb) + verb.length, text: verb },
        confidence: Math.round((0.5 + rand() * 0.5) * 100) / 100,
        background: rand() < 0.05,
        why: ['synthetic'],
      });
    }
    const body = sentences.join(' ');
    made += n;
    yield {
      article: { id, title: `Synthetic report ${a}: ${events[0]?.place?.name ?? 'unrest'}`, published, body, paragraphs: [{ start: 0, end: body.length }], source: 'synthetic', url: null, boilerplate: [] },
      mentions: [],
      events,
      pipelineVersion: opts.pipelineVersion ?? 'synthetic',
    };
  }
}

export interface LoadResult {
  file: string;
  events: number;
  seconds: number;
}

/**
 * The fast path into SQLite: a migrated store, then rows through prepared statements (the columns putArticle
 * writes: lib/store/rows.ts eventRow), 20,000 events per transaction. The file must be new or empty.
 */
export async function loadSyntheticSqlite(file: string, opts: SyntheticOptions = {}): Promise<LoadResult> {
  const { SqliteStore } = await import('../lib/store/sqlite');
  const { gridCell } = await import('../lib/store/rows');
  const { actingActorIds, actorIds, foldSearch } = await import('../lib/store/filter');
  const { displayPlaceName } = await import('../lib/geo');
  // lib/store/search-text.ts searchText, with the folds of titles and place names memoised (the same text)
  const folds = new Map<string, string>();
  const fold = (x: string) => {
    let f = folds.get(x);
    if (f === undefined) {
      f = ` ${foldSearch(x)} `;
      if (folds.size > 200_000) folds.clear();
      folds.set(x, f);
    }
    return f;
  };
  const search = (e: ConflictEvent, title: string) =>
    [` ${foldSearch(e.quote.text)} `, fold(title), ...(e.place ? [fold(e.place.name), fold(displayPlaceName(e.place)), fold(e.place.text)] : [])].join('\n');
  const { contentHash } = await import('../lib/store/validate');
  const { registryEntries } = await import('../lib/store/registry');
  const { reportKey, RESOLUTION_VERSION } = await import('../lib/resolve');
  const t0 = performance.now();
  const store = await SqliteStore.open(file);
  const db = store.db;
  db.pragma('synchronous = OFF');
  const insArticle = db.prepare(
    `INSERT INTO articles (id, hash, title, published, source, url, body, paragraphs, boilerplate, pipeline_version, mention_count, event_count, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, 0, ?, ?)`,
  );
  const insEvent = db.prepare(
    `INSERT INTO events (id, article_id, seq, type, acled_event_type, acled_sub_event_type, date, sort_date, background, lat, lon, precision, place_id, radius_km, search, json, cell, component, grp, report_key)
     VALUES (@id, @articleId, @seq, @type, @acledEventType, @acledSubEventType, @date, @sortDate, @background, @lat, @lon, @precision, @placeId, @radiusKm, @search, @json, @cell, @id, @id, @reportKey)`,
  );
  const insActor = db.prepare('INSERT INTO event_actors (actor_id, event_rid, background, acting) VALUES (?, ?, ?, ?)');
  const register = db.prepare('INSERT OR IGNORE INTO actors (id, name, kind) VALUES (@id, @name, @kind)');
  const now = new Date().toISOString();
  // migration 009: the FTS rows of a transaction's inserts are written in one statement (as lib/store/sqlite.ts does)
  const insFts = db.prepare('INSERT INTO events_fts (rowid, search) SELECT rid, search FROM events WHERE rid IN (SELECT value FROM json_each(?)) ORDER BY rid');
  const write = db.transaction((docs: StoredArticle[]) => {
    const rids: number[] = [];
    for (const { article: a, events, pipelineVersion } of docs) {
      insArticle.run(a.id, contentHash(a.title, a.body), a.title, a.published, a.source, a.url, a.body, JSON.stringify(a.paragraphs), pipelineVersion, events.length, now);
      events.forEach((e, seq) => {
        // the columns of lib/store/rows.ts eventRow (its search text computed as above)
        const p = e.place;
        const bg = e.background ? 1 : 0;
        const rid = insEvent.run({
          id: e.id, articleId: e.articleId, seq, type: e.type, acledEventType: e.acled.eventType, acledSubEventType: e.acled.subEventType,
          date: e.date.value, sortDate: e.date.value ?? '', background: bg, lat: p?.lat ?? null, lon: p?.lon ?? null, precision: p?.precision ?? null,
          placeId: p?.id ?? null, radiusKm: p?.radiusKm ?? null, search: search(e, a.title), json: JSON.stringify(e), cell: p ? gridCell(p.lat, p.lon) : null,
          // each synthetic event is its own happening: a lone report (lib/resolve), as putArticle stores one
          reportKey: reportKey(e),
        }).lastInsertRowid;
        rids.push(Number(rid));
        const acting = actingActorIds(e);
        for (const id of actorIds(e)) insActor.run(id, rid, bg, acting.includes(id) ? 1 : 0);
      });
      for (const r of registryEntries(events)) register.run(r);
    }
    insFts.run(JSON.stringify(rids));
  });
  let batch: StoredArticle[] = [];
  let batchEvents = 0;
  let events = 0;
  for await (const doc of syntheticArticles(opts)) {
    batch.push(doc);
    batchEvents += doc.events.length;
    if (batchEvents >= 20_000) {
      write(batch);
      events += batchEvents;
      if (events % 100_000 < 20_000) opts.log?.(`sqlite: ${events} events (${Math.round((performance.now() - t0) / 1000)} s)`);
      batch = [];
      batchEvents = 0;
    }
  }
  if (batch.length) write(batch);
  events += batchEvents;
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('synthetic', ?)").run(JSON.stringify({ events, seed: opts.seed ?? 14 }));
  // generated as distinct happenings, stored resolved (every event its own): start-up need not resolve them again
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('resolution_version', ?)").run(RESOLUTION_VERSION);
  db.pragma('wal_checkpoint(TRUNCATE)');
  await store.close();
  return { file, events, seconds: (performance.now() - t0) / 1000 };
}

/** Bump when the generator changes, so cached files are rebuilt. */
const GENERATOR_VERSION = 2;

/**
 * A synthetic SQLite database of `events` events, cached under the OS temp dir (built once per events, seed and
 * pipeline version; later calls return the file at once). Safe to open read-write: callers that write should copy.
 */
export async function syntheticSqliteDb(opts: SyntheticOptions = {}): Promise<LoadResult & { cached: boolean }> {
  const events = opts.events ?? 1_000_000;
  const dir = path.join(os.tmpdir(), 'conflict-atlas-synthetic');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `synthetic-v${GENERATOR_VERSION}-${events}-s${opts.seed ?? 14}-p${opts.pipelineVersion ?? 'synthetic'}.db`);
  if (fs.existsSync(file)) return { file, events, seconds: 0, cached: true };
  const tmp = `${file}.${process.pid}.tmp`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
  const r = await loadSyntheticSqlite(tmp, { ...opts, events });
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
  fs.renameSync(tmp, file);
  return { ...r, file, cached: false };
}

/** The same documents into PostGIS through PostgisStore.putArticles (batches of 400 articles). */
export async function loadSyntheticPostgis(url: string, opts: SyntheticOptions = {}): Promise<Omit<LoadResult, 'file'>> {
  const { PostgisStore } = await import('../lib/store/postgis');
  const t0 = performance.now();
  const store = await PostgisStore.open(url);
  let batch: StoredArticle[] = [];
  let events = 0;
  try {
    for await (const doc of syntheticArticles(opts)) {
      batch.push(doc);
      events += doc.events.length;
      if (batch.length >= 400) {
        await store.putArticles(batch);
        batch = [];
        if (events % 100_000 < 20_000) opts.log?.(`postgis: ${events} events (${Math.round((performance.now() - t0) / 1000)} s)`);
      }
    }
    if (batch.length) await store.putArticles(batch);
    await store.pool.query('VACUUM ANALYZE events');
  } finally {
    await store.close();
  }
  return { events, seconds: (performance.now() - t0) / 1000 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const events = Number(process.argv[2] ?? 1_000_000);
  const out = process.argv[3];
  const log = (m: string) => process.stderr.write(`[synthetic] ${m}\n`);
  (out ? loadSyntheticSqlite(out, { events, log }) : syntheticSqliteDb({ events, log })).then(
    (r) => console.log(JSON.stringify(r)),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
