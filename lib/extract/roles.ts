/**
 * Role assignment around a trigger: who acted, who was hit, who brokered, who only spoke.
 * In: text, the sentence span, the event's trigger and type, the actor hits of that sentence.
 * Out: EventActor[] (one per actor id, strongest role kept) and the reasons.
 * Patterns (cue words from data/extract/roles.json): agent before the trigger in the same clause or
 * "by X" right after it; target after "on/against/at/of X" or as the object of "pounded X";
 * "X-backed" → ally; "brokered by X" → mediator; a name whose head noun opens the trigger ("Russian
 * warplanes struck", actors.ts unit hits) is its subject; "X said" → speaker (a speaker is not the actor
 * unless "it/they carried out …" points back to it); "between X and Y" → both act.
 * Every word list, role rank and ACLED inter class is a row of roles.json, compiled once (getIndex).
 */
import { interOfKind, kindFromInter, type Actor, type EventActor, type EventType } from '../schemas';
import type { ActorHit } from './actors';
import { getLexicon } from './lexicon';
import { LBI, alternation, anyOf } from './phrase';
import { relativeClause } from './sentences';

type Role = EventActor['role'];

interface RoleIndex {
  allyAfter: RegExp; mediatorAfter: RegExp; mediatorBefore: RegExp; allyBefore: RegExp;
  speechAfter: RegExp; speechBefore: RegExp; victimAfter: RegExp; targetGap: RegExp; agentGap: RegExp;
  objectVerb: RegExp; withGap: RegExp; betweenBefore: RegExp; targetBefore: RegExp; clauseBreak: RegExp;
  coordination: RegExp; pronounAgent: RegExp; agentBefore: RegExp; governs: RegExp; held: RegExp; notReferent: RegExp;
  objectBefore: RegExp; reducedPassive: RegExp; mediatorGap: RegExp; victimGap: RegExp; inter: Map<string, number>;
  ownMen: RegExp; counterpart: RegExp; closing: RegExp; cooperativeActor: RegExp; nounHead: RegExp; victimAfterHead: RegExp;
  rank: Record<Role, number>; armed: Set<number>; civilian: number; curated: Map<string, Actor>;
}
let index: RoleIndex | null = null;

function getIndex(): RoleIndex {
  if (index) return index;
  const r = getLexicon().roles;
  const dashed = (list: string[]) => list.filter((c) => c.startsWith('-')).map((c) => c.slice(1));
  const plain = (list: string[]) => list.filter((c) => !c.startsWith('-'));
  const speech = alternation(r.speech);
  const W = "[A-Za-zÀ-ÖØ-öø-ÿ0-9.'’-]+";
  const poss = anyOf(r.possessives);
  index = {
    inter: new Map(getLexicon().actors.map((a) => [a.id, a.inter])),
    curated: new Map(getLexicon().actors.map((a) => [a.id, a])),
    rank: r.rank,
    armed: new Set(r.armedInter),
    civilian: r.civilianInter,
    ownMen: new RegExp(`\\b(?:${anyOf(r.ownMen)})\\b`, 'i'),
    counterpart: new RegExp(`^\\s*,?\\s*and\\s+(?:${poss})\\s+[A-Za-zÀ-ÖØ-öø-ÿ-]+\\s+(?:${anyOf(r.counterparts)})\\s*,?\\s*$`, 'i'),
    closing: new RegExp(`^(?:['’]s)?(?:\\s+[\\w'’-]+){0,6}?\\s+(?:${anyOf(r.closingSpeech)})(?:\\s+(?:on\\s+)?\\w+)?[.!?"”]*$`, 'i'),
    cooperativeActor: new RegExp(`\\b(?:${anyOf(r.cooperativeActorBefore)})\\s+(?:the\\s+)?$`, 'i'),
    allyAfter: new RegExp(`^[-‐–](?:${alternation(dashed(r.ally))})`, 'i'),
    mediatorAfter: new RegExp(`^[-‐–](?:${alternation(dashed(r.mediator))})`, 'i'),
    mediatorGap: new RegExp(`${LBI}(?:${alternation(plain(r.mediator))})\\s+(?:${W}\\s+){0,3}$`, 'i'),
    mediatorBefore: new RegExp(`${LBI}(?:${alternation(plain(r.mediator))})\\s+(?:the\\s+)?$`, 'i'),
    allyBefore: new RegExp(`${LBI}(?:${alternation(plain(r.ally))})\\s+(?:the\\s+|a\\s+)?$`, 'i'),
    speechAfter: new RegExp(`^(?:['’]s)?(?:\\s*,)?(?:\\s+${W}){0,5}?,?\\s+(?:${speech})(?![A-Za-zÀ-ÖØ-öø-ÿ])(?!\\s+(?:${anyOf(r.speechNotBefore)})\\b)`, 'i'),
    speechBefore: new RegExp(`${LBI}(?:${anyOf(r.speechBefore, '\\s+')})\\s+(?:the\\s+)?$`, 'i'),
    // ("soldiers killed in an ambush" is a headline's passive; "soldiers killed two militants" has an object: active)
    victimAfter: new RegExp(`^\\s+(?:(?:(?:${anyOf(r.passiveAuxiliaries)})\\s+)(?:${anyOf(r.victimPassiveVerbs)})|(?:${anyOf(r.victimVerbs)})(?!\\s+(?:${anyOf(r.objectDeterminers)}|\\d+)\\s))\\b`, 'iu'),
    // "a Russian journalist", "Turkish media": a demonym before a word other than a speech verb modifies that noun
    // (a unit noun is already in the hit's span: actors.ts unitNouns)
    nounHead: new RegExp(`^\\s+(?!(?:${speech})(?![A-Za-zÀ-ÖØ-öø-ÿ]))[a-zß-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*`),
    // "a Russian journalist was wounded": the victim pattern after the noun the demonym modifies
    victimAfterHead: new RegExp(`^(?:\\s+[a-zß-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*){1,2}?\\s+(?:(?:(?:${anyOf(r.passiveAuxiliaries)})\\s+)(?:${anyOf(r.victimPassiveVerbs)})|(?:${anyOf(r.victimVerbs)})(?!\\s+(?:${anyOf(r.objectDeterminers)}|\\d+)\\s))\\b`, 'u'),
    agentBefore: new RegExp(`${LBI}(?:${alternation(r.agentBefore)})\\s+(?:the\\s+)?$`, 'i'),
    governs: new RegExp(`^(?:['’]s)?\\s+(?:${W}\\s+){0,2}?(?:${alternation(r.governingVerbs)})\\s+(?:(?:${anyOf(r.governedDeterminers)})\\s+)?(?:${W}\\s+){0,3}$`, 'i'),
    notReferent: new RegExp(`^['’]s\\s+(?:${alternation(r.notReferent)})(?![A-Za-z])`, 'i'),
    // "destroyed a Ukrainian depot … with drones": the hit is the verb's object, before the trigger
    objectBefore: new RegExp(`${LBI}(?:${alternation(r.objectVerbs)})\\s+(?:(?:${anyOf(r.objectDeterminers)}|\\d+)\\s+)?$`, 'i'),
    reducedPassive: new RegExp(`^\\s+(?:${anyOf(r.reducedPassiveVerbs)})\\s+by\\b`, 'i'),
    held: new RegExp(`^[-‐–](?:${alternation(r.heldSuffix)})(?![A-Za-zÀ-ÖØ-öø-ÿ])`, 'i'),
    targetGap: new RegExp(`(?:^|\\s)(?:${alternation(r.target)})\\s+(?:${W}\\s+){0,4}$`, 'i'),
    agentGap: new RegExp(`^\\s*(?:${W}\\s+){0,3}?(?:${alternation(r.agentAfter)})\\s+(?:${W}\\s+){0,2}$`, 'i'),
    objectVerb: new RegExp(`(?:^|\\s)(?:${alternation(r.objectVerbs)})`, 'i'),
    withGap: new RegExp(`(?:^|\\s)(?:${alternation([...r.with, ...r.between])})\\s+(?:${W}\\s+){0,2}$`, 'i'),
    betweenBefore: new RegExp(`${LBI}(?:${alternation(r.between)})\\s+(?:the\\s+)?$`, 'i'),
    targetBefore: new RegExp(`${LBI}(?:${anyOf(r.targetBefore)})\\s+(?:the\\s+|a\\s+)?$`, 'i'),
    clauseBreak: new RegExp(`[;“”"]|\\s(?:${alternation(r.clauseBreak.filter((c) => /\p{L}/u.test(c)))})\\s`, 'i'),
    // "Russia and Turkey", "U.S.-Russian", "Turkey and its Syrian rebel allies", "Kerry and his Russian counterpart"
    coordination: new RegExp(`^\\s*(?:,|,?\\s*and\\s+(?:the\\s+|(?:${poss})\\s+(?:[A-Za-z-]+\\s+){0,2})?|&|-|‐|–)\\s*$`),
    pronounAgent: new RegExp(`\\b(?:${anyOf(r.subjectPronouns)}|(?:(?:${poss})\\s+|(?<=\\b(?:${anyOf(r.pronounSpeech)})\\s+(?:that\\s+)?))(?:${anyOf(r.forceNouns)}))\\s+(?:(?:${anyOf(r.perfectAuxiliaries)})\\s+)?(?:${alternation(r.pronounVerbs)})\\b`, 'i'),
    victimGap: new RegExp(`${LBI}(?:${alternation(r.victimAfterVerbs)})\\s+(?:[A-Za-z0-9,-]+\\s+){0,4}$`, 'i'),
  };
  return index;
}

/** The words after the hit up to the sentence end are only its speech verb (", the monitor said."). */
function closesSentence(text: string, h: ActorHit, sentence: { end: number }): boolean {
  return getIndex().closing.test(text.slice(h.end, sentence.end));
}

/** "Turkey, which backs the GNA, has sent drones": the name sits in a relative clause opened before it. */
function insideRelativeClause(text: string, h: ActorHit, sentence: { start: number }): boolean {
  for (let i = text.lastIndexOf(',', h.start - 1); i >= sentence.start; i = text.lastIndexOf(',', i - 1)) {
    const m = relativeClause().exec(text.slice(i, h.end + 2));
    if (m !== null && i + m[0].length >= h.end) return true;
  }
  return false;
}

/** ACLED inter code of a hit: the curated actor's, or the open actor's kind's (0 when unknown). */
function interOf(h: ActorHit): number {
  return getIndex().inter.get(h.id) ?? (h.open ? interOfKind(h.open.kind) : 0);
}

/** Display name and kind of a hit: the open actor's, else the curated actor's (data/actors.json). */
function nameOf(h: ActorHit): Pick<EventActor, 'name' | 'kind'> {
  if (h.open) return { name: h.open.name, kind: h.open.kind };
  const curated = getIndex().curated.get(h.id);
  return curated ? { name: curated.name, kind: kindFromInter(curated.inter) } : {};
}

/** The stronger of two roles (roles.json `rank`); used by merge.ts too. */
export function roleRank(role: Role): number {
  return getIndex().rank[role];
}

/**
 * "Russian warplanes struck": the name's span ends inside the trigger, whose first word is the name's
 * head noun (a unit the name fields): the name is the trigger's subject.
 */
export function headsTrigger(h: { start: number; end: number; kind?: string }, trigger: { start: number; end: number }): boolean {
  // "Gunmen attacked" as one trigger phrase: an open-world name that opens it is its subject too
  if (h.kind === 'open' && h.start === trigger.start && h.end < trigger.end) return true;
  return h.start < trigger.start && trigger.start < h.end && h.end <= trigger.end;
}

/** "US strikes", "rebel shelling": the name sits right before the trigger (or heads it). */
function modifiesTrigger(h: ActorHit, trigger: { start: number; end: number }): boolean {
  return (h.end <= trigger.start && trigger.start - h.end < 3) || headsTrigger(h, trigger);
}

/** "a Russian journalist", "Turkish officials": a bare demonym that modifies another noun than a unit's. */
function modifiesNoun(h: ActorHit, after: string): boolean {
  return h.kind === 'demonym' && getIndex().nounHead.test(after);
}

export interface RoleResult { actors: EventActor[]; why: string[] }

/** Assign roles to the actor hits of one sentence relative to the trigger. Pure. */
export function assignRoles(
  text: string, sentence: { start: number; end: number }, trigger: { start: number; end: number; text: string },
  type: EventType, hits: readonly ActorHit[],
): RoleResult {
  const ix = getIndex();
  const roles = new Map<ActorHit, Role>();
  const why: string[] = [];
  const cooperative = getLexicon().triggers.types[type]?.cooperative === true;
  const { aroundChars: around, objectVerbTargetWords: objectVerbWords } = getLexicon().roles;
  let agent: ActorHit | null = null;
  for (const h of hits) {
    if (h.start < trigger.end && trigger.start < h.end && !headsTrigger(h, trigger)) continue;
    const after = text.slice(h.end, Math.min(sentence.end, h.end + around));
    const before = text.slice(Math.max(sentence.start, h.start - around), h.start);
    let role: Role = 'mentioned';
    const afterTrigger = h.start >= trigger.end;
    // "Turkey, which backs the GNA, has sent drones": a relative clause between the subject and its verb is skipped
    const gap = afterTrigger ? text.slice(trigger.end, h.start) : text.slice(h.end, trigger.start).replace(relativeClause(), ' ');
    const words = gap.trim() === '' ? 0 : gap.trim().split(/\s+/).length;
    const broken = ix.clauseBreak.test(gap);
    if (ix.notReferent.test(after) || (!afterTrigger && insideRelativeClause(text, h, sentence))) role = 'mentioned';
    // "…, killing 14 fighters, the Syrian Observatory for Human Rights said": a closing attribution speaks
    // (an armed party whose own men are the toll, "killing 12 soldiers, the army said", is still the target)
    else if (afterTrigger && /,\s*(?:the\s+)?$/i.test(before) && ix.speechAfter.test(after) && /^[^,;]*$/.test(after.split(/[.!?]/)[0] ?? '') && closesSentence(text, h, sentence)
      && !(ix.armed.has(interOf(h)) && ix.ownMen.test(gap))) role = 'speaker';
    else if (ix.reducedPassive.test(after)) role = 'target';
    else if (ix.held.test(after)) role = afterTrigger && !broken && words <= getLexicon().roles.targetWindow ? 'target' : 'mentioned';
    else if (ix.allyAfter.test(after)) role = 'ally';
    else if (ix.mediatorAfter.test(after) || ix.mediatorBefore.test(before)) role = 'mediator';
    else if (ix.allyBefore.test(before)) role = 'ally';
    else if (afterTrigger && ix.mediatorGap.test(gap)) role = 'mediator';
    else if (afterTrigger && !cooperative && ix.victimGap.test(gap)) role = 'target';
    else if (!afterTrigger && !cooperative && ix.objectBefore.test(before)) role = 'target';
    else if (ix.agentBefore.test(before) && afterTrigger && words <= getLexicon().roles.agentWindow) role = 'actor';
    else if (cooperative && ix.cooperativeActor.test(before)) role = 'actor';
    else if (broken) role = (ix.speechBefore.test(before) && /^\s*(?:[,.;]|$)/.test(after)) || ix.speechAfter.test(after) ? 'speaker' : 'mentioned';
    else if (ix.betweenBefore.test(before)) role = 'actor';
    else if (!afterTrigger && ix.governs.test(gap)) { role = 'actor'; agent = h; }
    else if ((ix.speechBefore.test(before) && /^\s*(?:[,.;]|$)/.test(after)) || (ix.speechAfter.test(after) && !modifiesTrigger(h, trigger))) role = 'speaker';
    else if (ix.victimAfter.test(after) || (modifiesNoun(h, after) && ix.victimAfterHead.test(after))) role = 'target';
    else if (afterTrigger) {
      if (cooperative && ix.withGap.test(gap)) role = 'actor';
      else if (ix.agentGap.test(gap)) role = 'actor';
      else if (!cooperative && words <= getLexicon().roles.targetWindow && ix.targetGap.test(gap)) role = 'target';
      else if (!cooperative && words <= objectVerbWords && ix.objectVerb.test(trigger.text)) role = 'target';
    } else if (ix.targetBefore.test(before) && !cooperative) role = 'target';
    else if (words <= getLexicon().roles.agentWindow) {
      role = 'actor';
      if (!agent || h.start > agent.start) agent = h;
    }
    roles.set(h, role);
  }
  // only the nearest agent before the trigger acts (plus what is coordinated with it)
  for (const [h, r] of roles) {
    if (r === 'actor' && h.end <= trigger.start && h !== agent && !ix.betweenBefore.test(text.slice(Math.max(sentence.start, h.start - around), h.start))) roles.set(h, 'mentioned');
  }
  // coordination: "Russia and Turkey", "U.S.-Russian", "X, Y and Z" share a role
  const list = [...roles.keys()].sort((a, b) => a.start - b.start);
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i]!;
      let b = list[i + 1]!;
      // "Kerry and his Russian counterpart Sergei Lavrov": the demonym between is part of the second name
      const c = list[i + 2];
      if (b.kind === 'demonym' && c && ix.counterpart.test(text.slice(a.end, c.start))) b = c;
      else if (!ix.coordination.test(text.slice(a.end, b.start))) continue;
      const ra = roles.get(a)!, rb = roles.get(b)!;
      if (ra === rb) continue;
      const strong = ix.rank[ra] > ix.rank[rb] ? ra : rb;
      if (strong === 'speaker' || strong === 'mentioned') continue;
      roles.set(a, strong); roles.set(b, strong);
    }
  }
  // "the Pentagon said it had carried out air strikes": the speaker is the agent
  if (![...roles.values()].includes('actor')) {
    for (const [h, r] of roles) {
      // "Russian officials said jets struck": the officials speak, not the state their demonym names
      if (r === 'speaker' && h.end <= trigger.start && !modifiesNoun(h, text.slice(h.end, h.end + around)) && ix.pronounAgent.test(text.slice(h.end, trigger.end))) {
        roles.set(h, 'actor');
        why.push(`"${h.text}" acts: it is the speaker and the subject of the trigger`);
        break;
      }
    }
  }
  // civilians are never the actor of an event (ACLED): only an explicit target pattern makes them a party
  for (const [h, role] of roles) {
    if (role === 'actor' && interOf(h) === ix.civilian) roles.set(h, 'mentioned');
  }
  const byId = new Map<string, EventActor>();
  for (const [h, role] of roles) {
    const prev = byId.get(h.id);
    if (!prev || ix.rank[role] > ix.rank[prev.role]) byId.set(h.id, { id: h.id, role, text: h.text, start: h.start, end: h.end, ...nameOf(h) });
  }
  const actors = [...byId.values()].sort((a, b) => a.start - b.start);
  for (const a of actors) if (a.role !== 'mentioned') why.push(`${a.role}: "${a.text}" → ${a.id}`);
  return { actors, why };
}
