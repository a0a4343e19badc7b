/**
 * Deterministic synthetic StoredArticles for cross-checks and benchmarks (not real news: templates + a PRNG).
 * In: how many articles, events per article, a seed. Out: schema-valid documents with varied places, actors,
 * dates, background flags and quotes, including undated and unplaced events.
 */
import type { ConflictEvent, EventType, Mention } from '@/lib/schemas';
import type { StoredArticle } from '@/lib/store/types';
import { defaultAcled } from '@/lib/extract';
import { prng } from '../../support/prng';

export { prng };

export const ACTOR_IDS = ['russia', 'syria-gov', 'turkey', 'rebels', 'sdf', 'isis', 'usa', 'iran'] as const;
export const TYPES: EventType[] = ['airstrike', 'shelling', 'clash', 'base', 'truce', 'talks', 'deployment', 'displacement'];
const VERB: Partial<Record<EventType, string>> = {
  airstrike: 'bombed', shelling: 'shelled', clash: 'clashed near', base: 'set up a base at', truce: 'agreed a truce in',
  talks: 'held talks in', deployment: 'deployed to', displacement: 'forced families out of',
};
const SYL = ['al', 'bar', 'kef', 'dor', 'mun', 'sar', 'tel', 'qas', 'rum', 'jab', 'hin', 'zor', 'lat', 'oum', 'nik'];

export interface SynthPlace { id: string; name: string; lat: number; lon: number; radiusKm: number }

export function syntheticPlaces(n: number, rand: () => number): SynthPlace[] {
  return Array.from({ length: n }, (_, i) => {
    const name = `${SYL[Math.floor(rand() * SYL.length)]}${SYL[Math.floor(rand() * SYL.length)]} ${SYL[i % SYL.length]}${i}`.replace(/^./, (c) => c.toUpperCase());
    const world = rand() < 0.05;
    return {
      id: `cu:synth-${i}`,
      name,
      lat: Math.round((world ? -60 + rand() * 130 : 32 + rand() * 5) * 100) / 100,
      lon: Math.round((world ? -180 + rand() * 360 : 35 + rand() * 7) * 100) / 100,
      radiusKm: Math.round(rand() * 30 * 10) / 10,
    };
  });
}

function isoDay(rand: () => number): string {
  const d = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 730) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export function syntheticDoc(i: number, rand: () => number, places: SynthPlace[], eventsPerArticle: number, prefix = 'synthetic'): StoredArticle {
  const id = `${prefix}-${i.toString(36)}-${Math.floor(rand() * 0xffffffff).toString(16).padStart(8, '0')}`;
  const sentences: { text: string; type: EventType; place: SynthPlace | null; actors: string[] }[] = [];
  for (let k = 0; k < eventsPerArticle; k++) {
    const type = TYPES[Math.floor(rand() * TYPES.length)]!;
    const place = rand() < 0.9 ? places[Math.floor(rand() * places.length)]! : null;
    const actors = ACTOR_IDS.filter(() => rand() < 0.2);
    const who = actors.length ? actors.join(' and ') : 'Unidentified forces';
    sentences.push({ text: `${who} ${VERB[type]} ${place ? place.name : 'an unnamed area'} (report ${k}).`, type, place, actors });
  }
  const title = `Report ${i}: ${sentences[0]?.place?.name ?? 'unrest'} ${rand() < 0.5 ? 'attack' : 'update'}`;
  const body = sentences.map((s) => s.text).join(' ');
  const mentions: Mention[] = [];
  const events: ConflictEvent[] = [];
  let offset = 0;
  sentences.forEach((s, k) => {
    const start = offset;
    const end = start + s.text.length;
    offset = end + 1;
    const pStart = s.place ? start + s.text.indexOf(s.place.name) : start;
    const ref = s.place ? { id: s.place.id, name: s.place.name, kind: 'town' as const, country: 'SY', lat: s.place.lat, lon: s.place.lon } : null;
    if (s.place && ref) {
      mentions.push({ text: s.place.name, start: pStart, end: pStart + s.place.name.length, isLocation: true, place: ref, precision: 'exact',
        radiusKm: s.place.radiusKm, point: null, qualifier: null, nonLocation: null, why: ['synthetic'], candidates: [] });
    }
    const dated = rand() < 0.85;
    const verb = VERB[s.type] ?? s.type;
    events.push({
      id: `${id}-e${k}`, articleId: id, type: s.type, acled: defaultAcled(s.type),
      // the first actor acts, a second one is its target (the role filter tells them apart)
      actors: s.actors.map((a, i) => ({ id: a, role: i === 0 ? ('actor' as const) : ('target' as const), text: a, start: start + s.text.indexOf(a), end: start + s.text.indexOf(a) + a.length })),
      place: s.place && ref ? { ...ref, precision: 'exact', radiusKm: s.place.radiusKm, text: s.place.name, start: pStart, end: pStart + s.place.name.length } : null,
      date: dated ? { value: isoDay(rand), precision: 1, text: null } : { value: null, precision: null, text: null },
      fatalities: null,
      quote: { start, end, text: s.text },
      trigger: { start: start + s.text.indexOf(verb), end: start + s.text.indexOf(verb) + verb.length, text: verb },
      confidence: Math.round(rand() * 100) / 100,
      background: rand() < 0.1,
      why: ['synthetic'],
    });
  });
  const published = rand() < 0.9 ? isoDay(rand) : null;
  return {
    article: { id, title, published, body, paragraphs: [{ start: 0, end: body.length }], source: 'synthetic', url: null, boilerplate: [] },
    mentions,
    events,
    pipelineVersion: 'synthetic',
  };
}

export function syntheticDocs(n: number, opts: { seed?: number; eventsPerArticle?: number; places?: number } = {}): StoredArticle[] {
  const rand = prng(opts.seed ?? 1);
  const places = syntheticPlaces(opts.places ?? 60, rand);
  return Array.from({ length: n }, (_, i) => syntheticDoc(i, rand, places, opts.eventsPerArticle ?? 5));
}

/**
 * Another outlet's telling of article `d`: the same events (sub-type, place, day, actors) under its own id, title
 * and figures. The told events get explicit dates (precision 1, "on Monday") and fine places on both sides, so the
 * resolution rules merge most of them (others stay apart; what counts is that every store agrees).
 */
export function retell(d: StoredArticle, i: number, rand: () => number): [StoredArticle, StoredArticle] {
  const fine = (e: ConflictEvent): ConflictEvent => ({
    ...e,
    date: e.date.value ? { value: e.date.value, precision: 1, text: 'on Monday' } : e.date,
    place: e.place ? { ...e.place, radiusKm: Math.min(e.place.radiusKm, 5) } : null,
    fatalities: rand() < 0.7 ? { count: 1 + Math.floor(rand() * 9), text: 'people', start: e.quote.start, end: e.quote.start + 1, qualifier: null } : null,
  });
  const id = `retold-${i}-${d.article.id.slice(-8)}`;
  const orig = { ...d, events: d.events.map(fine) };
  const copy: StoredArticle = {
    ...orig,
    article: { ...orig.article, id, title: `Second outlet ${i}: ${orig.article.title}`, source: 'other outlet' },
    mentions: [],
    events: orig.events.map((e, k) => ({ ...fine(e), id: `${id}-e${k}`, articleId: id })),
  };
  return [orig, copy];
}
