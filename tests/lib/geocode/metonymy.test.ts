import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

const metonymic = (text: string, name: string, n = 0) => {
  const m = find(run(text), name, n);
  return m.isLocation === false && m.nonLocation === 'metonymy';
};

describe('metonymy: capitals standing for governments', () => {
  it.each([
    ['Moscow said it would respond.', 'Moscow'],
    ['Ankara warned of retaliation.', 'Ankara'],
    ['Russia wanted to know Washington’s plans in Syria.', 'Washington'],
    ['Damascus rejected the proposal.', 'Damascus'],
    ['Moscow confirmed a trainer was killed.', 'Moscow'],
    ['Assad thanked Moscow for its support.', 'Moscow'],
    ['Moscow’s military intervention turned the war.', 'Moscow'],
    ['Assad is Moscow’s closest ally.', 'Moscow'],
    ['The deal was brokered by Washington and Moscow last year.', 'Moscow'],
    ['The Kremlin said talks were useful.', 'Kremlin'],
  ])('%s → %s is metonymy', (text, name) => {
    expect(metonymic(text, name)).toBe(true);
  });

  it('flags both capitals in "Moscow accuses Washington"', () => {
    const ms = run('Moscow accuses Washington of supporting terrorists.');
    expect(ms.filter((m) => m.nonLocation === 'metonymy').map((m) => m.text)).toEqual(['Moscow', 'Washington']);
  });

  it('flags coordinated capitals: "Washington and Moscow reached a deal"', () => {
    const ms = run('Washington and Moscow reached a deal three weeks ago.');
    expect(ms.filter((m) => m.nonLocation === 'metonymy').map((m) => m.text)).toEqual(['Washington', 'Moscow']);
  });

  it('flags "NATO members Ankara and Washington"', () => {
    const ms = run('It highlighted the agendas of NATO members Ankara and Washington in the war.');
    expect(ms.filter((m) => m.nonLocation === 'metonymy').map((m) => m.text)).toEqual(['Ankara', 'Washington']);
  });

  it.each([
    ['Kerry arrived in Moscow on Wednesday.', 'Moscow', 'gn:524901'],
    ['Peace talks in Geneva collapsed.', 'Geneva', 'gn:2660646'],
    ['Donors convened in London on Thursday.', 'London', 'gn:2643743'],
    ['After a meeting in Munich the powers agreed.', 'Munich', 'gn:2867714'],
    ['Kerry held talks with Putin at the Kremlin.', 'Kremlin', 'cu:kremlin'],
  ])('literal use stays a location: %s', (text, name, id) => {
    const m = find(run(text), name);
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe(id);
  });

  it('keeps a country used as an actor as a location and says so', () => {
    const m = find(run('Russia said it would keep its bases.'), 'Russia');
    expect(m.isLocation).toBe(true);
    expect(m.precision).toBe('country');
    expect(m.why.join(' ')).toMatch(/used as actor/);
  });
});
