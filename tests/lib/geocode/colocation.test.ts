import { describe, expect, it } from 'vitest';
import { buildColocation } from '@/lib/geocode/colocation';
import { ENTRIES } from './fake-gazetteer';
import { find, run } from './helpers';

const byId = (id: string) => {
  const e = ENTRIES.find((x) => x.id === id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
const named = (name: string) => ENTRIES.filter((x) => x.name === name || x.alt.includes(name));

describe('buildColocation', () => {
  const index = buildColocation(new Map([
    ['paris', named('Paris')],
    ['henry county', named('Henry County')],
  ]));

  it('pairs a town with a county of another name that contains it', () => {
    expect(index.partner(byId('gn:4647963'), 'paris')?.id).toBe('us-county:47079');
  });

  it('finds no partner for the homonym far away', () => {
    expect(index.partner(byId('gn:2988507'), 'paris')).toBeNull();
    expect(index.partner(byId('gn:4717560'), 'paris')).toBeNull();
  });

  it('never pairs a name with its own readings', () => {
    const own = buildColocation(new Map([['paris', named('Paris')]]));
    expect(own.partner(byId('gn:4647963'), 'paris')).toBeNull();
  });

  it('rewards a state holding a local reading of another name, unless the name has its own city there', () => {
    const ga = buildColocation(new Map([['roswell', named('Roswell')], ['georgia', named('Georgia')]]));
    expect(ga.partner(byId('ne1:US-GA'), 'georgia')?.id).toBe('ne1:US-GA');
    const alex = buildColocation(new Map([['alexandria', named('Alexandria')], ['other', [byId('gn:361058')]]]));
    expect(alex.partner(byId('ne1:EG-ALX'), 'alexandria')).toBeNull();
  });
});

describe('resolution with co-location and organisation focus', () => {
  it('"Paris and Henry County" is Paris, Tennessee', () => {
    const ms = run('Within the next week, all residents of Paris and Henry County will receive a letter.');
    expect(find(ms, 'Paris').place?.id).toBe('gn:4647963');
    expect(find(ms, 'Paris').why[0]).toMatch(/next to a place of another name/);
    expect(find(ms, 'Henry County').place?.id).toBe('us-county:47079');
  });

  it('a town named like a country is the town when the article names its county', () => {
    const ms = run('Wilson County deputies charged a Lebanon man on Monday.');
    expect(find(ms, 'Wilson County').place?.id).toBe('us-county:47189');
    expect(find(ms, 'Lebanon').place?.id).toBe('gn:4636045');
    expect(find(run('Talks on Lebanon resumed in Geneva.'), 'Lebanon').place?.id).toBe('iso:LB');
  });

  it('"Paris" alone is still the French capital', () => {
    expect(find(run('Talks opened in Paris on Monday.'), 'Paris').place?.id).toBe('gn:2988507');
  });

  it('a parish inside an office name sets the state, and a repeated name follows its first reading in context', () => {
    const text =
      'A woman from Alexandria was charged with arson. Deputies of the Rapides Parish Sheriff’s Office arrested her. ' +
      'She was taken to a jail in Alexandria.';
    const ms = run(text);
    // the parish's own office: the parish stays a place (classify.json `jurisdiction`) and still sets the state
    expect(find(ms, 'Rapides').isLocation).toBe(true);
    expect(find(ms, 'Alexandria', 0).place?.id).toBe('gn:4314550');
    expect(find(ms, 'Alexandria', 1).place?.id).toBe('gn:4314550');
  });

  it('without the office, "Alexandria" is the Egyptian city', () => {
    expect(find(run('A woman from Alexandria was charged with arson.'), 'Alexandria').place?.id).toBe('gn:361058');
  });
});

describe('names in one list share a kind', () => {
  it('"Texas and New York" are both states', () => {
    const m = find(run('Cases were reported in Texas and New York last week.'), 'New York');
    expect(m.place?.id).toBe('ne1:US-NY');
    expect(m.why[0]).toMatch(/listed with other states or provinces/);
  });

  it('"New York" alone is the city', () => {
    expect(find(run('Cases were reported in New York last week.'), 'New York').place?.id).toBe('gn:5128581');
  });
});

