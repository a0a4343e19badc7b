/**
 * Background: is an event history or a cumulative total rather than the article's news?
 * In: the sentence, the trigger, the resolved date, the publication date and the fatality figure.
 * Out: the reason it is background, or null. Cue phrases and thresholds: data/extract/background.json.
 */
import type { ResolvedDate } from './dates';
import type { FatalityHit } from './fatalities';
import { getLexicon } from './lexicon';
import { anyOf } from './phrase';
import { clauseGap, type Sentence } from './sentences';

interface BackgroundIndex { bigNumber: RegExp; ongoing: RegExp }
let index: BackgroundIndex | null = null;

function getIndex(): BackgroundIndex {
  if (index) return index;
  const { inMillions: m, ongoingOpeners } = getLexicon().background;
  index = {
    bigNumber: new RegExp(`\\b(?:\\d{1,3}(?:,\\d{3}){2,}|(?:\\d+(?:\\.\\d+)?|${anyOf(m.counts)})\\s+(?:${anyOf(m.units)})|${anyOf(m.plural)})\\b`, 'i'),
    ongoing: new RegExp(`^(?:${anyOf(ongoingOpeners)})\\b`, 'i'),
  };
  return index;
}

/** "four million others have sought refuge": a displacement counted in millions is a war total. */
export function countedInMillions(text: string, s: Sentence, trigger: { start: number; end: number }): boolean {
  const { windowBefore, windowAfter } = getLexicon().background.inMillions;
  return getIndex().bigNumber.test(text.slice(Math.max(s.start, trigger.start - windowBefore), Math.min(s.end, trigger.end + windowAfter)));
}

export function isBackground(text: string, s: Sentence, trigger: { start: number; end: number }, date: ResolvedDate, published: string | null, fat: FatalityHit | null): string | null {
  const lex = getLexicon();
  // "… the five-year-long war moved back into focus as donors convened in London on Thursday": an event dated by
  // its own words to the days before the report is news, whatever history the sentence recalls
  const daysBefore = date.value && published ? (Date.parse(published) - Date.parse(date.value)) / 86_400_000 : null;
  const dated = date.text !== null && daysBefore !== null && daysBefore >= -lex.background.recentDaysAfter && daysBefore <= lex.background.recentDays;
  const re = lex.backgroundSentence;
  re.lastIndex = 0;
  let cue: RegExpExecArray | null;
  while (!dated && (cue = re.exec(s.text)) !== null) {
    const at = s.start + cue.index;
    const dist = at >= trigger.end ? at - trigger.end : Math.max(0, trigger.start - (at + cue[0].length));
    const gap = at >= trigger.end ? text.slice(trigger.end, at) : text.slice(at + cue[0].length, trigger.start);
    if (dist <= lex.background.maxCueDistance && !clauseGap().test(gap)) return `background cue "${cue[0]}"`;
  }
  if (fat?.cumulative) return `cumulative total (${fat.count})`;
  // "had fled the area since December 1": a period that runs up to the report is news, however early it began
  const ongoing = date.text !== null && getIndex().ongoing.test(date.text);
  if (date.value && published && !ongoing) {
    const days = (Date.parse(published) - Date.parse(date.value)) / 86_400_000;
    if (days > lex.background.pastDays) return `dated ${Math.round(days)} days before publication`;
  }
  // "In 2012, rebels seized the town": a year too coarse to date the event still dates it; even its last day is long past
  const year = date.value === null && date.text !== null && published && !ongoing ? /\b(?:19|20)\d{2}\b/.exec(date.text) : null;
  if (year) {
    const days = (Date.parse(published!) - Date.parse(`${year[0]}-12-31`)) / 86_400_000;
    if (days > lex.background.pastDays) return `dated ${year[0]}, at least ${Math.round(days)} days before publication`;
  }
  if (date.text && /\d{4}/.test(date.text) && published && Number(/\d{4}/.exec(date.text)![0]) < Number(published.slice(0, 4)) && lex.pastStart.test(s.text)) {
    return `began in ${date.text}`;
  }
  return null;
}
