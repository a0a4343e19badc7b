import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/extract';
import { findFatalities, parseNumber } from '@/lib/extract/fatalities';
import { run } from './mentions';

const first = (s: string) => findFatalities(s)[0];

describe('fatalities', () => {
  it('"at least 22 fighters" keeps the qualifier', () => {
    expect(first('The operation killed at least 22 fighters, the monitor said.')).toMatchObject({ count: 22, qualifier: 'at least' });
  });
  it('"nearly 250 people"', () => {
    expect(first('The violence has killed nearly 250 people since April 22.')).toMatchObject({ count: 250, qualifier: 'nearly' });
  });
  it('"killed 96 people, including 21 children" is 96, not 117', () => {
    expect(first('Insurgent shelling killed 96 people, including 21 children.')?.count).toBe(96);
  });
  it('a year after a month or a time word is a date, not a toll ("erupted in April 2023 and has killed …")', () => {
    const hits = findFatalities('The war erupted in April 2023 and has killed more than 20,000 people.');
    expect(hits.map((h) => h.count)).toEqual([20_000]);
    expect(findFatalities('Since 2015 and the siege, 300 people were killed.').map((h) => h.count)).toEqual([300]);
    // a four-digit toll without a date word before it still counts
    expect(findFatalities('Officials said 1500 people were killed.').map((h) => h.count)).toEqual([1500]);
  });
  it('"at least one person was killed"', () => {
    expect(first('At least one person was killed in rebel shelling.')).toMatchObject({ count: 1 });
  });
  it('vague quantities follow ACLED: dozens = 12, hundreds = 100', () => {
    expect(first('Dozens of people were killed in the fighting.')?.count).toBe(12);
    expect(first('The strikes killed hundreds of civilians.')?.count).toBe(100);
  });
  it('number words: "five", "two dozen", "twenty-two", "250,000"', () => {
    expect(parseNumber('five')).toBe(5);
    expect(parseNumber('two dozen')).toBe(24);
    expect(parseNumber('twenty-two')).toBe(22);
    expect(parseNumber('250,000')).toBe(250_000);
    expect(parseNumber('three hundred')).toBe(300);
  });
  it('numbers that are not deaths are ignored ("90 Turkish rockets")', () => {
    expect(findFatalities('At least 90 Turkish rockets have pounded a group of Kurdish fighters.')).toEqual([]);
  });
  it('cumulative war totals are flagged and kept off the event', () => {
    const text = 'At least 300,000 people are believed to have been killed in fighting that followed the uprising in March 2011.';
    expect(first(text)).toMatchObject({ count: 300_000, cumulative: true });
    const events = extractEvents(run(text, '2016-12-30'));
    expect(events.every((e) => e.background && e.fatalities === null)).toBe(true);
  });
  it('a toll told in the next sentence joins the event', () => {
    const [e] = extractEvents(run('The Pentagon said it carried out air strikes in Syria on Thursday. The operation killed at least 22 fighters.', '2021-02-26'));
    expect(e!.fatalities).toMatchObject({ count: 22, text: 'killed at least 22 fighters' });
  });

  it('one victim named without a figure is a toll of one (passive, intransitive, active object)', () => {
    expect(first('A soldier was shot and killed at the checkpoint.')).toMatchObject({ count: 1 });
    expect(first('The wounded commander later died in hospital.')).toMatchObject({ count: 1 });
    expect(first('Gunmen ambushed the patrol, killing a police officer.')).toMatchObject({ count: 1 });
    expect(first('One rebel fighter was reportedly killed in the exchange.')).toMatchObject({ count: 1 });
  });
  it('a singular subject of an active kill verb is no toll of one ("a sniper killed two soldiers" is 2)', () => {
    expect(findFatalities('A sniper killed two soldiers near the river.').map((h) => h.count)).toEqual([2]);
    expect(findFatalities('The raid left the commander wounded.')).toEqual([]);
    expect(findFatalities('A man was shot and injured in the market.')).toEqual([]);
  });
  it('nominal tolls: "3 fatalities", "one fatality", "0 fatalities"; "no fatalities" has no figure', () => {
    expect(first('Three fatalities were reported after the clash.')?.count).toBe(3);
    expect(first('The attack caused one fatality.')?.count).toBe(1);
    expect(first('0 fatalities were reported.')?.count).toBe(0);
    expect(findFatalities('No fatalities were reported.')).toEqual([]);
  });
});
