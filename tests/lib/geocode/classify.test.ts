import { describe, expect, it } from 'vitest';
import { CLASSIFY } from '@/lib/geocode/data';
import { find, run } from './helpers';

const row = (rule: string) => CLASSIFY.rules.find((r) => r.rule === rule)!;

describe('classify: the rule table of data/geocode/classify.json', () => {
  it('runs the demonym rules first and the non-final annotations last', () => {
    expect(CLASSIFY.rules.slice(0, 2).map((r) => r.rule)).toEqual(['demonymInOrganisation', 'demonym']);
    expect(CLASSIFY.rules.filter((r) => !r.final).map((r) => r.rule)).toEqual(['countryAsActor', 'attributive']);
    expect(CLASSIFY.rules.slice(-2).every((r) => !r.final)).toBe(true);
  });

  it.each([
    ['The Syrian Observatory for Human Rights said.', 'Syrian', 'demonymInOrganisation', 'organisation'],
    ['Moscow said it would respond.', 'Moscow', 'capitalMetonymy', 'metonymy'],
    ['Marburg virus killed nine people.', 'Marburg', 'disease', 'organisation'],
  ])('%s: "%s" gets the outcome of the %s row', (text, name, rule, nonLocation) => {
    expect(row(rule).outcome).toBe(nonLocation);
    const m = find(run(text), name);
    expect(m.isLocation).toBe(false);
    expect(m.nonLocation).toBe(nonLocation);
  });

  it('a non-final row adds its note and the name stays a place', () => {
    expect(row('attributive')).toMatchObject({ outcome: 'keep', final: false });
    const m = find(run('US strikes hit targets near Aleppo.'), 'US');
    expect(m.isLocation).toBe(true);
    expect(m.why.join(' ')).toMatch(/used attributively \(US strikes\)/);
  });
});
