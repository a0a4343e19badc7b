/**
 * The committed quality summary of one dev set, from the evaluation reports.
 * In: a GeoReport (lib/eval/geo.ts, plus EventScores when the gold has events) or an AcledReport
 * (lib/eval/acled-summary.ts) with its example errors, and the dev set's name, file and timing.
 * Out: a QualityDevset (lib/schemas/quality.ts): the headline scores (each with the way that is better, which the
 * floor uses), and for ACLED the per-event-type / per-sub-type / per-country tables, the error classes (counts
 * only) and at most MAX_EXAMPLES examples. Pure: nothing is read or written here.
 */
import { MAX_EXAMPLES, type AcledDevset, type Better, type GeoDevset, type QualityScore } from '../schemas';
import type { GeoReport } from './geo';
import type { EventScores } from './events';
import type { AcledReport, ExampleError, Share } from './acled';

export interface DevsetInfo {
  name: string;
  file: string;
  source: 'devset' | 'project';
  seconds: number;
}

const ratio = (key: string, label: string, value: number, better: Better = 'higher'): QualityScore => ({ key, label, value, better });
const shared = (key: string, label: string, s: Share, better: Better = 'higher'): QualityScore => ({ key, label, value: s.value, n: s.n, of: s.of, better });
const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Toponym recognition and resolution (LGL, GeoVirus, our seed and synthetic gold). */
export function geoDevset(info: DevsetInfo, r: GeoReport, events: EventScores | null = null): GeoDevset {
  const headline: QualityScore[] = [
    ratio('precision', 'toponym precision', r.precision),
    ratio('recall', 'toponym recall', r.recall),
    ratio('f1', 'toponym F1', r.f1),
    ratio('accuracyAtTol', 'resolved within the gold tolerance', r.accuracyAtTol),
    ratio('acc161', 'resolved within 161 km', r.acc161),
    ratio('auc', 'AUC of log error (0 is perfect)', r.auc, 'lower'),
  ];
  if (r.metonymy.total > 0) headline.push({ ...ratio('metonymy', 'metonymy accuracy', r.metonymy.accuracy), n: r.metonymy.correct, of: r.metonymy.total });
  if (r.demonyms.total > 0) headline.push({ ...ratio('demonymRecall', 'demonym recall', r.demonyms.recall), n: r.demonyms.found, of: r.demonyms.total });
  if (events) {
    headline.push(
      { ...ratio('eventPrecision', 'event precision', events.main.precision), n: events.main.tp, of: events.main.tp + events.main.fp },
      { ...ratio('eventRecall', 'event recall', events.main.recall), n: events.main.tp, of: events.main.tp + events.main.fn },
      ratio('eventF1', 'event F1', events.main.f1),
    );
  }
  return {
    kind: 'geo', ...info, seconds: round(info.seconds, 1), rows: r.articles, headline,
    places: r.gold, predicted: r.predicted, meanKm: round(r.meanKm, 1), medianKm: round(r.medianKm, 1), errors: r.errors,
    events: events ? { gold: events.gold, predicted: events.predicted, precision: events.main.precision, recall: events.main.recall, f1: events.main.f1 } : null,
  };
}

/** ACLED event notes: events found, precision, type and sub-type, actor, date, fatalities, place, protests. */
export function acledDevset(info: Omit<DevsetInfo, 'source'>, r: AcledReport, examples: readonly ExampleError[]): AcledDevset {
  const headline: QualityScore[] = [
    shared('foundAll', 'events found, all rows', r.foundAll),
    shared('precisionAll', 'event precision, all rows', r.precisionAll),
    shared('typeAccuracy', 'type right where an event is placed right', r.typeAccuracy),
    shared('subTypeExact', 'ACLED sub-type exact (found rows)', r.subTypeExact),
    shared('actor1', "coder's actor1 among the event's actors (found rows)", r.actor1),
    shared('dateExact', 'event date exact (found rows)', r.dateExact),
    shared('fatalitiesExact', 'fatalities exact where the coder gave a number (found rows)', r.fatalitiesExact),
    shared('located25', 'a place within 25 km (geo_precision 1–2)', r.located25),
    shared('located161', 'a place within 161 km (geo_precision 1–2)', r.located161),
    shared('foundTyped', "events found, rows of the README's type table", r.foundTyped),
    shared('precisionTyped', "event precision, rows of the README's type table", r.precisionTyped),
    shared('peacefulViolent', 'peaceful protests yielding a violent event', r.peacefulViolent, 'lower'),
  ];
  return {
    kind: 'acled', ...info, source: 'devset', seconds: round(info.seconds, 1), rows: r.notes, typedRows: r.typedRows, headline,
    byEventType: r.byEventType, bySubType: r.bySubType, byCountry: r.byCountry,
    errorClasses: r.errors.map(({ cls, count }) => ({ cls, count })),
    examples: examples.slice(0, MAX_EXAMPLES).map((x) => ({ ...x, read: x.read ? { ...x.read, actors: [...x.read.actors] } : null })),
  };
}
