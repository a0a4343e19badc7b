/**
 * A group of reports → the resolved event the map draws.
 * In: the reports of one group (profiles), a comparison function and the constraints. Out: its primary report
 * and the resolved ConflictEvent: the primary's id, type, ACLED class, place, date and quote; the union of the
 * actors (those only another report names carry its `articleId`); the lowest figure (ACLED) with the range when
 * reports differ; every report with its own figure, date, sentence and the reasons it belongs.
 * Primary (deterministic): a day-precise date from the report's own words first, then the finest place, then a
 * figure given, then the most confident, then the earliest published, then the event id.
 */
import type { ConflictEvent, EventActor, Report } from '../schemas';
import { pairKey, type Constraints } from './constraints';
import type { Comparison, ReportProfile } from './compare';

export interface Resolved {
  primary: ReportProfile;
  /** the served event; for a lone report, the report itself */
  event: ConflictEvent;
}

/** a profile's rank, read once per profile (a group's primary is chosen again at every write that touches it) */
const RANKS = new WeakMap<ReportProfile, (number | string)[]>();
function rank(p: ReportProfile): (number | string)[] {
  let out = RANKS.get(p);
  if (out) return out;
  const e = p.event;
  const datePrecision = e.date.value === null ? 9 : e.date.text === null ? (e.date.precision ?? 9) + 0.5 : (e.date.precision ?? 9);
  out = [datePrecision, e.place?.radiusKm ?? Infinity, e.fatalities ? 0 : 1, -e.confidence, p.ref.article.published ?? '9999', e.id];
  RANKS.set(p, out);
  return out;
}

function better(a: ReportProfile, b: ReportProfile): number {
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) {
    if (ra[i]! < rb[i]!) return -1;
    if (ra[i]! > rb[i]!) return 1;
  }
  return 0;
}

export function choosePrimary(group: readonly ReportProfile[]): ReportProfile {
  return [...group].sort(better)[0]!;
}

function report(p: ReportProfile, why: string[]): Report {
  const e = p.event;
  return {
    eventId: e.id,
    key: p.key,
    articleId: p.ref.article.id,
    title: p.ref.article.title,
    source: p.ref.article.source,
    published: p.ref.article.published,
    quote: { text: e.quote.text, start: e.quote.start, end: e.quote.end },
    fatalities: e.fatalities?.count ?? null,
    date: e.date.value,
    why,
  };
}

export function resolveGroup(group: readonly ReportProfile[], compareOf: (a: ReportProfile, b: ReportProfile) => Comparison, cons: Constraints): Resolved {
  const primary = choosePrimary(group);
  if (group.length === 1) return { primary, event: primary.event };
  const others = group.filter((p) => p !== primary).sort((a, b) => (a.ref.article.published ?? '9999').localeCompare(b.ref.article.published ?? '9999') || (a.event.id < b.event.id ? -1 : 1));
  const whyOf = (p: ReportProfile): string[] => {
    const decided = cons.must.size ? cons.must.get(pairKey(p.key, primary.key)) : undefined;
    if (decided !== undefined) return [`an analyst merged it (override ${decided})`];
    const c = compareOf(p, primary);
    if (c.compatible) return [`score ${c.score} with the primary report: ${c.reasons.join('; ')}`];
    // joined through another report: the strongest compatible link inside the group
    let best: { c: Comparison; with: ReportProfile } | null = null;
    for (const q of group) {
      if (q === p) continue;
      const m = cons.must.size ? cons.must.get(pairKey(p.key, q.key)) : undefined;
      if (m !== undefined) return [`an analyst merged it with ${q.event.id} (override ${m})`];
      const cq = compareOf(p, q);
      if (cq.compatible && (!best || cq.score > best.c.score)) best = { c: cq, with: q };
    }
    return best ? [`score ${best.c.score} with ${best.with.event.id}: ${best.c.reasons.join('; ')}`] : ['kept with the group by an analyst'];
  };
  const reports = [report(primary, ['primary: the most precise report (date, place, figure)']), ...others.map((p) => report(p, whyOf(p)))];

  const actors: EventActor[] = [...primary.event.actors];
  const seen = new Set(actors.map((a) => `${a.id}|${a.role}`));
  for (const p of others)
    for (const a of p.event.actors) {
      const k = `${a.id}|${a.role}`;
      if (seen.has(k)) continue;
      seen.add(k);
      actors.push({ ...a, articleId: p.event.articleId });
    }

  const withToll = group.filter((p) => p.event.fatalities);
  let fatalities = primary.event.fatalities;
  let fatalitiesRange: ConflictEvent['fatalitiesRange'];
  if (withToll.length) {
    const lowest = [...withToll].sort((a, b) => a.event.fatalities!.count - b.event.fatalities!.count || better(a, b))[0]!;
    const counts = withToll.map((p) => p.event.fatalities!.count);
    const [min, max] = [Math.min(...counts), Math.max(...counts)];
    fatalities = lowest === primary ? primary.event.fatalities : { ...lowest.event.fatalities!, articleId: lowest.event.articleId };
    if (min !== max) fatalitiesRange = { min, max };
  }
  const sources = [...new Set(group.map((p) => p.ref.article.source ?? p.ref.article.title))];
  const event: ConflictEvent = {
    ...primary.event,
    actors,
    fatalities,
    confidence: Math.max(...group.map((p) => p.event.confidence)),
    why: [...primary.event.why, `one event told by ${group.length} reports (${sources.join('; ')})`],
    reports,
    ...(fatalitiesRange ? { fatalitiesRange } : {}),
  };
  if (!fatalitiesRange) delete event.fatalitiesRange;
  return { primary, event };
}
