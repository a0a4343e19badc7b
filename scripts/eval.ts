/**
 * npm run eval -- <gold.json | acled-notes.json> [--json] [--limit N] [--errors N] [--embedded-as-places]
 * Gold files ({articles: […]}): runs the real geocoder (data/gazetteer, or CONFLICT_ATLAS_GAZETTEER) on every gold article's text and prints
 * toponym P/R/F1, resolution accuracy within tolerance, Acc@161km, mean/median error, AUC, metonymy accuracy,
 * demonym recall and error counts. Event scoring runs too when the gold has `events` and
 * lib/eval/events.ts exists.
 * ACLED event notes (a JSON array of {id, country, published, text, gold}): runs the reader (lib/pipeline
 * processText, with the note's date as publication date) on every note and prints the scores of
 * lib/eval/acled.ts (located, with the gazetteer's ceiling beside it, found, precision, type/actor1/date/fatalities,
 * peaceful protests), per-sub-type and
 * per-country tables and the most frequent error classes (`--errors N` of them, default 20).
 * Exit code 1 on bad input (message names the problem).
 */
import fs from 'node:fs';
import path from 'node:path';
import { getGazetteer } from '../lib/gazetteer';
import { geocode } from '../lib/geocode';
import { GoldFileError, parseGold, type GoldFile } from '../lib/eval/gold';
import { combineScores, scoreArticle, type ArticleScore } from '../lib/eval/geo';
import { formatErrors, formatGeoReport } from '../lib/eval/report';
import { parseAcledNotes, scoreNote, summariseAcled } from '../lib/eval/acled';
import { formatAcledReport } from '../lib/eval/acled-report';
import { processText } from '../lib/pipeline';
import type { Mention } from '../lib/schemas';

interface Args {
  file: string;
  json: boolean;
  limit: number | null;
  errors: number;
  embeddedAsPlaces: boolean;
}

function parseArgs(argv: string[]): Args {
  const rest = [...argv];
  const args: Args = { file: '', json: false, limit: null, errors: 0, embeddedAsPlaces: false };
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--json') args.json = true;
    else if (a === '--embedded-as-places') args.embeddedAsPlaces = true;
    else if (a === '--limit' || a === '--errors') {
      const v = Number(rest.shift());
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a non-negative integer`);
      if (a === '--limit') args.limit = v;
      else args.errors = v;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.file = a;
  }
  if (!args.file) throw new Error('usage: npm run eval -- <gold.json | acled-notes.json> [--json] [--limit N] [--errors N] [--embedded-as-places]');
  return args;
}

type EventsModule = { scoreEvents: (...a: unknown[]) => unknown; formatEventScores: (s: unknown) => string };

async function loadEventScoring(): Promise<EventsModule | null> {
  try {
    // a variable specifier: the events helper's module may not exist yet, and eval must still run
    const specifier = '../lib/eval/events';
    const mod = (await import(specifier)) as Partial<EventsModule>;
    return typeof mod.scoreEvents === 'function' && typeof mod.formatEventScores === 'function' ? (mod as EventsModule) : null;
  } catch {
    return null;
  }
}

/** The ACLED format is the one that is a JSON array at the top level; anything else goes to the gold parser. */
function jsonArray(text: string): unknown[] | null {
  if (!/^\s*\[/.test(text)) return null;
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

function evalAcled(args: Args, value: unknown[]): void {
  const all = parseAcledNotes(value, args.file);
  const notes = args.limit === null ? all : all.slice(0, args.limit);
  const t0 = performance.now();
  const reads = notes.map((n) => processText(n.text, { published: n.published, articleId: n.id }));
  const seconds = (performance.now() - t0) / 1000;
  // the reader's own gazetteer (CONFLICT_ATLAS_GAZETTEER or data/gazetteer) also gives each row's ceiling
  const gazetteer = getGazetteer();
  const scores = notes.map((n, i) => scoreNote(n, reads[i]!, { gazetteer }));
  const report = summariseAcled(scores, { topErrors: args.errors || 20 });
  process.stdout.write(
    args.json ? JSON.stringify({ file: args.file, seconds, acled: report }, null, 2) + '\n' : formatAcledReport(path.basename(args.file), report, seconds) + '\n',
  );
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(args.file)) throw new Error(`gold file not found: ${args.file}`);
  const text = fs.readFileSync(args.file, 'utf8');
  const notes = jsonArray(text);
  if (notes) return evalAcled(args, notes);
  const gold: GoldFile = parseGold(text, args.file);
  const articles = args.limit === null ? gold.articles : gold.articles.slice(0, args.limit);
  // data/gazetteer, or the directory CONFLICT_ATLAS_GAZETTEER names (to measure another build)
  const gazetteer = getGazetteer();
  const t0 = performance.now();
  const scores: ArticleScore[] = [];
  const mentionsPerArticle: Mention[][] = [];
  for (const a of articles) {
    const mentions = geocode(a.text, { gazetteer });
    mentionsPerArticle.push(mentions);
    scores.push(scoreArticle(a, mentions, { embeddedAsPlaces: args.embeddedAsPlaces }));
  }
  const seconds = (performance.now() - t0) / 1000;
  const report = combineScores(scores);
  const out: Record<string, unknown> = { file: args.file, geo: report };
  const label = path.basename(args.file) + (args.embeddedAsPlaces ? ' (places inside names, modifiers and metonymy counted as places)' : '');
  const lines = [formatGeoReport(label, report, seconds)];
  if (articles.some((a) => Array.isArray(a.events))) {
    const events = await loadEventScoring();
    if (!events) lines.push('Events: gold has events but event scoring is unavailable (lib/eval/events.ts not found).');
    else {
      const ev = events.scoreEvents(articles, mentionsPerArticle);
      out.events = ev;
      lines.push(events.formatEventScores(ev));
    }
  }
  if (args.errors > 0) lines.push('Errors:', formatErrors(scores, args.errors));
  process.stdout.write(args.json ? JSON.stringify(out, null, 2) + '\n' : lines.join('\n') + '\n');
}

main().catch((e: unknown) => {
  const err = e as Error;
  process.stderr.write(`eval: ${err.message}\n`);
  if (e instanceof GoldFileError) for (const i of e.issues) process.stderr.write(`  ${i}\n`);
  process.exit(1);
});
