/**
 * npm run eval:resolve -- [acled-notes.json] [--limit N] [--examples N] [--json]
 * Cross-article resolution measured on ACLED event notes (default ../shared/devsets/acled-world-dev.json): every
 * note is read as one article (its text; published = the note's date; id = the note's id) through the reader
 * (lib/pipeline processArticle), then all their events are resolved at once (lib/resolve resolveReports). ACLED
 * coded every note as its own event, so two notes merged are a false merge unless ACLED coded them identically
 * (same date, same location name within 1 km, same sub-type: then the merge is listed, not counted).
 * Prints (lib/eval/resolve scoreAcledMerges): notes merged with a note ACLED coded as a different event / notes
 * (target ≤ 2%), by what differed, the identically coded merges, the same per pair over the pairs a resolver could
 * confuse (same day and country, coded differently within 50 km), `--examples N` false pairs with their evidence
 * (default 15), and the time of reading and of resolution with throughput. Reads the dev set at run time only;
 * nothing is cached or written. A missing file → a notice and exit 0 (the dev set is not in the repo); bad
 * input → message, exit 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAcledNotes } from '../lib/eval/acled';
import { codedEvent, scoreAcledMerges } from '../lib/eval/resolve';
import { processArticle } from '../lib/pipeline';
import { resolveReports, type ReportRef } from '../lib/resolve';
import type { AcledNote, Article } from '../lib/schemas';

const DEFAULT_FILE = path.join('..', 'shared', 'devsets', 'acled-world-dev.json');

interface Args {
  file: string;
  limit: number | null;
  examples: number;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { file: DEFAULT_FILE, limit: null, examples: 15, json: false };
  const rest = [...argv];
  while (rest.length) {
    const a = rest.shift()!;
    if (a === '--json') args.json = true;
    else if (a === '--limit' || a === '--examples') {
      const v = Number(rest.shift());
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a non-negative integer`);
      if (a === '--limit') args.limit = v;
      else args.examples = v;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.file = a;
  }
  return args;
}

function articleOf(n: AcledNote): Article {
  const slug = n.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+/, '') || 'note';
  const title = n.text.length > 80 ? `${n.text.slice(0, 77)}…` : n.text;
  return { id: slug, title, published: n.published, body: n.text, paragraphs: [{ start: 0, end: n.text.length }], source: n.gold.source || null, url: null, boilerplate: [] };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(args.file)) {
    process.stdout.write(`eval:resolve: ${args.file} not found — skipped (the ACLED dev set lives outside the repo, in ../shared/devsets)\n`);
    return;
  }
  const all = parseAcledNotes(JSON.parse(fs.readFileSync(args.file, 'utf8')), args.file);
  const notes = args.limit === null ? all : all.slice(0, args.limit);

  const t0 = performance.now();
  const reads: ReportRef[][] = notes.map((n) => {
    const stored = processArticle(articleOf(n));
    const meta = { id: stored.article.id, title: stored.article.title, source: stored.article.source, published: stored.article.published };
    return stored.events.map((event) => ({ event, article: meta, component: null }));
  });
  const readSeconds = (performance.now() - t0) / 1000;
  const refs = reads.flat();
  const t1 = performance.now();
  const result = resolveReports(refs);
  const resolveSeconds = (performance.now() - t1) / 1000;
  const coded = notes.map((n, i) => codedEvent(n, reads[i]!.map((r) => r.event))?.id ?? null);
  const score = scoreAcledMerges(notes, reads, result, coded);

  const timing = {
    readSeconds,
    resolveSeconds,
    notesPerSecondRead: notes.length / readSeconds,
    reportsPerSecondResolved: refs.length / Math.max(resolveSeconds, 1e-9),
    notesPerSecondReadAndResolved: notes.length / (readSeconds + resolveSeconds),
    resolveShareOfIngest: resolveSeconds / (readSeconds + resolveSeconds),
  };
  if (args.json) {
    process.stdout.write(JSON.stringify({ file: args.file, reports: refs.length, timing, ...score, falsePairs: score.falsePairs.slice(0, args.examples) }, null, 2) + '\n');
    return;
  }
  const byNote = new Map(notes.map((n) => [n.id.toLowerCase(), n]));
  const lines = [
    `Event resolution on ${path.basename(args.file)}: ${notes.length} notes read as articles, ${refs.length} events (${refs.filter((r) => !r.event.background && r.event.place && r.event.date.value).length} located, dated, non-background)`,
    `  notes merged with a note ACLED coded as another event: ${score.falselyMergedNotes}/${score.notes} = ${pct(score.falseMergeRate)} (target ≤ 2%)`,
    `  notes merged with any other note: ${score.mergedNotes}; note pairs sharing a resolved event: ${score.mergedPairs} — ${score.differentPairs} coded differently (${Object.entries(score.byDifference).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}), ${score.identicalPairs} coded identically (same date, location, sub-type: not counted)`,
    `  counting only each note's coded event (the reading that matches ACLED's row; ${score.coded!.codedNotes} notes have one): ${score.coded!.falselyMergedNotes}/${score.notes} = ${pct(score.coded!.falseMergeRate)}, ${pct(score.coded!.falseMergeRateOfCoded)} of the notes with a coded event (${score.coded!.mergedPairs} pairs merged, ${score.coded!.identicalPairs} coded identically)`,
    `  differently coded pairs with the very same note text (ACLED split one report by place or actor): ${score.sameTextPairs}; notes falsely merged with a note of other text: ${score.besidesSameText.falselyMergedNotes}/${score.notes} = ${pct(score.besidesSameText.falseMergeRate)}`,
    `  per pair: of the ${score.nearMisses.pairs} note pairs a resolver could confuse (same day and country, coded differently within 50 km), ${score.nearMisses.merged} share a resolved event = ${pct(score.nearMisses.rate)}; ${score.nearMisses.mergedOtherText} of other text = ${pct(score.nearMisses.rateOtherText)}`,
    `  time: reading ${readSeconds.toFixed(1)} s (${timing.notesPerSecondRead.toFixed(1)} notes/s), resolution ${resolveSeconds.toFixed(2)} s (${Math.round(timing.reportsPerSecondResolved)} reports/s) — read + resolve ${timing.notesPerSecondReadAndResolved.toFixed(1)} notes/s, resolution ${pct(timing.resolveShareOfIngest)} of it`,
  ];
  if (args.examples > 0 && score.falsePairs.length > 0) {
    lines.push(`False merges (${Math.min(args.examples, score.falsePairs.length)} of ${score.falsePairs.length}):`);
    for (const p of score.falsePairs.slice(0, args.examples)) {
      lines.push(`  ${p.a} + ${p.b}: ${p.difference}`);
      lines.push(`    A: ${byNote.get(p.a)?.text.slice(0, 200) ?? ''}`);
      lines.push(`    B: ${byNote.get(p.b)?.text.slice(0, 200) ?? ''}`);
      lines.push(`    evidence: ${p.evidence.join('; ')}`);
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
}

try {
  main();
} catch (e) {
  process.stderr.write(`eval:resolve: ${(e as Error).message}\n`);
  process.exit(1);
}
