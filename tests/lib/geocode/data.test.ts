import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CANDIDATES, CandidatesFile, CLASSIFY, CLASSIFY_RULES, ClassifyFile, THRESHOLDS, ThresholdsFile } from '@/lib/geocode/data';
import { AbbreviationsFile, CapitalsFile, CuesFile, DemonymsFile, LEXICON, OrganisationsFile, VariantsFile, WordsFile } from '@/lib/geocode/lexicon';
import { TransliterationFile } from '@/lib/gazetteer/fold';
import { GEOPARSE_KIND_PRIOR, KIND_PRIOR, parseDataFile } from '@/lib/gazetteer';
import { RankingFile } from '@/lib/gazetteer/rank';
import { PlaceKind } from '@/lib/schemas';
import { UnknownFile } from '@/lib/geocode/unknown';
import type { z } from 'zod';

const DIR = path.join(process.cwd(), 'data/geocode');
const read = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8'));
const SCHEMAS: Record<string, z.ZodType<unknown>> = {
  'abbreviations.json': AbbreviationsFile, 'capitals.json': CapitalsFile, 'cues.json': CuesFile, 'demonyms.json': DemonymsFile,
  'organisations.json': OrganisationsFile, 'words.json': WordsFile, 'ranking.json': RankingFile, 'candidates.json': CandidatesFile,
  'classify.json': ClassifyFile, 'thresholds.json': ThresholdsFile, 'unknown.json': UnknownFile,
  'transliteration.json': TransliterationFile, 'variants.json': VariantsFile,
};

describe('data/geocode', () => {
  it('every data file has a schema, validates, and has a README section', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(SCHEMAS).sort());
    const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');
    for (const f of files) {
      expect(() => parseDataFile(SCHEMAS[f]!, read(f), `data/geocode/${f}`)).not.toThrow();
      expect(readme).toContain(`## ${f}`);
    }
  });

  it('a bad row fails with an error naming the file and the field', () => {
    const bad = read('candidates.json') as { features: Record<string, unknown> };
    bad.features.focus = 'high';
    expect(() => parseDataFile(CandidatesFile, bad, 'data/geocode/candidates.json')).toThrow(/data\/geocode\/candidates\.json is invalid \(features\.focus: .*\); fix the data file/);
    const ranking = read('ranking.json') as { kinds: Record<string, unknown> };
    delete ranking.kinds.village;
    expect(() => parseDataFile(RankingFile, ranking, 'data/geocode/ranking.json')).toThrow(/data\/geocode\/ranking\.json is invalid \(kinds\.village/);
  });

  it('the classify table names every rule exactly once, and only known rules', () => {
    expect(CLASSIFY.rules.map((r) => r.rule).sort()).toEqual([...CLASSIFY_RULES].sort());
    const dup = read('classify.json') as { rules: { rule: string }[] };
    dup.rules.push({ ...dup.rules[0]! });
    expect(() => parseDataFile(ClassifyFile, dup, 'data/geocode/classify.json')).toThrow(/classify\.json is invalid \(rules: every rule/);
    const unknown = read('classify.json') as { rules: { rule: string }[] };
    unknown.rules[0]!.rule = 'guess';
    expect(() => parseDataFile(ClassifyFile, unknown, 'data/geocode/classify.json')).toThrow(/rules\.0\.rule/);
  });

  it('one kind prior table feeds both the gazetteer and the geoparser', () => {
    for (const k of PlaceKind.options) {
      expect(KIND_PRIOR[k]).toBeGreaterThanOrEqual(0);
      expect(KIND_PRIOR[k]).toBeLessThanOrEqual(1);
      expect(typeof GEOPARSE_KIND_PRIOR[k]).toBe('number');
    }
    expect(KIND_PRIOR.country).toBe(1);
    expect(GEOPARSE_KIND_PRIOR.country).toBe(5);
  });

  it('compiles word lists into lookup tables once', () => {
    expect(LEXICON.listJoiners.has('and')).toBe(true);
    expect(LEXICON.kindPrefixes.get('governorate')).toBe('admin1');
    expect(CANDIDATES.proximity.bands[0]).toEqual({ underKm: 30, bonus: 2 });
    expect(THRESHOLDS.abstain.evidenceFeatures).toContain('near');
  });
});
