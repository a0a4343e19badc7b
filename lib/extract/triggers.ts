/**
 * Trigger detection: the words that make a sentence an event of a given type.
 * In: text (whole article, one pass per type with precompiled regexes), sentences, quoted spans.
 * Out: TriggerHit[] with type, span, weight, and the reason a trigger was rejected (speech inside a
 * quotation, negation, hypothesis) so that callers can explain abstentions.
 */
import type { EventType, Mention } from '../schemas';
import { maskDateWords } from './dates';
import { findCivilianFrames } from './civilians';
import { absorbed, judgeFrames } from './frames';
import { getLexicon } from './lexicon';
import { tokenize, type Word } from './matcher';
import type { QuotedSpan, Sentence } from './sentences';
import { mentionsAround } from './mention-index';

export interface TriggerHit {
  type: EventType;
  start: number;
  end: number;
  text: string;
  weight: number;
  /** null when the trigger counts; otherwise why not */
  rejected: string | null;
  /** set when the words around the trigger make it history ("after months of fighting"), else null */
  background: string | null;
  /** set when the words announce a plan ("would host talks"): kept for plannable types, with its cue; else null */
  planned: string | null;
  /** the row's weight with a conflict party near (triggers.json `party`), applied by judgeTriggers */
  partyWeight?: number;
  /** a frame row written subject first ("villagers attacked"): a reduced passive ("villagers attacked by gunmen") is no frame */
  subjectFirst?: true;
  /** a frame of violence against civilians (civilians.ts): a victim of a violent verb, or a body with marks of violence */
  frame?: 'victim' | 'body';
  /** set when the trigger stands in a leading label ("Looting: …"): the label names the sentence's type */
  label?: boolean;
  /** set when a sentence rule moved the trigger to another type (frames.ts remoteFireAtAreas): why, for the event's reasons */
  retypedBy?: string;
}

/** Every trigger match in the text, in text order (overlaps between types are kept); `mentions` feed the civilian frames. */
export function findTriggers(text: string, words: readonly Word[] = tokenize(text), mentions: readonly Mention[] = []): TriggerHit[] {
  const lex = getLexicon();
  const out: TriggerHit[] = [];
  for (const m of lex.triggerMatcher.matchGrouped(text, words, (v) => v.type)) {
    const hit: TriggerHit = { type: m.value.type, start: m.start, end: m.end, text: m.text, weight: m.value.weight, rejected: null, background: null, planned: null };
    if (m.value.partyWeight !== undefined) hit.partyWeight = m.value.partyWeight;
    if (m.value.subjectFirst) hit.subjectFirst = true;
    out.push(hit);
  }
  out.push(...findCivilianFrames(text, mentions));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // a trigger inside a longer trigger of another type yields to it ("regime of calm" is not "regime")
  return out.filter((t, i) => {
    for (let j = Math.max(0, i - 12); j < Math.min(out.length, i + 12); j++) {
      const o = out[j]!;
      // (a frame of violence against civilians does not: civilians.ts retypes the words it spans, or leaves them)
      if (j !== i && o.type !== t.type && !o.frame && o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start) return false;
    }
    return true;
  });
}

function lastWords(s: string, n: number): string {
  // n words rarely exceed 20 characters each: only the tail needs splitting
  const words = s.slice(-n * 20).trim().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}

/**
 * Mark triggers that do not report a real event in their sentence. Returns new objects.
 * `dates`: the date cues of the sentence (start-sorted); their month and weekday names and numbers are not judging
 * cues ("On 9 May 2020" is no "may"), their glue words still are ("starting on Monday").
 */
export function judgeTriggers(text: string, s: Sentence, hits: readonly TriggerHit[], quotes: readonly QuotedSpan[], dates: readonly { start: number; end: number }[] = []): TriggerHit[] {
  // nothing to judge: skip the sentence-wide tests
  if (hits.length === 0) return [];
  const lex = getLexicon();
  const { negation, hypothetical, quotes: q, lookAfterChars: lookAfter } = lex.triggers;
  // every window below lies inside the sentence: it is read from the sentence with its date names and numbers blanked
  const st = maskDateWords(s, dates);
  const slice = (from: number, to: number) => st.slice(from - s.start, to - s.start);
  const sentenceHypo = lex.hypotheticalSentence.test(st);
  const opener = lex.circumstantial.exec(st);
  // clause breaks of the sentence, found once
  const breaks: number[] = [];
  const clauseBreak = lex.clauseBreak;
  clauseBreak.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = clauseBreak.exec(st)) !== null) breaks.push(s.start + b.index + b[0].length);
  const clauseOf = (pos: number) => {
    let start = s.start;
    for (const x of breaks) { if (x <= pos) start = x; else break; }
    return start;
  };
  return judgeFrames(s, st, hits.map((t) => {
    // a trigger word inside a date is the date ("in March", "on 9 May"): maskDateWords blanked it with underscores
    if (dates.length && !/[^\s_]/.test(slice(t.start, t.end))) return { ...t, rejected: 'part of a date' };
    const tl = lex.triggers.types[t.type];
    if (tl?.violent || tl?.figurativeUses) {
      const civil = lex.figurativeAfter.exec(slice(t.end, Math.min(s.end, t.end + lookAfter))) ?? lex.figurativeBefore.exec(slice(Math.max(s.start, t.start - lex.triggers.figurative.beforeChars), t.start));
      if (civil) return { ...t, rejected: `not armed conflict ("${civil[0].trim()}")` };
    }
    const quote = mentionsAround(quotes, t.start, t.start).find((x) => x.start <= t.start && x.end >= t.end);
    if (quote && quote.words > q.maxScareQuoteWords) return { ...t, rejected: 'inside a quotation (speech, not news)' };
    const before = slice(clauseOf(t.start), t.start);
    const negWindow = lastWords(before, negation.window);
    if (lex.negationBefore.test(negWindow)) return { ...t, rejected: `negated ("${negWindow.trim()}")` };
    const durWindow = lastWords(before, lex.triggers.duration.window);
    const durational = lex.duration.test(durWindow) ? `a long stretch, not one day's event ("${durWindow.trim()}")` : null;
    const sentenceBefore = slice(s.start, t.start);
    const wideWindow = lastWords(sentenceBefore, negation.wideWindow);
    if (lex.negationWide.test(wideWindow)) return { ...t, rejected: `negated ("${wideWindow.trim()}")` };
    if (opener && t.end <= s.start + opener[0].length) return { ...t, rejected: `circumstance, not news ("${opener[0]}")` };
    const hypoWindow = lastWords(sentenceBefore, hypothetical.window);
    const plannable = lex.triggers.types[t.type]?.plannable === true;
    const cue = lex.hypotheticalBefore.exec(hypoWindow);
    // "rejected calls for a ceasefire during talks in Jeddah": a new phrase of time or place ends the cue's reach
    // (and a purpose's reach ends at a comma: "stranded by measures implemented to stop the virus, staged a demonstration")
    const reach = cue ? hypoWindow.slice(cue.index + cue[0].length) : '';
    const hypo = cue && !lex.scopeBreak.test(reach) && !(lex.purposeCues.has(cue[0].trim().toLowerCase()) && reach.includes(',')) ? cue : null;
    let planned: string | null = null;
    if (hypo) {
      // "would host talks in Istanbul": a plan, kept for talks and truces unless another cue makes it a hypothesis
      if (plannable && lex.plannedCue.test(hypo[0].trim()) && !lex.hypotheticalBeforeNotPlan.test(hypoWindow)) planned = hypo[0].trim();
      else return { ...t, rejected: `hypothetical or planned ("${hypo[0]}")` };
    }
    const after = slice(t.end, Math.min(s.end, t.end + lookAfter));
    // "three villagers attacked by gunmen": the frame's subject is the one acted upon
    if (t.subjectFirst && /(?:ed|en|t)$/.test(t.text) && /^\s+by\s+(?![a-z]+ing\b)/i.test(after)) return { ...t, rejected: `a reduced passive ("${t.text} by"): its subject is acted upon` };
    const near = lex.requiresNear.get(t.type);
    if (near) {
      const around = `${lastWords(sentenceBefore, near.window)} ${t.text} ${slice(t.end, s.end).split(/\s+/).slice(0, near.window + 1).join(' ')}`;
      if (!near.re.test(around)) return { ...t, rejected: 'no group of people near the words (an individual fleeing is not displacement)' };
    }
    // "militants attacked", "a sniper shot a soldier": ambiguous words (crime, politics) weigh more only beside a conflict party
    if (t.partyWeight !== undefined) {
      const w = lex.triggers.party.window;
      const around = `${lastWords(sentenceBefore, w)} ${t.text} ${slice(t.end, s.end).split(/\s+/).slice(0, w + 1).join(' ')}`;
      if (lex.party.test(around)) t = { ...t, weight: t.partyWeight };
    }
    // "the clashes, which have not been confirmed": a denial after the trigger counts only in its own clause
    const nextBreak = breaks.find((x) => x > t.end) ?? s.end;
    const denied = lex.negationAfter.exec(nextBreak < t.end + lookAfter ? slice(t.end, Math.min(s.end, nextBreak)) : after);
    if (denied) return { ...t, rejected: `negated after the trigger ("${denied[0].trim()}")` };
    const future = lex.hypotheticalAfter.exec(after);
    if (future) {
      if (plannable && !lex.hypotheticalAfterNotPlan.test(after)) planned ??= future[0].trim();
      else return { ...t, rejected: `planned or hypothetical ("${future[0].trim()}")` };
    }
    if (sentenceHypo) return { ...t, rejected: 'sentence states a hypothesis or an unknown' };
    if (planned && lex.conditional.test(st)) return { ...t, rejected: `a plan under a condition ("${planned}")` };
    const judged = durational ? { ...t, background: durational } : t;
    return planned ? { ...judged, planned } : judged;
  }));
}

/** Group a sentence's accepted triggers by type: the strongest type, plus others that are strong on their own. */
export function chooseTypes(judged: readonly TriggerHit[]): TriggerHit[][] {
  const lex = getLexicon();
  const ok = absorbed(judged.filter((t) => t.rejected === null && t.weight >= lex.triggers.minWeight));
  if (ok.length === 0) return [];
  const top = maxWeight(ok);
  const groups: TriggerHit[][] = [];
  // ("youths demonstrated and clashed with police": a crowd's words that stand alone stay beside a fight, whose
  // crowd rule (events.json crowdFights) then makes the fight the crowd's)
  const { crowd, fight } = lex.events.crowdFights;
  const fought = ok.some((t) => t.type === fight);
  for (const type of lex.triggers.typeOrder) {
    const ts = ok.filter((t) => t.type === type);
    if (ts.length === 0) continue;
    const w = maxWeight(ts);
    const besideFight = fought && crowd.includes(type) && w >= lex.events.weakTriggerBelow;
    if (w < top && w < lex.triggers.secondaryMinWeight && !besideFight) continue;
    if (lex.triggers.types[type]?.multiPerSentence) {
      for (const t of ts) if (t.weight >= Math.min(top, lex.triggers.secondaryMinWeight)) groups.push([t]);
    } else groups.push([...ts].sort((a, b) => b.weight - a.weight || a.start - b.start));
  }
  return groups;
}

function maxWeight(ts: readonly TriggerHit[]): number {
  let w = -Infinity;
  for (const t of ts) if (t.weight > w) w = t.weight;
  return w;
}
