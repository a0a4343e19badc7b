/**
 * Sentence frames that decide what a trigger is part of: a leading label, a protest's grievance, absorbed types.
 * In: one sentence's judged triggers and its text with the date words blanked (`masked`, offsets from s.start).
 * Out: new hit objects:
 * - a trigger inside one of its type's `civilUses` phrases is rejected ("stock markets rallied", "riot police");
 * - a trigger inside a leading label ("Looting: On 5 May …", the first triggers.json labels.maxWords words before a
 *   colon) names the sentence's type: weight 1 and `label` set (chooseTypes then keeps that type only);
 * - a trigger of another type in a protest's object ("protested against attacks by gunmen", "demanding justice for
 *   a man killed last week"; triggers.json grievance) is the grievance, not a new event: rejected;
 * - `absorbs` (per type): the triggers of the listed types in a sentence with an accepted trigger of this type are
 *   part of its event ("rioters clashed with police", "protesters were arrested"), and so is such an event told in
 *   the sentence right before or after (`absorbNeighbours`); `yieldsTo` says the same from the absorbed type's side
 *   (property destruction beside an attack is part of the attack);
 * - remoteFireAtAreas: a clash told only by the guns fired at an area ("fired machine guns at residential
 *   neighbourhoods") is shelling (events.json remoteFire).
 */
import type { EventType } from '../schemas';
import { getLexicon } from './lexicon';
import { alternation, compileList, LBI, RBI } from './phrase';
import type { Sentence } from './sentences';
import type { Draft } from './draft';
import type { TriggerHit } from './triggers';

interface FrameRegexes {
  label: RegExp; cue: RegExp; beforeCue: RegExp; breaks: RegExp; framing: ReadonlySet<EventType>;
  /** per type, the civil phrases around its trigger words ("riot police", "stock markets rallied") */
  civil: Map<EventType, RegExp>;
}
let compiled: FrameRegexes | null = null;

function regexes(): FrameRegexes {
  if (compiled) return compiled;
  const { labels, grievance, types } = getLexicon().triggers;
  const word = "[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ/&'’-]*";
  compiled = {
    label: new RegExp(`^\\s*(?:${word}\\s+){0,${labels.maxWords - 1}}${word}\\s*:`),
    cue: compileList(grievance.cues, 'gi'),
    beforeCue: compileList(grievance.beforeCues, 'gi'),
    breaks: /[;:—–]|,\s|\b(?:but|while|when|then|before|after|which|who|where)\b/i,
    framing: new Set(grievance.framing),
    civil: new Map(Object.entries(types).flatMap(([type, t]) => (t?.civilUses ? [[type as EventType, compileList(t.civilUses.phrases, 'gi')] as const] : []))),
  };
  return compiled;
}

const wordCount = (s: string) => (s.trim() ? s.trim().split(/\s+/).length : 0);

/** Leading label and grievance rules over a sentence's judged triggers (see the header). */
export function judgeFrames(s: Sentence, masked: string, hits: readonly TriggerHit[]): TriggerHit[] {
  if (hits.length === 0) return [];
  const re = regexes();
  const { grievance: { maxWords }, figurative: { beforeChars }, lookAfterChars } = getLexicon().triggers;
  // a civil phrase reaches as far around the trigger as a figurative use does (figurative.beforeChars, lookAfterChars)
  const civilUse = (t: TriggerHit): string | null => {
    const cre = re.civil.get(t.type)!;
    const from = Math.max(0, t.start - s.start - beforeChars);
    const window = masked.slice(from, t.end - s.start + lookAfterChars);
    cre.lastIndex = 0;
    for (let m = cre.exec(window); m; m = cre.exec(window)) {
      const a = s.start + from + m.index;
      if (a <= t.start && a + m[0].length >= t.end) return m[0];
    }
    return null;
  };

  const label = re.label.exec(masked);
  const labelEnd = label ? s.start + label[0].length : -1;
  const framing = hits.filter((h) => h.rejected === null && re.framing.has(h.type));
  return hits.map((t) => {
    if (label && t.start >= s.start && t.end < labelEnd) return { ...t, weight: 1, label: true, rejected: null };
    if (t.rejected !== null) return t;
    const use = re.civil.has(t.type) ? civilUse(t) : null;
    if (use) return { ...t, rejected: `a civil use ("${use}")` };
    for (const f of framing) {
      if (f.type === t.type || (f.start < t.end && t.start < f.end)) continue;
      // after the frame, its own words count ("protesting the arrest of …" names its object right after the verb);
      // before it, a description of the protesters ("families who claim their children were kidnapped … held a sit-in")
      const after = f.start < t.start;
      const between = after ? masked.slice(f.start - s.start, t.start - s.start) : masked.slice(0, t.start - s.start);
      const cue = after ? re.cue : re.beforeCue;
      cue.lastIndex = 0;
      let last: RegExpExecArray | null = null;
      for (let m = cue.exec(between); m; m = cue.exec(between)) last = m;
      if (!last) continue;
      const gap = between.slice(last.index + last[0].length);
      if (wordCount(gap) <= maxWords && !re.breaks.test(gap)) return { ...t, rejected: `the grievance of a ${f.type} ("${last[0]}"), not a new event` };
    }
    return t;
  });
}

/**
 * Where the sentence's own words start: after a leading label ("Property destruction: On 5 May 2020, …"), else at
 * the sentence start. A date opening those words frames the sentence as it would without the label (dates.ts pickCue).
 */
export function labelEnd(masked: string, s: Sentence): number {
  const label = regexes().label.exec(masked);
  return label ? s.start + label[0].length : s.start;
}

/** The accepted triggers left once labels and absorbing types have spoken. */
export function absorbed(ok: readonly TriggerHit[]): TriggerHit[] {
  const labelled = ok.find((t) => t.label);
  if (labelled) return ok.filter((t) => t.type === labelled.type);
  const types = getLexicon().triggers.types;
  const gone = new Set<EventType>();
  for (const t of ok) for (const x of types[t.type]?.absorbs ?? []) if (x !== t.type) gone.add(x);
  for (const t of ok) if (types[t.type]?.yieldsTo?.some((y) => y !== t.type && ok.some((o) => o.type === y))) gone.add(t.type);
  return gone.size ? ok.filter((t) => !gone.has(t.type)) : [...ok];
}

/**
 * "… held a demonstration in X. Demonstrators clashed with police.": an event of an absorbing type takes in an event
 * of a type it absorbs told in the sentence right before or after it, on the same day, at the same place or at none
 * of its own. In: drafts in text order and the sentence index of each. Out: the drafts kept (new array).
 */
export function absorbNeighbours(drafts: readonly Draft[], sentenceOf: (d: Draft) => number): Draft[] {
  const types = getLexicon().triggers.types;
  if (drafts.length < 2) return [...drafts];
  const gone = new Set<Draft>();
  // once per article: each draft's sentence, the drafts of each sentence (text order), and per type what it takes in
  // (its own absorbs and every type of the article that yields to it), so each draft looks only at its two neighbours
  const sentence = new Map<Draft, number>();
  const bySentence = new Map<number, Draft[]>();
  for (const d of drafts) {
    const k = sentenceOf(d);
    sentence.set(d, k);
    const list = bySentence.get(k);
    if (list) list.push(d);
    else bySentence.set(k, [d]);
  }
  const present = new Set(drafts.map((d) => d.type));
  const absorbsOf = new Map<string, string[]>();
  for (const a of drafts) {
    let absorbs = absorbsOf.get(a.type);
    if (!absorbs) {
      absorbs = [...types[a.type]?.absorbs ?? []];
      for (const t of present) if (types[t]?.yieldsTo?.includes(a.type)) absorbs.push(t);
      absorbsOf.set(a.type, absorbs);
    }
    if (absorbs.length === 0 || gone.has(a) || a.background) continue;
    const ia = sentence.get(a)!;
    for (const b of [...bySentence.get(ia - 1) ?? [], ...bySentence.get(ia + 1) ?? []]) {
      if (b === a || gone.has(b) || !absorbs.includes(b.type) || types[b.type]?.absorbs?.includes(a.type)) continue;
      const samePlace = !a.place || !b.place || b.placeInherited || a.placeInherited || a.place.name === b.place.name;
      if (b.date.value === a.date.value && samePlace) gone.add(b);
    }
  }
  return gone.size ? drafts.filter((d) => !gone.has(d)) : [...drafts];
}

interface RemoteFireRegexes { verb: RegExp; weapon: RegExp; at: RegExp }
let remote: RemoteFireRegexes | null = null;

function remoteRegexes(): RemoteFireRegexes {
  if (remote) return remote;
  const { verbs, weapons, targets, atWords } = getLexicon().events.remoteFire;
  remote = {
    verb: compileList(verbs, 'i'),
    weapon: new RegExp(`^(?:${alternation(weapons, false, true)})$`),
    at: new RegExp(`${LBI}at\\s+(?:[^\\s.;:,()]+\\s+){0,${atWords}}?(?:${alternation(targets, false, true)})${RBI}`),
  };
  return remote;
}

/**
 * "pro-Houthi forces fired 14.5mm and 12.7mm machine guns at residential neighbourhoods", "fired machine guns at
 * scattered areas of Hays district": guns fired at an area, not at an enemy, are remote violence. A clash trigger
 * that is only a weapon (events.json remoteFire.weapons), after a firing verb in its clause, whose first "at" after
 * it opens on an area (remoteFire.targets, within atWords words) becomes a shelling trigger. Returns new objects.
 */
export function remoteFireAtAreas(text: string, s: Sentence, triggers: readonly TriggerHit[]): TriggerHit[] {
  const { maxChars } = getLexicon().events.remoteFire;
  const re = remoteRegexes();
  return triggers.map((t) => {
    if (t.type !== 'clash' || t.rejected !== null || !re.weapon.test(t.text)) return t;
    const before = text.slice(Math.max(s.start, t.start - maxChars), t.start);
    if (!re.verb.test(before.slice(before.lastIndexOf(';') + 1))) return t;
    const after = text.slice(t.end, Math.min(s.end, t.end + maxChars));
    const at = re.at.exec(after);
    // (the first "at" after the guns is where they fire: "at the positions of … in the area of" is no area)
    if (!at || after.search(/(?<![A-Za-z])at\s/) !== at.index) return t;
    return { ...t, type: 'shelling' as const, retypedBy: `guns fired at an area ("${at[0]}"): remote fire, shelling (events.json remoteFire)` };
  });
}
