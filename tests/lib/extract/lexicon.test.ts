import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  BackgroundFile, ConfidenceFile, DatesFile, EventsFile, GenericFile, NumbersFile, PlaceFile, RolesFile, SentencesFile,
  TriggersFile, getLexicon, parse,
} from '@/lib/extract/lexicon';
import { OpenActorsFile } from '@/lib/extract/open-lexicon';

const DIR = path.join(__dirname, '../../../data/extract');
const SCHEMAS: Record<string, z.ZodType<unknown>> = {
  'background.json': BackgroundFile, 'confidence.json': ConfidenceFile, 'dates.json': DatesFile, 'events.json': EventsFile,
  'generic-actors.json': GenericFile, 'numbers.json': NumbersFile, 'place.json': PlaceFile, 'roles.json': RolesFile,
  'sentences.json': SentencesFile, 'triggers.json': TriggersFile, 'open-actors.json': OpenActorsFile,
};
const read = (file: string) => JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Record<string, unknown>;

describe('data/extract: the extractor\'s knowledge files', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

  it('every data file has a schema, validates, and says what it holds and which code reads it', () => {
    expect(files).toEqual(Object.keys(SCHEMAS).sort());
    for (const f of files) {
      const json = read(f);
      expect(() => parse(SCHEMAS[f]!, json, `data/extract/${f}`), f).not.toThrow();
      expect(json.about, `${f} "about"`).toMatch(/lib\/extract\//);
    }
  });

  it('README.md has a section for every data file', () => {
    const readme = readFileSync(path.join(DIR, 'README.md'), 'utf8');
    for (const f of files) expect(readme, f).toContain(`## ${f}`);
  });

  it('the lexicon loads every file and compiles its regexes once', () => {
    const lex = getLexicon();
    expect(lex.confidence.trigger.weightFactor).toBeGreaterThan(0);
    expect(lex.place.kindRank.city).toBeGreaterThan(lex.place.kindRank.country!);
    expect(lex.events.orphanFatalities.maxCount).toBeGreaterThan(0);
    expect(getLexicon()).toBe(lex);
    expect(lex.clauseGap.test('the talks that failed')).toBe(true);
    expect(lex.clauseGap.test('the talks failed')).toBe(false);
  });

  it('a bad number names the file and the field', () => {
    const place = read('place.json') as { score: Record<string, unknown> };
    const bad = { ...place, score: { ...place.score, distanceDivisor: 0 } };
    expect(() => parse(PlaceFile, bad, 'data/extract/place.json')).toThrow(/data\/extract\/place\.json is invalid \(score\.distanceDivisor: /);
  });

  it('a confidence term out of range or missing names the file and the field', () => {
    const c = read('confidence.json') as { place: { own: Record<string, number> } };
    const tooBig = { ...c, place: { ...c.place, own: { ...c.place.own, exact: 2 } } };
    expect(() => parse(ConfidenceFile, tooBig, 'data/extract/confidence.json')).toThrow(/confidence\.json.*place\.own\.exact/);
    const noNear = Object.fromEntries(Object.entries(c.place.own).filter(([k]) => k !== 'near'));
    const missing = { ...c, place: { ...c.place, own: noNear } };
    expect(() => parse(ConfidenceFile, missing, 'data/extract/confidence.json')).toThrow(/confidence\.json.*place\.own\.near/);
  });

  it('an empty phrase in a word list names the file, the list and the row', () => {
    const roles = read('roles.json') as { ownMen: string[] };
    const bad = { ...roles, ownMen: [...roles.ownMen, ''] };
    expect(() => parse(RolesFile, bad, 'data/extract/roles.json')).toThrow(new RegExp(`roles\\.json.*ownMen\\.${roles.ownMen.length}`));
  });
});
