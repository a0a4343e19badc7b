import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/extract';
import { findDateCues, resolveCue } from '@/lib/extract/dates';
import { run } from './mentions';

/** Resolve the first date cue of a phrase against a publication date. */
function resolve(phrase: string, published: string | null, future = false) {
  const [cue] = findDateCues(phrase);
  expect(cue, `no date cue in "${phrase}"`).toBeDefined();
  return resolveCue(cue!, published, future);
}

describe('dates', () => {
  // 2016-05-05 is a Thursday
  it('"on Thursday" is the most recent Thursday on or before publication', () => {
    expect(resolve('on Thursday', '2016-05-05')).toMatchObject({ value: '2016-05-05', precision: 1 });
    expect(resolve('on Saturday', '2016-05-05')).toMatchObject({ value: '2016-04-30', precision: 1 });
  });
  it('"late on Friday" and "Friday\'s" are weekdays too', () => {
    expect(resolve('late on Friday', '2016-04-30')).toMatchObject({ value: '2016-04-29', text: 'late on Friday' });
    expect(resolve('Friday’s clashes', '2016-10-21')).toMatchObject({ value: '2016-10-21' });
  });
  it('a weekday in a future-tense clause looks forward', () => {
    expect(resolve('on Thursday', '2016-03-23', true)).toMatchObject({ value: '2016-03-24' });
  });
  it('"overnight" is the night before publication', () => {
    expect(resolve('overnight', '2021-02-26')).toMatchObject({ value: '2021-02-25', precision: 1 });
  });
  it('"since April 22" is a period coded to its middle', () => {
    expect(resolve('since April 22', '2016-04-30')).toMatchObject({ value: '2016-04-26', precision: 2 });
  });
  it('"in September" is the latest September not after publication, month precision', () => {
    expect(resolve('in September', '2016-03-13')).toMatchObject({ value: '2015-09-15', precision: 3 });
    expect(resolve('at the end of February', '2016-03-13')).toMatchObject({ value: '2016-02-29', precision: 3 });
  });
  it('"last week" is the Wednesday of the previous week (ACLED)', () => {
    expect(resolve('last week', '2016-04-30')).toMatchObject({ value: '2016-04-20', precision: 2 });
  });
  it('explicit dates, with and without a year', () => {
    expect(resolve('on February 26, 2021', '2021-03-01')).toMatchObject({ value: '2021-02-26', precision: 1 });
    expect(resolve('on March 14', '2016-03-30')).toMatchObject({ value: '2016-03-14', precision: 1 });
  });
  it('"three days after Putin’s March 14 declaration"', () => {
    expect(resolve('three days after Putin’s March 14 declaration', '2016-03-30')).toMatchObject({ value: '2016-03-17', precision: 1 });
  });
  it('"five weeks ago"', () => {
    expect(resolve('five weeks ago', '2021-02-26')).toMatchObject({ value: '2021-01-22', precision: 2 });
  });
  it('unresolvable words keep the text and a null value', () => {
    expect(resolve('in 2015', '2016-03-13')).toMatchObject({ value: null, text: 'in 2015' });
    expect(resolve('on Thursday', null)).toMatchObject({ value: null, text: 'on Thursday' });
  });
  it('an event without date words takes the publication date and says so', () => {
    const [e] = extractEvents(run('Rebels shelled government-held districts of Aleppo.', '2016-05-05'));
    expect(e!.date).toEqual({ value: '2016-05-05', precision: 1, text: null });
    expect(e!.why.join(' ')).toMatch(/from publication/);
  });
  it('the date words nearest the trigger win ("since Biden became president five weeks ago, … on Thursday")', () => {
    const [e] = extractEvents(run('Since Joe Biden became president five weeks ago, the Pentagon said it had carried out air strikes on Thursday in Syria.', '2021-02-26'));
    expect(e!.date.value).toBe('2021-02-25');
  });
});
