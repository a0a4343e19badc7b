/**
 * Geoparsing scores: predicted mentions against a gold article. Pure functions, no I/O.
 * In: GoldArticle + the Mention[] the geocoder produced for its text. Out: counts, matched pairs with
 * their error in km, metonymy and demonym results; combineScores() sums articles into the report numbers
 * (P, R, F1, accuracy within tolerance, Acc@161km, mean/median error, AUC of the log-error curve).
 * Matching uses span overlap when the gold has start/end, otherwise names in text order.
 */
import type { Mention } from '../schemas';
import { distanceKm as haversineKm, normalizeName } from '../gazetteer';
import type { GoldArticle, GoldPlace } from './gold';

const EARTH_HALF_CIRCUMFERENCE_KM = 20039;

export { haversineKm };

export interface MatchedPair {
  gold: GoldPlace;
  mention: Mention;
  errorKm: number;
  correct: boolean;
  /** wrong and the gold point lies inside the predicted entry's extent (a country for a city, a province for a town) */
  wrongKind: boolean;
}

export interface ArticleScore {
  title: string;
  gold: number;
  predicted: number;
  matched: MatchedPair[];
  missed: GoldPlace[];
  spurious: Mention[];
  metonymy: { phrase: string; correct: boolean; mappedAsPlace: boolean }[];
  demonyms: { gold: number; found: number };
}

export interface ScoreOptions {
  /**
   * Count place names used inside organisation names, as modifiers or metonymically as predicted toponyms
   * (with their resolved place). For corpora such as LGL and GeoVirus, whose annotators marked those too.
   */
  embeddedAsPlaces?: boolean;
}

/** A mention counts as a predicted toponym when it is a location or an unresolved toponym. */
export function isPredictedToponym(m: Mention, opts: ScoreOptions = {}): boolean {
  if (m.isLocation || m.nonLocation === 'unresolved') return true;
  return opts.embeddedAsPlaces === true && m.place !== null && (m.nonLocation === 'organisation' || m.nonLocation === 'attribute' || m.nonLocation === 'metonymy');
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The predicted point to score: the qualified point ("northern Iraq") when the gold annotates the whole
 * phrase, the place itself when the gold annotates only the name inside it (the devsets' convention).
 */
export function pointOf(m: Mention, g?: GoldPlace): { lat: number; lon: number } | null {
  const place = m.place ? { lat: m.place.lat, lon: m.place.lon } : null;
  if (!m.point) return place;
  if (!g) return m.point;
  const goldCoversPhrase =
    g.start !== undefined && g.end !== undefined ? g.start <= m.start && g.end >= m.end : normalizeName(g.name) === normalizeName(m.text);
  return goldCoversPhrase ? m.point : (place ?? m.point);
}

function matchPlaces(gold: GoldPlace[], preds: Mention[]): { pairs: [GoldPlace, Mention][]; missed: GoldPlace[]; used: Set<Mention> } {
  const used = new Set<Mention>();
  const pairs: [GoldPlace, Mention][] = [];
  const missed: GoldPlace[] = [];
  let cursor = 0;
  for (const g of gold) {
    let found: Mention | undefined;
    if (g.start !== undefined && g.end !== undefined) {
      const span = { start: g.start, end: g.end };
      found = preds.find((m) => !used.has(m) && overlaps(m, span));
    } else {
      const key = normalizeName(g.name);
      found = preds.find((m) => !used.has(m) && m.start >= cursor && normalizeName(m.text).includes(key));
      found ??= preds.find((m) => !used.has(m) && normalizeName(m.text).includes(key));
      if (found) cursor = found.start;
    }
    if (found) {
      used.add(found);
      pairs.push([g, found]);
    } else missed.push(g);
  }
  return { pairs, missed, used };
}

/** Locate each gold metonymy item: its own span, or the phrase searched in text order. */
function metonymySpans(a: GoldArticle): { phrase: string; start: number; end: number }[] {
  const out: { phrase: string; start: number; end: number }[] = [];
  let from = 0;
  for (const item of a.metonymy) {
    if (typeof item !== 'string' && item.start !== undefined && item.end !== undefined) {
      out.push({ phrase: item.phrase, start: item.start, end: item.end });
      continue;
    }
    const phrase = typeof item === 'string' ? item : item.phrase;
    let at = a.text.indexOf(phrase, from);
    if (at < 0) at = a.text.indexOf(phrase);
    if (at < 0) {
      out.push({ phrase, start: -1, end: -1 });
      continue;
    }
    from = at + 1;
    out.push({ phrase, start: at, end: at + phrase.length });
  }
  return out;
}

export function scoreArticle(a: GoldArticle, mentions: readonly Mention[], opts: ScoreOptions = {}): ArticleScore {
  const demonymGold = a.places.filter((p) => p.demonym === true);
  const gold = a.places.filter((p) => p.demonym !== true);
  const unresolved = a.unresolved ?? [];
  const excluded = [...demonymGold.filter((d) => d.start !== undefined && d.end !== undefined) as { start: number; end: number }[], ...unresolved];
  const preds = mentions.filter((m) => isPredictedToponym(m, opts)).filter((m) => !excluded.some((x) => overlaps(m, x)) || gold.some((g) => g.start !== undefined && overlaps(m, { start: g.start, end: g.end! })));
  const { pairs, missed, used } = matchPlaces(gold, preds);
  const matched: MatchedPair[] = pairs.map(([g, m]) => {
    const p = pointOf(m, g);
    const errorKm = p ? haversineKm(p.lat, p.lon, g.lat, g.lon) : EARTH_HALF_CIRCUMFERENCE_KM;
    const correct = errorKm <= g.tol_km;
    const extent = m.radiusKm ?? 0;
    const wrongKind = !correct && p !== null && m.place !== null && haversineKm(m.place.lat, m.place.lon, g.lat, g.lon) <= Math.max(extent, 25) && extent > g.tol_km;
    return { gold: g, mention: m, errorKm, correct, wrongKind };
  });
  const spurious = preds.filter((m) => !used.has(m));
  const metonymy = metonymySpans(a).map((x) => {
    const inside = x.start < 0 ? [] : mentions.filter((m) => overlaps(m, x));
    const mappedAsPlace = inside.some((m) => m.isLocation);
    const correct = !mappedAsPlace && inside.some((m) => m.nonLocation === 'metonymy');
    return { phrase: x.phrase, correct, mappedAsPlace };
  });
  const found = demonymGold.filter((d) =>
    d.start !== undefined ? mentions.some((m) => m.nonLocation === 'demonym' && overlaps(m, { start: d.start!, end: d.end! })) : mentions.some((m) => m.nonLocation === 'demonym' && m.text === d.name),
  ).length;
  return { title: a.title, gold: gold.length, predicted: preds.length, matched, missed, spurious, metonymy, demonyms: { gold: demonymGold.length, found } };
}

/** Area under the curve of ln(error + 1) over sorted errors, normalised by ln(20039 km): 0 is perfect, 1 is worst. */
export function aucOfErrors(errorsKm: readonly number[]): number {
  if (errorsKm.length === 0) return 0;
  const ys = [...errorsKm].sort((a, b) => a - b).map((e) => Math.log(e + 1));
  const max = Math.log(EARTH_HALF_CIRCUMFERENCE_KM);
  if (ys.length === 1) return ys[0]! / max;
  let area = 0;
  for (let k = 1; k < ys.length; k++) area += (ys[k - 1]! + ys[k]!) / 2;
  return area / (max * (ys.length - 1));
}

export interface GeoReport {
  articles: number;
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** of matched toponyms: share within each gold tolerance */
  accuracyAtTol: number;
  acc161: number;
  meanKm: number;
  medianKm: number;
  auc: number;
  metonymy: { total: number; correct: number; accuracy: number };
  demonyms: { total: number; found: number; recall: number };
  errors: { missed: number; spurious: number; wrongEntry: number; wrongKind: number; metonymyMapped: number };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function combineScores(scores: readonly ArticleScore[]): GeoReport {
  const pairs = scores.flatMap((s) => s.matched);
  const errors = pairs.map((p) => p.errorKm);
  const sorted = [...errors].sort((a, b) => a - b);
  const gold = scores.reduce((n, s) => n + s.gold, 0);
  const predicted = scores.reduce((n, s) => n + s.predicted, 0);
  const tp = pairs.length;
  const precision = ratio(tp, predicted);
  const recall = ratio(tp, gold);
  const met = scores.flatMap((s) => s.metonymy);
  const dem = scores.reduce((acc, s) => ({ total: acc.total + s.demonyms.gold, found: acc.found + s.demonyms.found }), { total: 0, found: 0 });
  const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const wrong = pairs.filter((p) => !p.correct);
  return {
    articles: scores.length,
    gold,
    predicted,
    truePositives: tp,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    accuracyAtTol: ratio(pairs.filter((p) => p.correct).length, tp),
    acc161: ratio(pairs.filter((p) => p.errorKm <= 161).length, tp),
    meanKm: errors.length ? errors.reduce((a, b) => a + b, 0) / errors.length : 0,
    medianKm: median,
    auc: aucOfErrors(errors),
    metonymy: { total: met.length, correct: met.filter((m) => m.correct).length, accuracy: ratio(met.filter((m) => m.correct).length, met.length) },
    demonyms: { ...dem, recall: ratio(dem.found, dem.total) },
    errors: {
      missed: scores.reduce((n, s) => n + s.missed.length, 0),
      spurious: scores.reduce((n, s) => n + s.spurious.length, 0),
      wrongEntry: wrong.filter((p) => !p.wrongKind).length,
      wrongKind: wrong.filter((p) => p.wrongKind).length,
      metonymyMapped: met.filter((m) => m.mappedAsPlace).length,
    },
  };
}
