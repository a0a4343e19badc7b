/**
 * Issue 11: a sentence that opens with a date phrase or a label reports its event; the opening date is the
 * event's date (it beats the publication date), and a leading date long before the report still makes history.
 * The words of a date ("On 9 May 2020") are never read as a judging cue (the modal "may").
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/extract';
import { findDateCues, maskDateWords } from '@/lib/extract/dates';
import { splitSentences } from '@/lib/extract/sentences';
import { run } from './mentions';

const PUBLISHED = '2020-05-10';

function only(text: string, published = PUBLISHED) {
  const events = extractEvents(run(text, published));
  expect(events, `events of "${text}"`).toHaveLength(1);
  return events[0]!;
}

describe('a sentence opening with a date', () => {
  it.each([
    ['On 9 May 2020, Russian warplanes struck Aleppo.', 'airstrike', '2020-05-09'],
    ['On 4 May, rebels shelled Kharkiv.', 'shelling', '2020-05-04'],
    ['On the night of 3 May, rebels shelled Kharkiv.', 'shelling', '2020-05-03'],
    ['Around 8 May 2020 (as reported), government forces clashed with rebels near El Fasher.', 'clash', '2020-05-08'],
    ['Between 1 and 3 May, rebels shelled Kharkiv.', 'shelling', '2020-05-03'],
    ['On May 7, 2020, rebels shelled Kharkiv.', 'shelling', '2020-05-07'],
    ['On Tuesday, rebels shelled Kharkiv.', 'shelling', '2020-05-05'],
  ])('"%s" is a %s dated by its opener', (text, type, day) => {
    const e = only(text);
    expect(e.type).toBe(type);
    expect(e.background).toBe(false);
    // the opener's day, not the publication date
    expect(e.date).toMatchObject({ value: day, precision: 1 });
    expect(e.date.text).not.toBeNull();
  });

  it('a leading label before the date does not hide the event', () => {
    const e = only('Movement of forces: On 9 May 2020, rebels shelled Kharkiv.');
    expect(e).toMatchObject({ type: 'shelling', background: false, date: { value: '2020-05-09', precision: 1 } });
    expect(only('Shelling: rebels shelled Kharkiv.').type).toBe('shelling');
  });

  it('the modal "may" is still a hypothesis, with or without a date in the sentence', () => {
    expect(extractEvents(run('Russian warplanes may strike Aleppo.', PUBLISHED))).toEqual([]);
    expect(extractEvents(run('On 9 May 2020, Russian warplanes may strike Aleppo.', PUBLISHED))).toEqual([]);
  });

  it('a leading year long before the report is history, not news', () => {
    const e = only('In 2012, rebels seized Aleppo.');
    expect(e).toMatchObject({ type: 'territory', acled: { subEventType: 'Non-state actor overtakes territory' }, background: true });
    // the same year as the report: too coarse to say, the event stays news
    expect(only('In 2020, rebels seized Aleppo.').background).toBe(false);
  });

  it('a leading day long before the report is history, not news', () => {
    const day = only('On 9 March 2020, rebels shelled Kharkiv.');
    expect(day).toMatchObject({ background: true, date: { value: '2020-03-09', precision: 1 } });
  });
});

describe('maskDateWords', () => {
  it('blanks the names and numbers of a date, keeps its glue words and the spans', () => {
    const text = 'On 9 May 2020, talks starting on Monday were held.';
    const [s] = splitSentences(text);
    const masked = maskDateWords(s!, findDateCues(text));
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('On _ ___ ____, talks starting on ______ were held.');
  });
});
