/**
 * Background: is an event history or a cumulative total rather than the article's news?
 * In: the sentence, the trigger, the resolved date, the publication date and the fatality figure.
 * Out: the reason it is background, or null. Cue phrases and thresholds: data/extract/background.json.
 */
import type { ResolvedDate } from './dates';
import type { FatalityHit } from './fatalities';
import { getLexicon } from './lexicon';
import { CLAUSE_GAP, type Sentence } from './sentences';

/** an event dated by its own words this close to the report is news */
const RECENT_DAYS = 7;

const BIG_NUMBER = /\b(?:\d{1,3}(?:,\d{3}){2,}|(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+million|millions)\b/i;

/** "four million others have sought refuge": a displacement counted in millions is a war total. */
export function countedInMillions(text: string, s: Sentence, trigger: { start: number; end: number }): boolean {
  return BIG_NUMBER.test(text.slice(Math.max(s.start, trigger.start - 60), Math.min(s.end, trigger.end + 40)));
}

export function isBackground(text: string, s: Sentence, trigger: { start: number; end: number }, date: ResolvedDate, published: string | null, fat: FatalityHit | null): string | null {
  const lex = getLexicon();
  // "… the five-year-long war moved back into focus as donors convened in London on Thursday": an event dated by
  // its own words to the days before the report is news, whatever history the sentence recalls
  const daysBefore = date.value && published ? (Date.parse(published) - Date.parse(date.value)) / 86_400_000 : null;
  const dated = date.text !== null && daysBefore !== null && daysBefore >= -1 && daysBefore <= RECENT_DAYS;
  const re = lex.backgroundSentence;
  re.lastIndex = 0;
  let cue: RegExpExecArray | null;
  while (!dated && (cue = re.exec(s.text)) !== null) {
    const at = s.start + cue.index;
    const dist = at >= trigger.end ? at - trigger.end : Math.max(0, trigger.start - (at + cue[0].length));
    const gap = at >= trigger.end ? text.slice(trigger.end, at) : text.slice(at + cue[0].length, trigger.start);
    if (dist <= lex.background.maxCueDistance && !CLAUSE_GAP.test(gap)) return `background cue "${cue[0]}"`;
  }
  if (fat?.cumulative) return `cumulative total (${fat.count})`;
  // "had fled the area since December 1": a period that runs up to the report is news, however early it began
  const ongoing = date.text !== null && /^since\b/i.test(date.text);
  if (date.value && published && !ongoing) {
    const days = (Date.parse(published) - Date.parse(date.value)) / 86_400_000;
    if (days > lex.background.pastDays) return `dated ${Math.round(days)} days before publication`;
  }
  if (date.text && /\d{4}/.test(date.text) && published && Number(/\d{4}/.exec(date.text)![0]) < Number(published.slice(0, 4)) && lex.pastStart.test(s.text)) {
    return `began in ${date.text}`;
  }
  return null;
}
