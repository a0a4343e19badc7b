/**
 * Measuring the reader on every dev set it can find, for `npm run quality` and the quality floor test.
 * In: the repo root. The shared dev sets are the *.json files of ../shared/devsets beside the checkout (never copied
 * into the repo; lgl.json, geovirus.json and acled-world-dev.json are expected, any other file of either format is
 * measured too); the project's own gold is tests/fixtures/gold/seed.json and synthetic.json.
 * Out: one QualityDevset per file (lib/eval/quality.ts), and the expected dev sets that were absent.
 * Reads files (the dev sets, data/gazetteer through lib/gazetteer); writes nothing, prints nothing.
 * Format by shape, as scripts/eval.ts does: a JSON array is ACLED notes, anything else a gold file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Mention, QualityDevset } from '../schemas';
import { getGazetteer } from '../gazetteer';
import { geocode } from '../geocode';
import { processText } from '../pipeline';
import { parseGold } from './gold';
import { combineScores, scoreArticle } from './geo';
import { scoreEvents } from './events';
import { exampleErrors, parseAcledNotes, scoreNote, summariseAcled } from './acled';
import { acledDevset, geoDevset, type DevsetInfo } from './quality';

/** The shared dev sets we expect, with the names the page shows. */
export const EXPECTED_DEVSETS: Readonly<Record<string, string>> = {
  'lgl.json': 'LGL — US and world local news, 2009 (toponyms)',
  'geovirus.json': 'GeoVirus — Wikinews on epidemics (toponyms)',
  'acled-world-dev.json': 'ACLED event notes — 60+ countries, 2020 (events)',
};
/** Our own regression gold: written while building the reader, so a check against regressions, not a measure. */
export const PROJECT_GOLD: readonly { file: string; name: string }[] = [
  { file: 'tests/fixtures/gold/seed.json', name: 'Seed articles — our 12 articles (toponyms, events)' },
  { file: 'tests/fixtures/gold/synthetic.json', name: 'Synthetic — 16 short articles written here (toponyms)' },
];

/** ../shared/devsets beside the checkout. */
export const devsetDir = (repoRoot: string) => path.resolve(repoRoot, '..', 'shared', 'devsets');

export interface DevsetFile extends Omit<DevsetInfo, 'seconds'> {
  /** absolute path */
  path: string;
}

/** The dev set files present (expected ones first, then any other *.json), and the expected ones absent. */
export function findDevsets(repoRoot: string): { files: DevsetFile[]; missing: string[] } {
  const dir = devsetDir(repoRoot);
  const present = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  const known = Object.keys(EXPECTED_DEVSETS);
  const order = [...known.filter((f) => present.includes(f)), ...present.filter((f) => !known.includes(f)).sort()];
  const files: DevsetFile[] = order.map((f) => ({ file: f, name: EXPECTED_DEVSETS[f] ?? f, source: 'devset', path: path.join(dir, f) }));
  return { files, missing: known.filter((f) => !present.includes(f)) };
}

/** The project's own gold files. */
export function projectGold(repoRoot: string): DevsetFile[] {
  return PROJECT_GOLD.map((g) => ({ ...g, source: 'project' as const, path: path.join(repoRoot, g.file) }));
}

function jsonArray(text: string): unknown[] | null {
  if (!/^\s*\[/.test(text)) return null;
  const v: unknown = JSON.parse(text);
  return Array.isArray(v) ? v : null;
}

/** Run the reader on one file and score it. Throws (GoldFileError naming the problem) on a malformed file. */
export function measureFile(f: DevsetFile): QualityDevset {
  const text = fs.readFileSync(f.path, 'utf8');
  const t0 = performance.now();
  const notes = jsonArray(text);
  if (notes) {
    const parsed = parseAcledNotes(notes, f.file);
    const scores = parsed.map((n) => scoreNote(n, processText(n.text, { published: n.published, articleId: n.id })));
    const report = summariseAcled(scores);
    return acledDevset({ name: f.name, file: f.file, seconds: (performance.now() - t0) / 1000 }, report, exampleErrors(parsed, scores));
  }
  const gold = parseGold(text, f.file);
  const gazetteer = getGazetteer();
  const mentions: Mention[][] = gold.articles.map((a) => geocode(a.text, { gazetteer }));
  const report = combineScores(gold.articles.map((a, i) => scoreArticle(a, mentions[i]!)));
  const events = gold.articles.some((a) => Array.isArray(a.events)) ? scoreEvents(gold.articles, mentions) : null;
  return geoDevset({ name: f.name, file: f.file, source: f.source, seconds: (performance.now() - t0) / 1000 }, report, events);
}
