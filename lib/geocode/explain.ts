/**
 * Stage 5, mentions: turn each span and its resolution into a Mention with precision, point, radius,
 * qualifier and a human-readable `why` (deciding factor first) plus the top five candidates.
 * In: spans, resolutions, article focus, the gazetteer (for border partners and demonym countries).
 * Out: Mention[] in text order. Persons and common words are not toponyms and produce no mention.
 */
import type { GazetteerEntry, Mention, PlaceRef, Precision } from '../schemas';
import type { Gazetteer } from '../gazetteer';
import { LEXICON } from './lexicon';
import { THRESHOLDS } from './data';
import { boxOf, borderZone, directionalPart, offsetFrom, type Area } from './geometry';
import type { ArticleFocus } from './resolve';
import type { Resolution, ScoredCandidate, Span } from './types';

const EXACT_KINDS: ReadonlySet<string> = new Set(THRESHOLDS.geometry.exactKinds);
/** kind words that mark an unknown name as a place without saying which kind ("the Old City district") */
const CUE_WORDS: ReadonlySet<string> = new Set(THRESHOLDS.recognise.cueWords);

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

export function toMentions(text: string, spans: readonly Span[], resolutions: Map<Span, Resolution>, focus: ArticleFocus, gaz: Gazetteer): Mention[] {
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
    let entry = r?.chosen?.entry ?? null;
    const why: string[] = [];
    if (!entry && span.source === 'cue' && focus.city && (span.kindHint === 'neighbourhood' || q?.role === 'neighbourhood' || (q !== undefined && CUE_WORDS.has(q.word.toLowerCase())))) {
      entry = focus.city;
      why.push(`"${span.text}" is not in the gazetteer: placed at the focus city ${focus.city.name}`);
    }
    if (!entry) {
      out.push({
        text: text.slice(start, end), start, end, isLocation: false, place: null, precision: null, radiusKm: null, point: null,
        qualifier: q?.word ?? null, nonLocation: 'unresolved', why: [...span.notes, 'no gazetteer entry fits'], candidates: [],
      });
      continue;
    }
    const placed = place(span, entry, gaz, focus, resolutions);
    if (r?.chosen) why.push(decision(r, focus));
    why.push(...placed.why, ...span.notes);
    if (span.actorCue) why.push(`used as actor (${span.actorCue}); kept as a location`);
    const precision = entry === focus.city && why[0]?.startsWith('"') ? 'near' : placed.precision;
    const moved = placed.area.lat !== entry.lat || placed.area.lon !== entry.lon;
    out.push({
      text: text.slice(start, end), start, end, isLocation: true, place: ref(entry), precision,
      radiusKm: Math.round(placed.area.radiusKm * 10) / 10,
      point: moved ? { lat: Math.round(placed.area.lat * 1e4) / 1e4, lon: Math.round(placed.area.lon * 1e4) / 1e4 } : null,
      qualifier: q?.word ?? null, nonLocation: null, why, candidates: candidates(r),
    });
  }
  return out;
}
