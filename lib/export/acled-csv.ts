/**
 * ConflictEvent → one ACLED-ordered CSV row (31 ACLED columns, then our 8 extras).
 * In: events plus a context (actor table, article facts, an optional admin-name lookup,
 * export timestamp). Pure: no I/O, inputs never mutated.
 * Out: `acledRow(event, ctx)` cells and `eventsToAcledCsv(events, ctx)` text (RFC 4180, CRLF).
 * Rules (docs/API.md "CSV export"): actor1 = first actor with role actor (else speaker, mediator,
 * mentioned); actor2 = first target, else a second actor; allies → assoc_actor_1, further targets
 * → assoc_actor_2; geo_precision 1/2/3 with country-only places coded 3 and tagged; fatalities 0
 * when unknown; notes = the quote; timestamp = export time (Unix seconds). A resolved event (issue 15) is one row:
 * `source` lists its reports' sources, `notes` adds "(N reports: …)" and the fatality range (report-cells.ts);
 * the extras `report_count` and `report_article_ids` name its reports.
 */
import type { Actor, ConflictEvent, EventActor } from '../schemas';
import { acledType, geoPrecision, interactionLabel, interLabel } from './acled-codes';
import { countryInfo } from './countries';
import { toCsv, type Cell } from './csv';
import { displayPlaceName } from '../geo';
import { notesCell, reportExtras, sourceCell } from './report-cells';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

export const EXTRA_COLUMNS = [
  'quote', 'quote_start', 'quote_end', 'article_url', 'article_id', 'place_id', 'actor1_role', 'precision_radius_m',
  'report_count', 'report_article_ids',
] as const;

export const CSV_HEADER: readonly string[] = [...ACLED_COLUMNS, ...EXTRA_COLUMNS];

export interface AdminNames {
  admin1: string | null;
  admin2: string | null;
  admin3: string | null;
}

export interface CsvContext {
  /** actor table by id (from lib/actors getActors()); unknown ids fall back to the words that named them */
  actors: ReadonlyMap<string, Pick<Actor, 'name' | 'inter'>>;
  /** article facts by id */
  articles: ReadonlyMap<string, { title: string; url: string | null; source: string | null }>;
  /** admin names for a place id (e.g. from the gazetteer's parent chain) */
  admin?: (placeId: string) => AdminNames | null;
  /** Unix seconds written to `timestamp` */
  timestamp: number;
}

const PRIMARY_ROLES: readonly EventActor['role'][] = ['actor', 'speaker', 'mediator', 'mentioned'];
export const COUNTRY_LEVEL_TAG = 'country-level location coded as geo_precision 3';

/** FNV-1a 32-bit: a stable number for event_id_cnty from our event id. */
export function stableNumber(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function uniqueById(actors: EventActor[]): EventActor[] {
  const seen = new Set<string>();
  return actors.filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)));
}

/** Splits an event's actors into ACLED's actor1 / assoc_actor_1 / actor2 / assoc_actor_2. */
export function assignActors(event: Pick<ConflictEvent, 'actors'>): {
  actor1: EventActor | null; assoc1: EventActor[]; actor2: EventActor | null; assoc2: EventActor[];
} {
  const actors = uniqueById(event.actors);
  let actor1: EventActor | null = null;
  for (const role of PRIMARY_ROLES) {
    actor1 = actors.find((a) => a.role === role) ?? null;
    if (actor1) break;
  }
  const targets = actors.filter((a) => a.role === 'target' && a !== actor1);
  const secondActor = actors.find((a) => a.role === 'actor' && a !== actor1) ?? null;
  const actor2 = targets[0] ?? secondActor;
  const assoc1 = actors.filter((a) => a.role === 'ally' && a !== actor1 && a !== actor2);
  const assoc2 = targets.filter((a) => a !== actor2);
  return { actor1, assoc1, actor2, assoc2 };
}

export function acledRow(event: ConflictEvent, ctx: CsvContext): Cell[] {
  const name = (a: EventActor | null) => (a ? (ctx.actors.get(a.id)?.name ?? a.text) : '');
  const inter = (a: EventActor | null) => (a ? (ctx.actors.get(a.id)?.inter ?? null) : null);
  const { actor1, assoc1, actor2, assoc2 } = assignActors(event);
  const inter1 = inter(actor1);
  const inter2 = inter(actor2);
  const types = acledType(event);
  const place = event.place;
  const country = countryInfo(place?.country);
  const admin = place && ctx.admin ? ctx.admin(place.id) : null;
  const point = place ? { lat: place.lat, lon: place.lon } : null; // event.place is where the event is drawn
  const article = ctx.articles.get(event.articleId);
  const civilians = [actor2, ...assoc2].some((a) => inter(a) === 7);
  const tags: string[] = [];
  if (place?.precision === 'country') tags.push(COUNTRY_LEVEL_TAG);
  if (event.background) tags.push('background (earlier event recalled in the article)');
  const date = event.date.value;
  const reports = reportExtras(event);

  return [
    `${country?.alpha3 ?? 'XXX'}${stableNumber(event.id)}`,
    date ?? '',
    date ? Number(date.slice(0, 4)) : null,
    event.date.precision,
    types.disorderType,
    types.eventType,
    types.subEventType,
    name(actor1),
    assoc1.map((a) => name(a)).join('; '),
    interLabel(inter1),
    name(actor2),
    assoc2.map((a) => name(a)).join('; '),
    interLabel(inter2),
    interactionLabel(inter1, inter2),
    civilians ? 'Civilians targeted' : '',
    country?.numeric ?? null,
    country?.region ?? '',
    country?.name ?? '',
    admin?.admin1 ?? '',
    admin?.admin2 ?? '',
    admin?.admin3 ?? '',
    // ACLED writes locations in plain English/ASCII ("Tartus"): the display name (lib/geo), not GeoNames' "Ţarţūs"
    place ? displayPlaceName(place) : '',
    point ? { fixed: point.lat, digits: 4 } : null,
    point ? { fixed: point.lon, digits: 4 } : null,
    geoPrecision(place?.precision),
    sourceCell(event, article?.source),
    '',
    notesCell(event),
    event.fatalities?.count ?? 0,
    tags.join('; '),
    ctx.timestamp,
    // extras
    event.quote.text,
    event.quote.start,
    event.quote.end,
    article?.url ?? '',
    event.articleId,
    place?.id ?? '',
    actor1?.role ?? '',
    place ? Math.round(place.radiusKm * 1000) : null,
    reports.count,
    reports.articles,
  ];
}

export function eventsToAcledCsv(events: readonly ConflictEvent[], ctx: CsvContext): string {
  return toCsv(CSV_HEADER, events.map((e) => acledRow(e, ctx)));
}
