/**
 * Trigger detection: the words that make a sentence an event of a given type.
 * In: text (whole article, one pass per type with precompiled regexes), sentences, quoted spans.
 * Out: TriggerHit[] with type, span, weight, and the reason a trigger was rejected (speech inside a
 * quotation, negation, hypothesis) so that callers can explain abstentions.
 */
import type { EventType } from '../schemas';
import { getLexicon } from './lexicon';
import { tokenize } from './matcher';
import type { QuotedSpan, Sentence } from './sentences';

export interface TriggerHit {
  type: EventType;
  start: number;
  end: number;
  text: string;
  weight: number;
  /** null when the trigger counts; otherwise why not */
  rejected: string | null;
  /** set when the words around the trigger make it history ("after months of fighting") */
  background?: string | null;
}

/** Every trigger match in the text, in text order (overlaps between types are kept). */
export function findTriggers(text: string): TriggerHit[] {
  const lex = getLexicon();
  const out: TriggerHit[] = [];
  const words = tokenize(text);
  for (const { type, matcher } of lex.triggerMatchers) {
    for (const m of matcher.matchAll(text, words)) {
      out.push({ type, start: m.start, end: m.end, text: m.text, weight: m.value, rejected: null });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // a trigger inside a longer trigger of another type yields to it ("regime of calm" is not "regime")
  return out.filter((t, i) => {
    for (let j = Math.max(0, i - 12); j < Math.min(out.length, i + 12); j++) {
      const o = out[j]!;
      if (j !== i && o.type !== t.type && o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start) return false;
    }
    return true;
  });
}

const CLAUSE_BREAK = /[;:—–]|,\s|\bbut\b|\bwhile\b|\bwhich\b|\bwho\b|\bthat\b|\bbecause\b/giu;

/** Start of the clause that contains `pos` within the sentence. */
export function clauseStart(text: string, s: Sentence, pos: number): number {
  const slice = text.slice(s.start, pos);
  let last = 0;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(slice)) !== null) last = m.index + m[0].length;
  return s.start + last;
}

function lastWords(s: string, n: number): string {
  const words = s.trim().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}

/** Mark triggers that do not report a real event in their sentence. Returns new objects. */
export function judgeTriggers(text: string, s: Sentence, hits: readonly TriggerHit[], quotes: readonly QuotedSpan[]): TriggerHit[] {
  const lex = getLexicon();
  const { negation, hypothetical, quotes: q } = lex.triggers;
  const sentenceHypo = lex.hypotheticalSentence.test(s.text);
  const opener = lex.circumstantial.exec(s.text);
  return hits.map((t) => {
    const quote = quotes.find((x) => x.start <= t.start && x.end >= t.end);
    if (quote && quote.words > q.maxScareQuoteWords) return { ...t, rejected: 'inside a quotation (speech, not news)' };
    const before = text.slice(clauseStart(text, s, t.start), t.start);
    const negWindow = lastWords(before, negation.window);
    if (lex.negationBefore.test(negWindow)) return { ...t, rejected: `negated ("${negWindow.trim()}")` };
    const durWindow = lastWords(before, lex.triggers.duration.window);
    const durational = lex.duration.test(durWindow) ? `a long stretch, not one day's event ("${durWindow.trim()}")` : null;
    const wideWindow = lastWords(text.slice(s.start, t.start), negation.wideWindow);
    if (lex.negationWide.test(wideWindow)) return { ...t, rejected: `negated ("${wideWindow.trim()}")` };
    if (opener && t.end <= s.start + opener[0].length) return { ...t, rejected: `circumstance, not news ("${opener[0]}")` };
    const hypoWindow = lastWords(text.slice(s.start, t.start), hypothetical.window);
    const hypo = lex.hypotheticalBefore.exec(hypoWindow);
    if (hypo) return { ...t, rejected: `hypothetical or planned ("${hypo[0]}")` };
    const after = text.slice(t.end, Math.min(s.end, t.end + 40));
    const denied = lex.negationAfter.exec(after);
    if (denied) return { ...t, rejected: `negated after the trigger ("${denied[0].trim()}")` };
    const future = lex.hypotheticalAfter.exec(after);
    if (future) return { ...t, rejected: `planned or hypothetical ("${future[0].trim()}")` };
    if (sentenceHypo) return { ...t, rejected: 'sentence states a hypothesis or an unknown' };
    return durational ? { ...t, background: durational } : t;
  });
}
