/**
 * Event evaluation: gold events (hand-written per article) against extracted ConflictEvents.
 * In: gold articles ({text, published, events?}) and, per article, the predicted events — or the
 * geoparser's mentions, in which case events are extracted here first (what scripts/eval.ts passes).
 * Out: EventScores (precision, recall, actor/target/date/fatality accuracy, per-type and per-actor F1,
 * background scored apart) and `formatEventScores` for the CLI.
 * Matching: same type and predicted place within the gold tol_km; greedy, best quote overlap first.
 * Background events (gold `background: true` / predicted `background`) are matched among themselves
 * and reported apart; they never count in the main precision and recall.
 */
import { distanceKm } from '../geo';
import { z } from 'zod';
import { EventType, type ConflictEvent, type Mention } from '../schemas';
import { extractEvents } from '../extract';

export const GoldEvent = z.object({
  type: EventType,
  place: z.object({ name: z.string().min(1), lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), tol_km: z.number().positive() }),
  /** ids of the acting actors (data/actors.json) */
  actors: z.array(z.string()),
  targets: z.array(z.string()).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  fatalities: z.number().int().nonnegative().nullable(),
  /** a substring of the supporting sentence */
  quote: z.string().min(1),
  background: z.boolean().optional(),
});
export type GoldEvent = z.infer<typeof GoldEvent>;

export interface Tally { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number }
export interface EventError { article: number; kind: 'missed' | 'spurious' | 'actors' | 'date'; type: string; quote: string; detail: string }
export interface EventScores {
  articles: number;
  gold: number;
  predicted: number;
  main: Tally;
  background: Tally;
  byType: Record<string, Tally>;
  actorAccuracy: number | null;
  targetAccuracy: number | null;
  perActor: Record<string, Tally>;
  dateAccuracy: number | null;
  dateExact: number | null;
  fatalityAccuracy: number | null;
  matched: number;
  errors: EventError[];
}

function tally(tp: number, fp: number, fn: number): Tally {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]+/g) ?? []);
function overlap(goldQuote: string, sentence: string): number {
  if (sentence.includes(goldQuote)) return 1;
  const g = words(goldQuote);
  const p = words(sentence);
  let n = 0;
  for (const w of g) if (p.has(w)) n++;
  return g.size ? n / g.size : 0;
}

interface Pair { g: number; p: number; q: number; km: number }

/** Greedy one-to-one matching by type + place tolerance, best quote overlap then distance first. */
export function matchEvents(gold: readonly GoldEvent[], pred: readonly ConflictEvent[]): [number, number][] {
  const pairs: Pair[] = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    if (p.type !== g.type || !p.place) return;
    const km = distanceKm(g.place.lat, g.place.lon, p.place.lat, p.place.lon);
    if (km > g.place.tol_km) return;
    pairs.push({ g: gi, p: pi, q: overlap(g.quote, p.quote.text), km });
  }));
  pairs.sort((a, b) => b.q - a.q || a.km - b.km);
  const usedG = new Set<number>(), usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const x of pairs) {
    if (usedG.has(x.g) || usedP.has(x.p)) continue;
    usedG.add(x.g); usedP.add(x.p); out.push([x.g, x.p]);
  }
  return out;
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a), y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
};

function isMentionList(list: readonly unknown[]): boolean {
  return list.some((x) => typeof x === 'object' && x !== null && 'isLocation' in x);
}

export function parseGoldEvents(events: unknown[] | undefined, article: number): GoldEvent[] {
  return (events ?? []).map((e, i) => {
    const r = GoldEvent.safeParse(e);
    if (!r.success) {
      throw new Error(`gold article ${article} event ${i} is invalid: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    }
    return r.data;
  });
}

export function scoreEvents(
  goldArticles: { events?: unknown[]; text: string; published?: string | null }[],
  predicted: ConflictEvent[][] | Mention[][],
): EventScores {
  const n = { tp: 0, fp: 0, fn: 0 }, bg = { tp: 0, fp: 0, fn: 0 };
  const types: Record<string, { tp: number; fp: number; fn: number }> = {};
  const actors: Record<string, { tp: number; fp: number; fn: number }> = {};
  let actorOk = 0, targetOk = 0, targetN = 0, dateOk = 0, dateExact = 0, dateN = 0, fatOk = 0, matched = 0;
  let goldTotal = 0, predTotal = 0;
  const errors: EventError[] = [];
  const bump = (m: Record<string, { tp: number; fp: number; fn: number }>, k: string, f: 'tp' | 'fp' | 'fn') => {
    m[k] ??= { tp: 0, fp: 0, fn: 0 };
    m[k][f]++;
  };
  goldArticles.forEach((article, ai) => {
    if (!Array.isArray(article.events)) return;
    const gold = parseGoldEvents(article.events, ai);
    const raw = predicted[ai] ?? [];
    const pred: ConflictEvent[] = isMentionList(raw)
      ? extractEvents({ articleId: `gold-${ai}`, text: article.text, published: article.published ?? null, mentions: raw as Mention[] })
      : (raw as ConflictEvent[]);
    goldTotal += gold.length; predTotal += pred.length;
    for (const isBg of [false, true]) {
      const g = gold.filter((e) => Boolean(e.background) === isBg);
      const p = pred.filter((e) => e.background === isBg);
      const pairs = matchEvents(g, p);
      const t = isBg ? bg : n;
      t.tp += pairs.length; t.fp += p.length - pairs.length; t.fn += g.length - pairs.length;
      if (isBg) continue;
      const mg = new Set(pairs.map(([x]) => x)), mp = new Set(pairs.map(([, y]) => y));
      g.forEach((e, i) => {
        bump(types, e.type, mg.has(i) ? 'tp' : 'fn');
        if (!mg.has(i)) errors.push({ article: ai, kind: 'missed', type: e.type, quote: e.quote, detail: `at ${e.place.name}` });
      });
      p.forEach((e, i) => {
        if (mp.has(i)) return;
        bump(types, e.type, 'fp');
        errors.push({ article: ai, kind: 'spurious', type: e.type, quote: e.quote.text.slice(0, 120), detail: `at ${e.place?.name ?? 'no place'} (trigger "${e.trigger.text}")` });
      });
      for (const [gi, pi] of pairs) {
        const ge = g[gi]!, pe = p[pi]!;
        matched++;
        const acting = pe.actors.filter((a) => a.role === 'actor').map((a) => a.id);
        if (sameSet(ge.actors, acting)) actorOk++;
        else errors.push({ article: ai, kind: 'actors', type: ge.type, quote: ge.quote, detail: `gold [${ge.actors.join(', ')}] vs predicted [${acting.join(', ')}]` });
        for (const id of new Set([...ge.actors, ...acting])) bump(actors, id, ge.actors.includes(id) ? (acting.includes(id) ? 'tp' : 'fn') : 'fp');
        if (ge.targets) {
          targetN++;
          if (sameSet(ge.targets, pe.actors.filter((a) => a.role === 'target').map((a) => a.id))) targetOk++;
        }
        if (ge.date) {
          dateN++;
          const v = pe.date.value;
          if (v === ge.date) dateExact++;
          if (v && Math.abs(Date.parse(v) - Date.parse(ge.date)) <= 86_400_000) dateOk++;
          else errors.push({ article: ai, kind: 'date', type: ge.type, quote: ge.quote, detail: `gold ${ge.date} vs predicted ${v ?? 'null'} ("${pe.date.text ?? 'publication'}")` });
        }
        if ((pe.fatalities?.count ?? null) === ge.fatalities) fatOk++;
      }
    }
  });
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    articles: goldArticles.filter((a) => Array.isArray(a.events)).length,
    gold: goldTotal,
    predicted: predTotal,
    main: tally(n.tp, n.fp, n.fn),
    background: tally(bg.tp, bg.fp, bg.fn),
    byType: Object.fromEntries(Object.entries(types).map(([k, v]) => [k, tally(v.tp, v.fp, v.fn)])),
    actorAccuracy: ratio(actorOk, matched),
    targetAccuracy: ratio(targetOk, targetN),
    perActor: Object.fromEntries(Object.entries(actors).map(([k, v]) => [k, tally(v.tp, v.fp, v.fn)])),
    dateAccuracy: ratio(dateOk, dateN),
    dateExact: ratio(dateExact, dateN),
    fatalityAccuracy: ratio(fatOk, matched),
    matched,
    errors,
  };
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

export function formatEventScores(s: EventScores): string {
  const lines = [
    `Events: ${s.articles} articles, ${s.gold} gold, ${s.predicted} predicted (background scored apart)`,
    `  main:       P ${pct(s.main.precision)}  R ${pct(s.main.recall)}  F1 ${pct(s.main.f1)}  (tp ${s.main.tp}, fp ${s.main.fp}, fn ${s.main.fn})`,
    `  background: P ${pct(s.background.precision)}  R ${pct(s.background.recall)}  (tp ${s.background.tp}, fp ${s.background.fp}, fn ${s.background.fn})`,
    `  on ${s.matched} matched: actors ${pct(s.actorAccuracy)}, targets ${pct(s.targetAccuracy)}, date ±1 day ${pct(s.dateAccuracy)} (exact ${pct(s.dateExact)}), fatalities ${pct(s.fatalityAccuracy)}`,
    `  by type: ${Object.entries(s.byType).map(([k, t]) => `${k} P ${pct(t.precision)} R ${pct(t.recall)}`).join('; ')}`,
    `  per actor F1: ${Object.entries(s.perActor).map(([k, t]) => `${k} ${pct(t.f1)}`).join(', ')}`,
  ];
  for (const e of s.errors.slice(0, 40)) lines.push(`  ${e.kind} #${e.article} ${e.type} ${e.detail}: "${e.quote}"`);
  return lines.join('\n');
}
