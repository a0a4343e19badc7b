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
  it('a victim inside a list or after "including" is no toll of one', () => {
    expect(findFatalities('Four rebels including a commander were killed.').every((h) => h.count !== 1)).toBe(true);
    expect(findFatalities('Three gunmen and a policeman were killed.').every((h) => h.count !== 1)).toBe(true);
  });
  it('nominal tolls: "led to the killing of 2 fighters", "resulted in the death of the commander"', () => {
    expect(first('The raid led to the killing of 2 fighters and the arrest of 5 others.')?.count).toBe(2);
    expect(first('The ambush resulted in the death of the commander of the unit.')?.count).toBe(1);
    expect(findFatalities('Rights groups condemned the killing of civilians.')).toEqual([]);
  });
  it('a toll with "other", "another" or "also" adds to the event\'s toll, in its sentence or the next', () => {
    const [a] = extractEvents(run('Insurgents attacked a checkpoint in Aleppo on Monday, killing 3 soldiers, and 2 other soldiers were killed later.', '2016-05-03'));
    expect(a!.fatalities?.count).toBe(5);
    const [b] = extractEvents(run('Insurgents attacked a checkpoint in Aleppo on Monday, killing 3 soldiers. Officials said 4 insurgents were also killed.', '2016-05-03'));
    expect(b!.fatalities?.count).toBe(7);
    // without an additive word the lowest figure stands (ACLED)
    const [c] = extractEvents(run('Insurgents attacked a checkpoint in Aleppo on Monday, killing 3 soldiers. Officials said 4 soldiers were killed.', '2016-05-03'));
    expect(c!.fatalities?.count).toBe(3);
  });
});
