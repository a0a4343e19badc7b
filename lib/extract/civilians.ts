/**
 * Violence against civilians: an armed party kills, shoots, beats or tortures unarmed people.
 * In: the article text (findCivilianFrames, one pass per frame regex) and, per sentence, its judged triggers and
 * actor hits (resolveCivilians). Out: 'attack' TriggerHits marked `frame` (an active verb with a victim object,
 * a victim as the subject of a passive verb, a nominal attack on a victim, a body found with the marks of
 * organised violence), then per sentence the triggers judged again: a frame without a perpetrator is crime, not
 * conflict; one-sided clash words become the attack; a frame beside an armed opponent leaves the event to the clash; beside
 * an air strike, shelling, explosion, riot or protest the victims are that event's.
 * Every word list and window is a row of data/extract/civilians.json (zod-validated here, compiled once).
 */
import { z } from 'zod';
import civiliansJson from '../../data/extract/civilians.json';
import type { EventType, Mention } from '../schemas';
import type { ActorHit } from './actors';
import type { FatalityHit } from './fatalities';
import { getLexicon, parse } from './lexicon';
import { LBI, RBI, alternation, compileList } from './phrase';
import type { Sentence } from './sentences';
import type { TriggerHit } from './triggers';

const Words = z.array(z.string().min(1)).min(1);
const N = z.number().int().positive();
export const CiviliansFile = z.object({
  about: z.string(),
  activeVerbs: Words, passiveVerbs: Words, passiveAuxiliaries: Words, nominal: Words, nominalLinks: Words,
  victims: Words, places: Words, placeVerbs: Words, ofWindow: N, gapWords: N,
  perpetrators: Words, perpetratorWindow: N, byWindow: N, settings: Words, criminal: Words,
  armedOpponents: Words, opponentWindow: N, twoSided: Words, oneSidedClash: z.object({ about: z.string(), defended: Words, words: Words }), yieldTo: z.array(z.string()), instrumentWeapons: Words, instrumentWords: Words, namedPlaceKinds: Words,
  bodies: z.object({ about: z.string(), heads: Words, marks: Words, windowChars: N }),
  lethal: z.object({ about: z.string(), verbs: Words, singular: Words }),
  offDuty: z.object({ about: z.string(), markers: Words, after: Words }),
  weight: z.number().min(0).max(1),
});
type CiviliansLexicon = z.infer<typeof CiviliansFile>;

interface Index {
  lex: CiviliansLexicon;
  lethal: RegExp;
  /** "two farmers", "a man": a victim's number (a digit or a numbers.json unit) or a singular article; global, for
   * the victims of a frame one after another ("a man and a woman") */
  victimCounts: RegExp;
  frames: RegExp[];
  bodyHead: RegExp;
  bodyMark: RegExp;
  perpetrator: RegExp;
  byPerpetrator: RegExp;
  criminal: RegExp;
  /** "in a drive-by incident": the setting names organised armed violence */
  setting: RegExp;
  opponent: RegExp;
  /** an armed opponent as the object of an active violent verb, or the subject of a passive one */
  armedVictims: RegExp[];
  /** the frame is a place attacked ("raided a house"), not a person hurt */
  placeFrame: RegExp;
  twoSided: RegExp;
  /** clash words that tell one side's act: the whole trigger is one of civilians.json oneSidedClash */
  oneSided: RegExp;
  /** a held place as the object of a one-sided clash word ("attacked the town of"): a fight for it */
  defended: RegExp;
  /** a place of civilians ("the Balata refugee camp", "an IDP camp"): never an armed opponent, whatever its words */
  civilPlace: RegExp;
  /** the kinds of place that, named right after a place verb, are attacked like "the village" */
  namedPlaceKinds: Set<string>;
  /** a place verb (and an article) right before a name: "attacked ", "raided the " */
  placeVerbBefore: RegExp;
  /** a gun named by a trigger: the instrument of violence, when a verb takes it ("with heavy machine guns") */
  instrument: RegExp;
  /** the words right before a weapon that make it the instrument of a verb: "opened fire with", "using" */
  instrumentBefore: RegExp;
  /** an armed noun after an off-duty marker (global: used to blank such victims out of an object) */
  offDutyArmed: RegExp;
  ofArmed: RegExp;
  yieldTo: Set<string>;
  armedInter: Set<number>;
  inter: Map<string, number>;
}
let index: Index | null = null;

const WORD = "[A-Za-zÀ-ÖØ-öø-ÿ0-9'’-]+";

function getIndex(): Index {
  if (index) return index;
  const lex = parse(CiviliansFile, civiliansJson, 'data/extract/civilians.json');
  const gap = `(?<gap>(?:${WORD}\\s+){0,${lex.gapWords}}?)`;
  // (an armed man off duty is a civilian: "an off-duty soldier")
  const offDutyVictims = lex.offDuty.markers.flatMap((m) => lex.armedOpponents.map((o) => `${m} ${o}`));
  const victims = `(?<victim>${alternation([...lex.victims, ...offDutyVictims])})`;
  const offDuty = alternation(lex.offDuty.markers);
  const armed = alternation(lex.armedOpponents);
  const offDutyAfter = alternation(lex.offDuty.after);
  const active = alternation(lex.activeVerbs);
  const perp = alternation(lex.perpetrators);
  const ext = getLexicon();
  const units = Object.keys(ext.numbers.units);
  index = {
    lex,
    lethal: compileList(lex.lethal.verbs, 'i'),
    victimCounts: new RegExp(`\\b(\\d+|${alternation([...units, ...lex.lethal.singular])})\\s+(?:${WORD}\\s+){0,3}?(?:${alternation(lex.victims)})${RBI}`, 'gi'),
    // frames open on \b, not a lookbehind: their first words are ASCII, and a plain boundary lets the engine skip ahead
    frames: [
      // "gunmen shot and killed two farmers", "opened fire on civilians"
      new RegExp(`\\b(?:${active})(?:\\s+and\\s+(?:${active}))?\\s+${gap}${victims}${RBI}`, 'gi'),
      // "a teacher and his son were shot dead", "two women were reportedly killed"
      new RegExp(`\\b${victims}(?<gap>(?:\\s+${WORD}){0,${lex.gapWords}}?)\\s+(?:${alternation(lex.passiveAuxiliaries)})\\s+(?:[a-z]+ly\\s+)?(?:${alternation(lex.passiveVerbs)})${RBI}`, 'gi'),
      // "shot and killed a soldier who was off duty"
      new RegExp(`\\b(?:${active})(?:\\s+and\\s+(?:${active}))?\\s+${gap}(?<victim>(?:${armed})${RBI}\\s*(?:${offDutyAfter}))`, 'gi'),
      // "a drive-by shooting against a trader"
      new RegExp(`\\b(?:${alternation(lex.nominal)})\\s+(?:${alternation(lex.nominalLinks)})\\s+${gap}${victims}${RBI}`, 'gi'),
      // "attacked the village of …"
      new RegExp(`\\b(?:${alternation(lex.placeVerbs)})\\s+${gap}(?<victim>${alternation(lex.places)})${RBI}`, 'gi'),
    ],
    bodyHead: new RegExp(`\\b(?:${alternation(lex.bodies.heads)})${RBI}`, 'gi'),
    bodyMark: compileList(lex.bodies.marks, 'i'),
    perpetrator: compileList(lex.perpetrators, 'i'),
    byPerpetrator: new RegExp(`^(?:\\s+${WORD}){0,${lex.byWindow}}?\\s+by\\s+(?:${WORD}\\s+){0,3}?(?:${perp})${RBI}`, 'i'),
    criminal: compileList(lex.criminal, 'i'),
    setting: compileList(lex.settings, 'i'),
    offDutyArmed: new RegExp(`${LBI}(?:(?:${offDuty})\\s+(?:${armed})${RBI}|(?:(?:${armed})\\s+)?(?:${armed})${RBI}\\s*(?:${offDutyAfter}))`, 'gi'),
    opponent: compileList(lex.armedOpponents, 'i'),
    civilPlace: compileList(lex.places, 'gi'),
    armedVictims: [
      // (not across a preposition: "shot dead by gunmen" names the agent, "killed a man at a checkpoint" the place,
      // "killed during a police raid" the setting)
      new RegExp(`${LBI}(?:${active})\\s+(?:(?!(?:by|at|in|near|on|from|inside|outside|after|before|with|during|amid|following)\\s)${WORD}\\s+){0,${lex.gapWords}}?(?:${alternation(lex.armedOpponents)})${RBI}`, 'i'),
      new RegExp(`${LBI}(?:${alternation(lex.armedOpponents)})(?:\\s+${WORD}){0,${lex.gapWords}}?\\s+(?:${alternation(lex.passiveAuxiliaries)})\\s+(?:[a-z]+ly\\s+)?(?:${alternation(lex.passiveVerbs)})${RBI}`, 'i'),
    ],
    placeFrame: new RegExp(`^(?:${alternation(lex.placeVerbs)})\\s`, 'i'),
    namedPlaceKinds: new Set(lex.namedPlaceKinds),
    placeVerbBefore: new RegExp(`\\b(?:${alternation(lex.placeVerbs)})\\s+(?:the\\s+)?$`, 'i'),
    twoSided: compileList(lex.twoSided, 'i'),
    oneSided: new RegExp(`^(?:${alternation(lex.oneSidedClash.words, false, true)})$`),
    // (the held place is the object's head: "the town of Geneina", "Geneina town", not "a district sports chairman")
    defended: new RegExp(`${LBI}(?:${alternation(lex.oneSidedClash.defended, false, true)})(?=\\s*$|\\s*[,.;:()]|\\s+(?:of|in|near|on|at|and|center|centre|headquarters|[A-Z]))`),
    instrument: compileList(lex.instrumentWeapons, 'i'),
    instrumentBefore: new RegExp(`\\b(?:${alternation(lex.instrumentWords)})\\s+(?:\\w+\\s+)?$`, 'i'),
    ofArmed: new RegExp(`^\\s+of\\s+[^,;.]*?${LBI}(?:${alternation([...lex.perpetrators, ...lex.armedOpponents])})${RBI}`, 'i'),
    yieldTo: new Set(lex.yieldTo),
    armedInter: new Set(ext.roles.armedInter),
    inter: new Map(ext.actors.map((a) => [a.id, a.inter])),
  };
  return index;
}

/** The words say two sides fought ("clashed with", "exchanged fire"): civilians.json twoSided. */
export function twoSidedWords(text: string): boolean {
  const re = getIndex().twoSided;
  re.lastIndex = 0;
  return re.test(text);
}

/** The civilians lexicon (validated), for tests and the README. */
export function civiliansLexicon(): CiviliansLexicon {
  return getIndex().lex;
}

/**
 * Every frame of violence against unarmed people in the text, as 'attack' triggers (judged per sentence later).
 * `mentions` (the geoparser's): a village named right after a place verb ("militants attacked Kormalow") is a frame
 * like "attacked the village".
 */
export function findCivilianFrames(text: string, mentions: readonly Mention[] = []): TriggerHit[] {
  const ix = getIndex();
  const out: TriggerHit[] = [];
  const hit = (start: number, end: number, frame: 'victim' | 'body'): TriggerHit => ({
    type: 'attack', start, end, text: text.slice(start, end), weight: ix.lex.weight, rejected: null, background: null, planned: null, frame,
  });
  for (const m of mentions) {
    if (!m.isLocation || !m.place || !ix.namedPlaceKinds.has(m.place.kind)) continue;
    const verb = ix.placeVerbBefore.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (verb) out.push(hit(m.start - verb[0].length, m.end, 'victim'));
  }
  for (const re of ix.frames) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const end = m.index + m[0].length;
      // "killed two armed men", "shot three soldiers' wives": an armed word in the object is no unarmed victim
      const victim = m.groups?.victim ?? '';
      const object = `${m.groups?.gap ?? ''} ${victim}`;
      // "Shooting Stars Children": a victim is a common noun, in lower case as the data lists it
      if (victim[0] !== victim[0]?.toLowerCase() && !ix.lex.victims.includes(victim) && !ix.lex.places.includes(victim)) continue;
      const victimStart = m.index + m[0].lastIndexOf(victim, re === ix.frames[1] ? victim.length : undefined);
      const head = `${lastWords(text.slice(Math.max(0, victimStart - 40), victimStart), 2)} ${object}`;
      // ("an off-duty soldier" is the victim, not an armed party)
      const armedHead = head.replace(ix.offDutyArmed, ' ');
      if (ix.perpetrator.test(armedHead) || ix.opponent.test(armedHead)) continue;
      // "two members of the militia": the noun's group is armed
      const victimEnd = re === ix.frames[1] ? m.index + victim.length : end;
      if (ix.ofArmed.test(text.slice(victimEnd, victimEnd + ix.lex.ofWindow))) continue;
      out.push(hit(m.index, end, 'victim'));
    }
  }
  ix.bodyHead.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = ix.bodyHead.exec(text)) !== null) {
    const end = b.index + b[0].length;
    if (ix.bodyMark.test(text.slice(Math.max(0, b.index - 40), end + ix.lex.bodies.windowChars))) out.push(hit(b.index, end, 'body'));
  }
  return out;
}

function lastWords(s: string, n: number): string {
  const words = s.slice(-n * 20).trim().split(/\s+/);
  return words.slice(Math.max(0, words.length - n)).join(' ');
}

function firstWords(s: string, n: number): string {
  return s.split(/\s+/).slice(0, n + 1).join(' ');
}

const UNARMED_KINDS: ReadonlySet<string> = new Set(['protesters', 'rioters', 'civilians']);

/** A named party of the actor table that is armed, or one the table does not know (an armed group read open-world); crowds and civilians never. */
function armedHit(h: ActorHit): boolean {
  const ix = getIndex();
  if (h.open) return !UNARMED_KINDS.has(h.open.kind);
  const i = ix.inter.get(h.id);
  return i === undefined || ix.armedInter.has(i);
}

/** An armed party does the violence: a perpetrator noun or an armed actor before the verb in its clause, or after "by". */
function perpetratorOf(text: string, s: Sentence, t: TriggerHit, hits: readonly ActorHit[]): boolean {
  const ix = getIndex();
  const before = text.slice(s.start, t.start);
  const clause = before.slice(before.lastIndexOf(';') + 1);
  const back = lastWords(clause, ix.lex.perpetratorWindow);
  if (ix.perpetrator.test(back)) return true;
  const after = text.slice(t.end, s.end);
  if (ix.byPerpetrator.test(after) || ix.setting.test(after)) return true;
  const from = t.start - back.length - 1;
  const byAt = after.search(/\sby\s/);
  // a named party of the actor table that is armed, or one the table does not know (an armed group read open-world)
  // (unnamed "police" read open-world hurt a person as a perpetrator — ACLED codes police violence against civilians —
  // but a place they raid is an operation, not an attack; crowds and civilians are never perpetrators)
  const armed = (h: ActorHit) => armedHit(h) && (h.open?.unnamed !== 'police' || !ix.placeFrame.test(t.text));
  return hits.some((h) => armed(h) && (
    (h.end <= t.start && h.start >= from) || (byAt >= 0 && h.start >= t.end + byAt && h.start - t.end < byAt + 40)));
}

/**
 * The sentence says two sides fought ("repelled by troops"), or armed men are among the victims ("wounded four
 * gendarmes"), or its clash words face an armed opponent: the violence is a clash.
 */
function twoSidedClash(text: string, s: Sentence, clash: readonly TriggerHit[]): boolean {
  const ix = getIndex();
  const sentence = text.slice(s.start, s.end);
  // ("two off-duty police officers were shot": men off duty are no armed victims)
  const armedSentence = sentence.replace(ix.offDutyArmed, ' ');
  if (ix.twoSided.test(sentence) || ix.armedVictims.some((re) => re.test(armedSentence))) return true;
  return clash.some((t) => {
    // the clash words' object: what follows their first word, up to an agent ("killed by suspected militants" names no opponent)
    // (men off duty blanked before the window is cut: "a police officer who was off duty")
    const object = firstWords(`${t.text.replace(/^\S+/, '')} ${text.slice(t.end, s.end)}`.replace(ix.offDutyArmed, ' ').trim(), ix.lex.opponentWindow).split(/\bby\b/i)[0]!;
    return ix.opponent.test(object.replace(ix.civilPlace, ' '));
  });
}

/**
 * Judge the sentence's violence against civilians. Returns new objects: frames without a perpetrator (or in a
 * criminal setting) and frames beside a remote or crowd event are dropped; one event per sentence between
 * clash and attack (clash words retyped to attack, or the frames left to the clash).
 */
export function resolveCivilians(text: string, s: Sentence, judged: readonly TriggerHit[], hits: readonly ActorHit[]): TriggerHit[] {
  // a frame that does not stand is dropped, not kept rejected: its words are another event's ("Rafah killed 13 people")
  if (!judged.some((t) => t.frame && t.rejected === null)) return oneSidedAttack(text, s, judged.filter((t) => !t.frame), hits);
  const ix = getIndex();
  const sentence = text.slice(s.start, s.end);
  const crime = ix.criminal.exec(sentence);
  // a remote or crowd event strong enough to stand on its own words ("an air strike killed two farmers")
  const strong = getLexicon().events.weakTriggerBelow;
  // ("opened fire with heavy machine guns on villagers": a weapon named as the instrument of a verb, or inside a
  // frame between its verb and its victims, is that violence's weapon, not an event of its own)
  const inFrame = (t: TriggerHit) => ix.instrument.test(t.text) && (ix.instrumentBefore.test(text.slice(Math.max(s.start, t.start - 12), t.start))
    || judged.some((f) => f.frame && f.rejected === null && f.start < t.start && t.end < f.end));
  const other = judged.find((t) => t.rejected === null && !t.frame && ix.yieldTo.has(t.type) && t.weight >= strong && !inFrame(t));
  let out = judged.map((t): TriggerHit => {
    if (!t.frame || t.rejected !== null) return t;
    if (crime) return { ...t, rejected: `a criminal setting ("${crime[0]}"), not conflict` };
    if (other) return { ...t, rejected: `the victims of the ${other.type} ("${other.text}")` };
    if (t.frame === 'victim' && !perpetratorOf(text, s, t, hits)) return { ...t, rejected: 'no armed perpetrator named (crime, not conflict)' };
    return t;
  });
  if (!out.some((t) => t.frame && t.rejected === null)) return out.filter((t) => !t.frame);
  out = out.filter((t) => t.frame || !ix.yieldTo.has(t.type) || !inFrame(t));
  const clash = out.filter((t) => t.type === 'clash' && t.rejected === null);
  const to: EventType = twoSidedClash(text, s, clash) ? 'clash' : 'attack';
  out = out.map((t) => {
    if (t.rejected !== null) return t;
    if (to === 'attack' && t.type === 'clash') return { ...t, type: 'attack' };
    // the clash's own words stay its trigger; its toll still reaches it through the sentence
    if (to === 'clash' && t.frame) return { ...t, rejected: 'the victims of a clash with an armed opponent' };
    return t;
  });
  return out.filter((t) => !t.frame || t.rejected === null);
}

/**
 * A sentence with no victim frame whose clash is told only in one-sided words ("Islamic militants attacked Namava",
 * "gunmen stormed the office"), of an armed perpetrator, with no two-sided word, no armed opponent in their object,
 * no held town, city or district as that object (oneSidedClash.defended) and no second armed party in the sentence:
 * one side's violence, an attack (civilians.json oneSidedClash). Returns new objects; the sentence unchanged otherwise.
 */
function oneSidedAttack(text: string, s: Sentence, judged: TriggerHit[], hits: readonly ActorHit[]): TriggerHit[] {
  const clash = judged.filter((t) => t.type === 'clash' && t.rejected === null);
  if (clash.length === 0) return judged;
  const ix = getIndex();
  if (!clash.every((t) => ix.oneSided.test(t.text)) || ix.criminal.test(text.slice(s.start, s.end))) return judged;
  // ("gunmen stormed": the trigger names its perpetrator)
  if (twoSidedClash(text, s, clash) || !clash.some((t) => ix.perpetrator.test(t.text) || perpetratorOf(text, s, t, hits))) return judged;
  if (clash.some((t) => ix.defended.test(firstWords(text.slice(t.end, s.end).trim(), ix.lex.opponentWindow)))) return judged;
  // two armed parties named in the sentence ("IS militants attacked Iraqi forces"): a fight between them
  if (new Set(hits.filter(armedHit).map((h) => h.open?.name ?? h.id)).size > 1) return judged;
  return judged.map((t) => (clash.includes(t) ? { ...t, type: 'attack' } : t));
}

/**
 * The toll an accepted frame tells by itself ("shot dead two farmers" → 2, "a man was found dead" → 1), when the
 * sentence has no toll of its own; an empty list otherwise.
 */
export function frameTolls(text: string, triggers: readonly TriggerHit[], own: readonly FatalityHit[]): FatalityHit[] {
  if (own.length > 0) return [];
  const ix = getIndex();
  const units = getLexicon().numbers.units;
  const countOf = (word: string): number | null => (/^\d+$/.test(word) ? Number(word) : units[word] ?? (ix.lex.lethal.singular.includes(word) ? 1 : null));
  for (const t of triggers) {
    if (!t.frame || t.rejected !== null || t.type !== 'attack' || !ix.lethal.test(t.text)) continue;
    // a passive frame opens on its victim noun: its number stands before it, in the same clause ("a former village
    // councilor was shot dead"); victims joined by "and" add up ("a man and a woman were shot dead" → 2)
    const back = text.slice(Math.max(0, t.start - 40), t.start);
    const lead = back.slice(Math.max(back.lastIndexOf('.'), back.lastIndexOf(';'), back.lastIndexOf(','), back.lastIndexOf('(')) + 1);
    const scope = lead + t.text + text.slice(t.end, t.end + 40);
    const frameEnd = lead.length + t.text.length;
    let count: number | null = null;
    let last = -1;
    ix.victimCounts.lastIndex = 0;
    for (let m = ix.victimCounts.exec(scope); m !== null; m = ix.victimCounts.exec(scope)) {
      const n = countOf(m[1]!.toLowerCase());
      if (n === null || (count === null && m.index >= frameEnd)) break;
      if (count !== null && !/^\s*,?\s*(?:and\s+)?$/.test(scope.slice(last, m.index))) break;
      count = (count ?? 0) + n;
      last = m.index + m[0].length;
    }
    // a body found is one dead; bodies, remains and graves say no number by themselves
    if (count === null && t.frame === 'body' && !/bodies|corpses|remains|heads|grave/i.test(t.text)) count = 1;
    if (count !== null && count > 0) return [{ count, start: t.start, end: t.end, text: t.text, qualifier: null, cumulative: false, additive: false }];
  }
  return [];
}
