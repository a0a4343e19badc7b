/**
 * Stage 5, mentions: turn each span and its resolution into a Mention with precision, point, radius,
 * qualifier and a human-readable `why` (deciding factor first) plus the top five candidates.
 * In: the article context, spans, resolutions, article focus, the gazetteer (for border partners, demonym
 * countries and the focus region). Out: Mention[] in text order. Persons and common words are not toponyms and
 * produce no mention. A name in no gazetteer that the text marks as a place (unknown.ts) is a location with
 * `inGazetteer: false`, its written name, and the point, precision and radius of the known place it is put at
 * (`parent`); with no known place to put it at it is reported unresolved.
 */
import type { GazetteerEntry, Mention, PlaceRef, Precision } from '../schemas';
import type { Gazetteer } from '../gazetteer';
import { LEXICON } from './lexicon';
import { THRESHOLDS } from './data';
import { boxOf, borderZone, directionalPart, offsetFrom, type Area } from './geometry';
import type { ArticleFocus } from './resolve';
import type { Context } from './context';
import { distanceKm } from '../geo';
import type { Resolution, ScoredCandidate, Span } from './types';
import { contradictsParent, placeUnknown, type UnknownPlacement } from './unknown';

const EXACT_KINDS: ReadonlySet<string> = new Set(THRESHOLDS.geometry.exactKinds);

const ref = (e: GazetteerEntry): PlaceRef => ({ id: e.id, name: e.name, kind: e.kind, country: e.country, lat: e.lat, lon: e.lon });

const fmtPop = (p: number) => (p >= 1e6 ? `${(p / 1e6).toFixed(1)}M` : p >= 1e3 ? `${Math.round(p / 1e3)}k` : String(p));
const label = (e: GazetteerEntry) => `${e.name}${e.country ? `, ${e.country}` : ''} (${e.kind})`;

function featureText(name: string, v: number, e: GazetteerEntry, span: Span, focus: ArticleFocus): string {
  const n = `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}`;
  switch (name) {
    case 'prior':
      return e.population !== null && e.population > 0 ? `${e.kind} of population ${fmtPop(e.population)} (${n})` : `${e.kind}${['city', 'town', 'village'].includes(e.kind) ? ', population unknown' : ''} (${n})`;
    case 'match':
      return v > 0 ? `primary name (${n})` : `matched an alternate name (${n})`;
    case 'focus':
      return `focus country ${e.country} (${n})`;
    case 'region':
      return `focus region ${e.admin1} (${n})`;
    case 'near':
      return `close to places already resolved (${n})`;
    case 'same':
      return `same name resolved to it earlier in the article (${n})`;
    case 'parent':
      return span.parent ? `inside "${span.parent.text}" written after it (${n})` : `in ${span.parentCountry}, named right after it (${n})`;
    case 'hint':
      return `"${span.qualifier?.word ?? span.kindHint}" fits a ${e.kind} (${n})`;
    case 'list':
      return `listed with other ${e.kind === 'country' ? 'countries' : 'states or provinces'} (${n})`;
    case 'asParent':
      return `written after another place as its region (${n})`;
    case 'together':
      return `next to a place of another name in the article (${n})`;
    case 'seat':
      return `the city that gives its name to the region (${n})`;
    case 'city':
      return `neighbourhood of the focus city ${focus.city?.name ?? ''} (${n})`;
    default:
      return `${name} (${n})`;
  }
}

function decision(r: Resolution, focus: ArticleFocus): string {
  const w = r.chosen!;
  const second = r.ranked[1];
  if (!second) return `only candidate: ${label(w.entry)} — ${Object.entries(w.features).map(([k, v]) => featureText(k, v, w.entry, r.span, focus)).join(', ')}`;
  const diffs = Object.keys({ ...w.features, ...second.features })
    .map((k) => ({ k, d: (w.features[k] ?? 0) - (second.features[k] ?? 0) }))
    .filter((x) => x.d > 0.01)
    .sort((a, b) => b.d - a.d)
    .slice(0, 3)
    .map((x) => featureText(x.k, w.features[x.k]!, w.entry, r.span, focus));
  return `chose ${label(w.entry)} over ${label(second.entry)} — ${diffs.join(', ') || 'tie broken by id'}; score ${w.score} vs ${second.score} of ${r.ranked.length} candidates`;
}

function candidates(r: Resolution | undefined): Mention['candidates'] {
  return (r?.ranked ?? []).slice(0, 5).map((c: ScoredCandidate) => ({ id: c.entry.id, name: c.entry.name, kind: c.entry.kind, country: c.entry.country, score: c.score }));
}

/** The border partner: the focus country (by share) whose extent touches this country's; else the top one. */
function borderPartner(gaz: Gazetteer, focus: ArticleFocus, of: GazetteerEntry): GazetteerEntry | null {
  const ranked = [...focus.countries].filter(([cc]) => cc !== of.country).sort((a, b) => b[1] - a[1]);
  const entries = ranked.map(([cc]) => gaz.byId(`iso:${cc}`)).filter((e): e is GazetteerEntry => e !== undefined);
  const a = boxOf(of);
  const touches = (e: GazetteerEntry) => {
    const b = boxOf(e);
    return a[0] - 1 < b[2] && b[0] - 1 < a[2] && a[1] - 1 < b[3] && b[1] - 1 < a[3];
  };
  return entries.find(touches) ?? entries[0] ?? null;
}

interface Placed {
  area: Area;
  precision: Precision;
  why: string[];
}

function place(span: Span, e: GazetteerEntry, gaz: Gazetteer, focus: ArticleFocus, picks: Map<Span, Resolution>): Placed {
  const q = span.qualifier;
  const base: Area = { lat: e.lat, lon: e.lon, radiusKm: e.radiusKm };
  const natural: Precision = e.kind === 'country' ? 'country' : EXACT_KINDS.has(e.kind) ? 'exact' : 'region';
  if (!q) return { area: base, precision: natural, why: [] };
  if (q.kind === 'border' || q.role === 'border') {
    const otherPick = q.other ? (picks.get(q.other)?.chosen?.entry ?? q.other.entries.find((x) => x.kind === 'country') ?? null) : null;
    const other = otherPick ?? borderPartner(gaz, focus, e);
    if (!other) return { area: { ...base }, precision: 'region', why: ['border partner unknown: placed at the country'] };
    const zone = gaz.lookup(`${e.name} ${other.name} border`)[0] ?? gaz.lookup(`${other.name} ${e.name} border`)[0];
    if (zone) return { area: { lat: zone.lat, lon: zone.lon, radiusKm: zone.radiusKm }, precision: 'region', why: [`border zone entry ${zone.name}`] };
    return { area: borderZone(e, other), precision: 'region', why: [`point on the ${e.name}–${other.name} border where their extents meet${otherPick ? '' : ` (${other.name} is the article's focus country)`}`] };
  }
  const cityLike = EXACT_KINDS.has(e.kind);
  if (q.kind === 'direction' && q.direction) {
    const box = q.role === 'countryside' && cityLike ? boxOf(e, LEXICON.cityCountrysideKm) : boxOf(e);
    return { area: directionalPart(box, q.direction), precision: 'region', why: [`${q.word} part of ${e.name}'s extent`] };
  }
  if (q.kind === 'near') {
    if (q.direction) return { area: offsetFrom(e, q.direction), precision: 'near', why: [] };
    return { area: { ...base, radiusKm: Math.round(e.radiusKm + 10) }, precision: 'near', why: [] };
  }
  if (q.role === 'countryside') return { area: { ...base, radiusKm: cityLike ? LEXICON.cityCountrysideKm : e.radiusKm }, precision: 'region', why: [] };
  if (q.role === 'neighbourhood' && e.kind !== 'neighbourhood') {
    return { area: { ...base }, precision: 'near', why: [`no neighbourhood entry: placed at ${e.name}`] };
  }
  return { area: base, precision: natural, why: [] };
}

function nonLocation(span: Span, reason: NonNullable<Mention['nonLocation']>, r: Resolution | undefined, gaz: Gazetteer): Mention {
  const entry = span.role === 'demonym' ? (span.demonymCountry ? gaz.byId(`iso:${span.demonymCountry}`) : undefined) : r?.chosen?.entry;
  return {
    text: span.text, start: span.start, end: span.end, isLocation: false,
    place: entry ? ref(entry) : null, precision: null, radiusKm: null, point: null, qualifier: null,
    nonLocation: reason, why: [...span.notes], candidates: candidates(r),
  };
}

/** The mention of a name in no gazetteer, drawn at the known place it lies in or near. */
function unknownMention(text: string, span: Span, u: UnknownPlacement, start: number, end: number, qualifier: string | null): Mention {
  const p = u.parent;
  return {
    text: text.slice(start, end), start, end, isLocation: true,
    place: { id: u.id, name: u.name, kind: u.kind, country: p.country, lat: p.lat, lon: p.lon },
    precision: u.precision, radiusKm: Math.round(u.radiusKm * 10) / 10, point: null, qualifier, nonLocation: null,
    why: [u.why, ...span.notes.filter((n) => !n.startsWith(NOT_IN_GAZETTEER))], candidates: [],
    inGazetteer: false, parent: ref(p),
  };
}

const NOT_IN_GAZETTEER = 'not in the gazetteer';

export function toMentions(c: Context, spans: readonly Span[], resolutions: Map<Span, Resolution>, focus: ArticleFocus, gaz: Gazetteer): Mention[] {
  const text = c.text;
  const out: Mention[] = [];
  for (const span of spans) {
    const r = resolutions.get(span);
    switch (span.role) {
      case 'demonym':
      case 'organisation':
      case 'attribute':
      case 'metonymy':
        out.push(nonLocation(span, span.role, r, gaz));
        continue;
      case 'person':
      case 'common':
      case 'merged':
        continue;
      default:
        break;
    }
    const q = span.qualifier;
    const start = q ? Math.min(q.start, span.start) : span.start;
    const end = q ? Math.max(q.end, span.end) : span.end;
    if (r?.abstained) {
      out.push({
        text: text.slice(start, end), start, end, isLocation: false, place: null, precision: null, radiusKm: null, point: null,
        qualifier: q?.word ?? null, nonLocation: 'unresolved', why: [...r.abstained, ...span.notes], candidates: candidates(r),
      });
      continue;
    }
    const entry = r?.chosen?.entry ?? null;
    const elsewhere = entry ? contradictsParent(span, entry, resolutions) : null;
    if (entry && elsewhere) {
      const u = placeUnknown(c, span, spans, resolutions, focus, gaz);
      if (u && u !== 'drop') {
        u.why = `${u.why}; the gazetteer's ${entry.name} lies ${Math.round(distanceKm(entry.lat, entry.lon, elsewhere.lat, elsewhere.lon))} km from ${elsewhere.name}`;
        out.push(unknownMention(text, span, u, start, end, q?.word ?? null));
        continue;
      }
    }
    if (!entry && span.source === 'cue') {
      const u = placeUnknown(c, span, spans, resolutions, focus, gaz);
      if (u === 'drop') continue;
      if (u) {
        out.push(unknownMention(text, span, u, start, end, q?.word ?? null));
        continue;
      }
    }
    if (!entry) {
      out.push({
        text: text.slice(start, end), start, end, isLocation: false, place: null, precision: null, radiusKm: null, point: null,
        qualifier: q?.word ?? null, nonLocation: 'unresolved', why: [...span.notes, 'no gazetteer entry fits'], candidates: [],
      });
      continue;
    }
    const why: string[] = [];
    const placed = place(span, entry, gaz, focus, resolutions);
    if (r?.chosen) why.push(decision(r, focus));
    why.push(...placed.why, ...span.notes);
    if (span.actorCue) why.push(`used as actor (${span.actorCue}); kept as a location`);
    const moved = placed.area.lat !== entry.lat || placed.area.lon !== entry.lon;
    out.push({
      text: text.slice(start, end), start, end, isLocation: true, place: ref(entry), precision: placed.precision,
      radiusKm: Math.round(placed.area.radiusKm * 10) / 10,
      point: moved ? { lat: Math.round(placed.area.lat * 1e4) / 1e4, lon: Math.round(placed.area.lon * 1e4) / 1e4 } : null,
      qualifier: q?.word ?? null, nonLocation: null, why, candidates: candidates(r),
    });
  }
  return out;
}
