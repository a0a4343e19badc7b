/**
 * Date cues and their resolution against the publication date (ACLED time precision).
 * In: text (one precompiled regex pass over the whole article) and the published date.
 * Out: DateCue[] with spans; `resolveCue` turns one cue into {value, precision, text}.
 * chrono-node parses only the short matched phrases (explicit dates, "five weeks ago"), never the text.
 */
import * as chrono from 'chrono-node';
import { getLexicon } from './lexicon';
import { LBI, RBI, alternation, anyOf, compileList } from './phrase';
import { clauseGap, type Sentence } from './sentences';

export type CueKind = 'explicit' | 'since' | 'after' | 'weekday' | 'relative' | 'month' | 'year' | 'ago';

export interface DateCue { kind: CueKind; start: number; end: number; text: string }

export interface ResolvedDate { value: string | null; precision: 1 | 2 | 3 | null; text: string | null; why: string }

interface DateIndex {
  re: RegExp; numbers: Map<string, number>; looseOpener: RegExp; monthEnd: RegExp; monthStart: RegExp;
  /** "March 14", "February 26, 2021" / "14 March 2016": the fast path of explicit dates */
  explicitMD: RegExp; explicitDM: RegExp;
  /** the cue-kind words at the head of a cue, and the split of "N units after <date>" / "N units ago" */
  sinceHead: RegExp; sinceOpens: RegExp; previousOpens: RegExp; afterParts: RegExp; agoParts: RegExp;
  /** a month or weekday name, an abbreviation or a number inside a cue: the words maskDateWords blanks */
  nameOrNumber: RegExp;
}
let index: DateIndex | null = null;

function getIndex(): DateIndex {
  if (index) return index;
  const { dates, numbers } = getLexicon();
  const month = `(?:${[...dates.months, ...Object.keys(dates.monthAbbrev)].sort((a, b) => b.length - a.length).join('|')})\\.?`;
  const ord = `(?:${anyOf(dates.ordinalSuffixes)})?`;
  const day = `\\d{1,2}${ord}`;
  const w = dates.cueWords;
  const explicit = `(?:${month}\\s+${day}(?:,?\\s+\\d{4})?|${day}\\s+${month}(?:,?\\s+\\d{4})?)(?![\\d])`;
  const num = `(?:\\d+|${Object.keys(numbers.units).sort((a, b) => b.length - a.length).join('|')})`;
  const unit = Object.keys(dates.agoUnits).sort((a, b) => b.length - a.length).join('|');
  const loose = anyOf(dates.looseOpeners, '\\s+');
  const weekday = `(?:(?:${loose})\\s+(?:on\\s+)?|(?:${anyOf(dates.weekdayOpeners, '\\s+')})\\s+)?(?:${dates.weekdays.join('|')})(?:['’]s)?(?:\\s+(?:${anyOf(dates.weekdayParts, '\\s+')}))?`;
  const rel = alternation(Object.keys(dates.relative));
  const parts = [
    `(?<after>${num}\\s+(?:${unit})\\s+(?:${anyOf(w.after)})\\s+(?:[A-Za-zÀ-ÖØ-öø-ÿ'’]+\\s+){0,3}?${explicit})`,
    `(?<since>(?:${anyOf(w.since)})\\s+${explicit})`,
    `(?<explicit>(?:(?:${loose})\\s+)?(?:on\\s+)?${explicit})`,
    `(?<ago>${num}\\s+(?:${unit})\\s+(?:${anyOf(w.ago)}))`,
    `(?<weekday>${weekday})`,
    `(?<relative>${rel})`,
    `(?<month>(?:(?:${anyOf(dates.monthOpeners, '\\s+')})\\s+)(?:${dates.months.join('|')})(?:\\s+\\d{4})?)`,
    `(?<year>(?:${anyOf(dates.yearOpeners, '\\s+')})\\s+(?:19|20)\\d{2})`,
  ];
  index = {
    re: new RegExp(`${LBI}(?:${parts.join('|')})${RBI}`, 'gi'),
    numbers: new Map(Object.entries(numbers.units)),
    looseOpener: new RegExp(`^(${loose})\\s+`, 'i'),
    monthEnd: new RegExp(anyOf(dates.monthEnd), 'i'),
    monthStart: new RegExp(anyOf(dates.monthStart), 'i'),
    explicitMD: new RegExp(`^(?:on\\s+)?([a-z]+)\\.?\\s+(\\d{1,2})${ord}(?:,?\\s+(\\d{4}))?$`, 'i'),
    explicitDM: new RegExp(`^(?:on\\s+)?(\\d{1,2})${ord}\\s+([a-z]+)\\.?(?:,?\\s+(\\d{4}))?$`, 'i'),
    sinceHead: new RegExp(`^(?:${anyOf(w.since)})\\s+`, 'i'),
    sinceOpens: new RegExp(`^(?:${anyOf(w.since)})\\s`, 'i'),
    previousOpens: new RegExp(`^(?:${anyOf(w.previous)})\\s`, 'i'),
    afterParts: new RegExp(`^(\\S+)\\s+(\\S+)\\s+(?:${anyOf(w.after)})\\s+(.*)$`, 'isu'),
    agoParts: new RegExp(`^(\\S+)\\s+(\\S+)\\s+(?:${anyOf(w.ago)})$`, 'iu'),
    nameOrNumber: new RegExp(`${LBI}(?:${[...dates.months, ...Object.keys(dates.monthAbbrev), ...dates.weekdays].sort((a, b) => b.length - a.length).join('|')}|\\d+${ord})${RBI}`, 'gi'),
  };
  return index;
}

/**
 * The sentence with the month and weekday names and the numbers of its date cues blanked out ("_" of the same
 * length, so spans stay put): "On 9 May 2020" reads "On _ ___ ____", never the modal "may"; the glue words of a cue
 * ("starting on Monday") are kept. `cues`: start-sorted, those outside the sentence are skipped.
 */
export function maskDateWords(s: Sentence, cues: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = s.start;
  const { nameOrNumber } = getIndex();
  for (const c of cues) {
    if (c.start < at || c.end > s.end) continue;
    const cue = s.text.slice(c.start - s.start, c.end - s.start);
    out += s.text.slice(at - s.start, c.start - s.start) + cue.replace(nameOrNumber, (w) => '_'.repeat(w.length));
    at = c.end;
  }
  return at === s.start ? s.text : out + s.text.slice(at - s.start);
}

/** Every date cue in the text, in order. */
export function findDateCues(text: string): DateCue[] {
  const { re } = getIndex();
  const out: DateCue[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const g = m.groups ?? {};
    const kind = (Object.keys(g) as CueKind[]).find((k) => g[k] !== undefined);
    if (!kind) continue;
    out.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (s: string) => new Date(`${s}T12:00:00Z`);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);


function monthIndex(word: string): number {
  const { dates } = getLexicon();
  const w = word.toLowerCase();
  const i = dates.months.indexOf(w);
  return i >= 0 ? i : (dates.monthAbbrev[w] ?? 0) - 1;
}

/**
 * "March 14", "February 26, 2021", "14 March 2016": parsed directly (fast path). Without a year,
 * the latest such date not more than a week after the reference. Anything else goes to chrono-node
 * with the reference date and forwardDate false.
 */
function chronoDate(phrase: string, ref: Date): Date | null {
  const p = phrase.trim().replace(/\s+/g, ' ');
  const { explicitMD, explicitDM } = getIndex();
  const md = explicitMD.exec(p);
  const dm = md ? null : explicitDM.exec(p);
  const parts = md ? { m: md[1]!, d: md[2]!, y: md[3] } : dm ? { m: dm[2]!, d: dm[1]!, y: dm[3] } : null;
  if (parts) {
    const mi = monthIndex(parts.m);
    const day = Number(parts.d);
    if (mi >= 0 && day >= 1 && day <= 31) {
      let year = parts.y ? Number(parts.y) : ref.getUTCFullYear();
      let d = new Date(Date.UTC(year, mi, day, 12));
      if (!parts.y && d.getTime() > ref.getTime() + getLexicon().dates.yearlessAheadDays * DAY) { year -= 1; d = new Date(Date.UTC(year, mi, day, 12)); }
      return d;
    }
  }
  const r = chrono.parse(phrase, ref, { forwardDate: false })[0];
  if (!r) return null;
  const c = r.start;
  return new Date(Date.UTC(c.get('year') ?? ref.getUTCFullYear(), (c.get('month') ?? 1) - 1, c.get('day') ?? 1, 12));
}

function numberValue(word: string): number {
  const n = Number(word);
  return Number.isFinite(n) ? n : getIndex().numbers.get(word.toLowerCase()) ?? NaN;
}

const memo = new Map<string, ResolvedDate>();

/** Resolve one cue. `future` = the clause speaks of something still to come ("is holding talks on Thursday"). */
export function resolveCue(cue: DateCue, published: string | null, future = false): ResolvedDate {
  const key = `${cue.kind}|${cue.text}|${published}|${future}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const r = resolveUncached(cue, published, future);
  if (memo.size > 10_000) memo.clear();
  memo.set(key, r);
  return r;
}

function resolveUncached(cue: DateCue, published: string | null, future: boolean): ResolvedDate {
  const { dates } = getLexicon();
  const text = cue.text;
  const lower = text.toLowerCase();
  if (!published) {
    if (cue.kind === 'explicit' && /\d{4}/.test(text)) {
      const d = chronoDate(text, new Date());
      if (d) return { value: iso(d), precision: 1, text, why: 'explicit date with year' };
    }
    return { value: null, precision: null, text, why: 'no publication date to resolve relative words against' };
  }
  const ref = utc(published);
  switch (cue.kind) {
    case 'explicit': {
      const d = chronoDate(text.replace(getIndex().looseOpener, ''), ref);
      return d ? { value: iso(d), precision: 1, text, why: 'explicit date' } : unresolved(text);
    }
    case 'after': {
      const m = getIndex().afterParts.exec(text);
      const anchor = m ? chronoDate(m[3]!, ref) : null;
      const n = m ? numberValue(m[1]!) * (dates.agoUnits[m[2]!.toLowerCase()] ?? NaN) : NaN;
      return anchor && Number.isFinite(n) ? { value: iso(addDays(anchor, n)), precision: 1, text, why: `${m![1]} ${m![2]} after the named date` } : unresolved(text);
    }
    case 'since': {
      const from = chronoDate(text.replace(getIndex().sinceHead, ''), ref);
      if (!from) return unresolved(text);
      const span = Math.max(0, Math.round((ref.getTime() - from.getTime()) / DAY));
      return { value: iso(addDays(from, Math.floor(span / 2))), precision: span <= dates.sinceWeekMaxDays ? 2 : 3, text, why: `period since ${iso(from)}, coded to its middle` };
    }
    case 'ago': {
      const m = getIndex().agoParts.exec(text);
      const unit = m ? dates.agoUnits[m[2]!.toLowerCase()] ?? NaN : NaN;
      const n = m ? numberValue(m[1]!) : NaN;
      if (!Number.isFinite(n * unit)) return unresolved(text);
      const precision = unit === 1 ? 1 : unit === 7 ? 2 : unit === 30 ? 3 : null;
      return { value: precision ? iso(addDays(ref, -n * unit)) : null, precision, text, why: `${n} × ${unit} days before publication` };
    }
    case 'weekday': {
      const wd = dates.weekdays.findIndex((w) => lower.includes(w));
      const last = getIndex().previousOpens.test(text);
      let delta = (ref.getUTCDay() - wd + 7) % 7;
      if (getIndex().sinceOpens.test(text)) {
        return { value: iso(addDays(ref, -Math.floor(delta / 2))), precision: delta <= dates.sinceWeekdayDayMaxDays ? 1 : 2, text, why: 'period since that weekday, coded to its middle' };
      }
      if (last && delta === 0) delta = 7;
      if (future && !last && delta !== 0) delta -= 7;
      return { value: iso(addDays(ref, -delta)), precision: 1, text, why: future && delta < 0 ? 'next such weekday (future tense)' : 'most recent such weekday on or before publication' };
    }
    case 'relative': {
      const key = Object.keys(dates.relative).find((k) => k === lower.replace(/\s+/g, ' '));
      const r = key ? dates.relative[key] : undefined;
      if (!r) return unresolved(text);
      if (r.month !== undefined) {
        const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + r.month, dates.monthMidDay, 12));
        // "earlier this month" in a report of the 10th: the midpoint is still to come, so the report date caps it
        if (r.month === 0 && d > ref) return { value: iso(ref), precision: 3, text, why: 'this month, coded to the report date (its midpoint is still to come)' };
        return { value: iso(d), precision: 3, text, why: 'month coded to its midpoint' };
      }
      if (r.week !== undefined) {
        const wed = addDays(ref, 3 - ref.getUTCDay() + 7 * r.week);
        // this week's Wednesday is capped at publication; a coming week ("next week") is ahead of it
        return { value: iso(wed > ref && r.week <= 0 ? ref : wed), precision: 2, text, why: 'week coded to its Wednesday (ACLED)' };
      }
      return { value: iso(addDays(ref, r.offset)), precision: r.precision, text, why: `${r.offset} day(s) from publication` };
    }
    case 'month': {
      const mi = dates.months.findIndex((mo) => lower.includes(mo));
      const y = /(\d{4})/.exec(text);
      let year = y ? Number(y[1]) : ref.getUTCFullYear();
      if (!y && mi > ref.getUTCMonth()) year -= 1;
      const lastDay = new Date(Date.UTC(year, mi + 1, 0, 12)).getUTCDate();
      const ix = getIndex();
      const dayOf = ix.monthEnd.test(text) ? lastDay : ix.monthStart.test(text) ? 1 : dates.monthMidDay;
      return { value: iso(new Date(Date.UTC(year, mi, dayOf, 12))), precision: 3, text, why: 'month only (ACLED precision 3)' };
    }
    case 'year':
      return { value: null, precision: null, text, why: 'only a year: below ACLED time precision' };
  }
}

function unresolved(text: string): ResolvedDate {
  return { value: null, precision: null, text, why: 'date words could not be resolved' };
}

/** The publication date as the event date (ACLED accepts the report date when the text gives none). */
export function fromPublication(published: string | null): ResolvedDate {
  return published
    ? { value: published, precision: 1, text: null, why: 'no date words: date from publication (report date, ACLED fallback)' }
    : { value: null, precision: null, text: null, why: 'no date words and no publication date' };
}

let futureRe: RegExp | null = null;
/** The clause speaks of something still to come ("is holding talks", "will"). */
export function isFuture(text: string): boolean {
  futureRe ??= compileList(getLexicon().dates.futureCues, 'i');
  return futureRe.test(text);
}

/**
 * The date words nearest the anchors (trigger, fatality figure). Words across a clause break
 * ("talks that collapsed last week") date another event and are skipped, unless they open the
 * sentence ("On Monday, …").
 */
export function pickCue(text: string, s: Sentence, cues: readonly DateCue[], anchors: readonly number[], opensAt = s.start): DateCue | null {
  let best: DateCue | null = null;
  let bestD = Infinity;
  const gapRe = clauseGap();
  const { cuePenalty, pickCue: near } = getLexicon().dates;
  for (const c of cues) {
    // (from the end of a leading label when there is one: "Looting: On 5 May 2020, …")
    const opening = c.start >= opensAt && c.start - opensAt < near.openingChars;
    let d = Infinity;
    for (const a of anchors) {
      const gap = a < c.start ? text.slice(a, c.start) : a > c.end ? text.slice(c.end, a) : '';
      const broken = gapRe.test(gap);
      // words in a clause after the trigger date something else ("talks that collapsed last week");
      // words in an earlier clause still frame the sentence
      if (opening || !broken) d = Math.min(d, gap.length);
      else if (a > c.end) d = Math.min(d, gap.length + near.earlierClausePenalty);
    }
    if (d === Infinity) continue;
    d += cuePenalty[c.kind];
    if (d < bestD) { best = c; bestD = d; }
  }
  return best;
}
