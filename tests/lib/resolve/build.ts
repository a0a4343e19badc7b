/**
 * Hand-built reports for the resolution tests: one ConflictEvent per call, with only what resolution reads set
 * deliberately (sub-type, place and radius, date and its precision, actors, toll, sentence).
 */
import type { AcledClass, ConflictEvent, EventActor } from '@/lib/schemas';
import type { ReportRef } from '@/lib/resolve';

export interface Spec {
  article: string;
  n?: number;
  sub?: AcledClass['subEventType'];
  place?: { id: string; name: string; lat: number; lon: number; radiusKm?: number; kind?: 'city' | 'town' | 'village' | 'neighbourhood' | 'region' | 'admin1' | 'admin2' | 'country'; precision?: 'exact' | 'near'; text?: string } | null;
  date?: string | null;
  /** null: the date came from publication; default an explicit day */
  dateText?: string | null;
  precision?: 1 | 2 | 3;
  actors?: [string, EventActor['role']][];
  toll?: number;
  quote?: string;
  background?: boolean;
  source?: string;
  published?: string | null;
}

const EVENT_TYPE: Record<string, AcledClass['eventType']> = {
  'Air/drone strike': 'Explosions/Remote violence',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence',
  'Remote explosive/landmine/IED': 'Explosions/Remote violence',
  'Suicide bomb': 'Explosions/Remote violence',
  'Armed clash': 'Battles',
  'Peaceful protest': 'Protests',
  Attack: 'Violence against civilians',
};

export const TOWN: NonNullable<Spec['place']> = { id: 'gn:1', name: 'Alpha', lat: 35.0, lon: 38.0, radiusKm: 5 };

export function report(s: Spec): ReportRef {
  const sub = s.sub ?? 'Air/drone strike';
  const quote = s.quote ?? `Warplanes struck ${s.place?.name ?? 'somewhere'} on the day.`;
  const place = s.place === undefined ? TOWN : s.place;
  const event: ConflictEvent = {
    id: `${s.article}-e${s.n ?? 0}`,
    articleId: s.article,
    type: sub === 'Armed clash' ? 'clash' : sub === 'Shelling/artillery/missile attack' ? 'shelling' : 'airstrike',
    acled: { eventType: EVENT_TYPE[sub] ?? 'Explosions/Remote violence', subEventType: sub } as AcledClass,
    actors: (s.actors ?? []).map(([id, role], i) => ({ id, role, text: id, start: 100 + i, end: 101 + i })),
    place: place
      ? { id: place.id, name: place.name, kind: place.kind ?? 'city', country: 'SY', lat: place.lat, lon: place.lon, precision: place.precision ?? 'exact', radiusKm: place.radiusKm ?? 5, text: place.text ?? place.name, start: 0, end: (place.text ?? place.name).length }
      : null,
    date: { value: s.date === undefined ? '2024-05-07' : s.date, precision: s.precision ?? 1, text: s.dateText === undefined ? 'on 7 May' : s.dateText },
    fatalities: s.toll === undefined ? null : { count: s.toll, text: String(s.toll), start: 10, end: 12, qualifier: null },
    quote: { text: quote, start: (s.n ?? 0) * 200, end: (s.n ?? 0) * 200 + quote.length },
    trigger: { text: 'struck', start: 0, end: 6 },
    confidence: 0.8,
    background: s.background ?? false,
    why: ['built by hand'],
  };
  return {
    event,
    article: { id: s.article, title: `Article ${s.article}`, source: s.source ?? `Outlet ${s.article}`, published: s.published === undefined ? '2024-05-08' : s.published },
    component: null,
  };
}

/** groups of a result as sorted lists of event ids, sorted */
export function groupsOf(assignments: readonly { eventId: string; group: string }[]): string[][] {
  const by = new Map<string, string[]>();
  for (const a of assignments) by.set(a.group, [...(by.get(a.group) ?? []), a.eventId]);
  return [...by.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}
