/**
 * Event extraction: article text + the geoparser's mentions → ConflictEvent[].
 * In: {articleId, text, published (YYYY-MM-DD or null), mentions} — never mutated.
 * Out: events in text order, ids `${articleId}-e${n}`, each with its quote and trigger spans, actors
 * with roles, place (precision kept), date (ACLED time precision), fatalities (lowest figure),
 * background flag, confidence and the reasons (`why`). Actors come from lib/actors (data/actors.json) and, for any
 * other named party, crowd or unidentified group, open-actors.ts (named by the event's country in open-resolve.ts).
 * Stages: sentences → triggers (judged: quotes, negation, hypotheses) → per sentence: type choice,
 * roles, place, date, fatalities, background → orphan fatalities → merge restatements → number.
 * The place policy is place-policy.ts, the confidence terms confidence.ts (data/extract/confidence.json);
 * windows and thresholds come from data/extract/events.json; the records passed between stages are context.ts.
 */
import { interOfKind, type ConflictEvent, type EventActor, type EventType, type Mention } from '../schemas';
import { actorById } from '../actors';
import { codeAcled, codedClass } from './acled';
import { withCrowd } from './crowd';
import { frameTolls, resolveCivilians, twoSidedWords } from './civilians';
import { absorbNeighbours, labelEnd, remoteFireAtAreas } from './frames';
import { findActors, mainCountry } from './actors';
import { isUnnamed, withOpenActors } from './open-actors';
import { resolveOpenActors } from './open-resolve';
import { findDateCues, fromPublication, isFuture, pickCue, resolveCue, type DateCue, type ResolvedDate } from './dates';
import { isBackground, countedInMillions } from './background';
import {
  carriedActorsTerm, dateTerm, finalConfidence, partiesTerm, plannedConfidence, sharedAgentsConfidence, startConfidence,
} from './confidence';
import type { Article, Carry, DateContext, SentenceFindings } from './context';
import type { Draft } from './draft';
import { findFatalities, type FatalityHit } from './fatalities';
import { getLexicon } from './lexicon';
import { mergeDrafts } from './merge';
import { articleFocus, placeFromMention } from './place';
import { placeFor, venuesOf } from './place-policy';
import { assignRoles, headsTrigger } from './roles';
import { datelineSpans, quotedSpans, sentenceIndexAt, splitSentences, within, type Sentence } from './sentences';
import { chooseTypes, findTriggers, judgeTriggers, type TriggerHit } from './triggers';
import { tokenize } from './matcher';

export { codeAcled, defaultAcled, type AcledCoding } from './acled';

export interface ExtractInput { articleId: string; text: string; published: string | null; mentions: Mention[] }

/** Extract conflict events from one article. Pure: the input is not modified. */
export function extractEvents(input: ExtractInput): ConflictEvent[] {
  const { articleId } = input;
  const a = readArticle(input);
  const carry: Carry = { drafts: [], prevDate: null, lastPlace: null };
  for (const s of a.sentences) readSentence(a, s, carry);
  // a sub-type rule may move a draft's class (a protest with stones thrown is a riot): move it before merging, so that
  // the tellings of one riot merge; then a riot takes in the protest told in the next sentence
  const typed = carry.drafts.map((d) => {
    const type = codedClass({ type: d.type, trigger: d.trigger.text, sentence: d.quote.text, context: contextOf(a.sentences, d.quote), actingInter: actingInter(d.actors) });
    return type === d.type ? d : { ...d, type, codedFrom: d.type };
  });
  const kept = absorbNeighbours(typed, (d) => sentenceIndexAt(a.sentences, d.quote.start));
  const coded = mergeDrafts(kept).map((d) => ({
    d, coded: codeAcled({ type: d.codedFrom ?? d.type, trigger: d.trigger.text, sentence: d.quote.text, context: contextOf(a.sentences, d.quote), actingInter: actingInter(d.actors) }),
  }));
  // a class moved by a sub-type rule ("an IED defused" → other) may still meet that class's own event of the same
  // sentence and place: one event
  const moved = (x: (typeof coded)[number]) => x.coded.type !== (x.d.codedFrom ?? x.d.type) || x.d.codedFrom !== undefined;
  const single = coded.filter((x, i) => !moved(x) || !coded.some((o, j) => j !== i && o.coded.type === x.coded.type && o.d.quote.start === x.d.quote.start
    && o.d.place?.id === x.d.place?.id && (!moved(o) || j < i)));
  return single.map(({ d, coded: c }, i) => {
    const crowd = withCrowd(c.acled.eventType, d.actors, d.trigger, d.place?.country ?? a.country);
    return {
      id: `${articleId}-e${i}`, articleId, type: c.type, acled: c.acled, actors: crowd.actors, place: d.place, date: d.date,
      fatalities: d.fatalities, quote: d.quote, trigger: d.trigger, confidence: d.confidence, background: d.background,
      why: [...d.why, c.why, ...(crowd.why ? [crowd.why] : [])],
    };
  });
}

/** The event's sentence and the one after it: what happened next to the same event ("Police dispersed them."). */
function contextOf(sentences: readonly Sentence[], quote: { start: number; end: number; text: string }): string {
  const i = sentenceIndexAt(sentences, quote.start);
  const next = i >= 0 ? sentences[i + 1] : undefined;
  return next ? `${quote.text} ${next.text}` : quote.text;
}

/** ACLED inter codes of the parties that act in an event: the actor table's, else an open-world actor's kind. */
function actingInter(actors: readonly EventActor[]): number[] {
  return actors.filter((x) => x.role === 'actor').flatMap(interOf);
}

/** A party's ACLED inter code: the curated actor's, else its kind's; none when neither is known. */
function interOf(x: EventActor): number[] {
  const known = actorById(x.id);
  if (known) return [known.inter];
  return x.kind ? [interOfKind(x.kind)] : [];
}

const byStart = <T extends { start: number }>(a: T, b: T) => a.start - b.start;

/** The article-wide passes: sentences, quotes, triggers, actors, date cues, fatalities, focus and venues. */
function readArticle(input: ExtractInput): Article {
  const { text } = input;
  // a malformed publication date cannot anchor relative dates: treat it as unknown rather than throw
  const published = input.published && /^\d{4}-\d{2}-\d{2}$/.test(input.published) && !Number.isNaN(Date.parse(input.published))
    ? input.published : null;
  const mentions = [...input.mentions].sort((a, b) => a.start - b.start);
  // a dateline names where the reporter filed from: it neither decides the article's country nor its focus
  const datelines = datelineSpans(text);
  const reported = datelines.length ? mentions.filter((m) => !datelines.some((d) => m.start >= d.start && m.end <= d.end)) : mentions;
  const country = mainCountry(reported, text);
  const sentences = splitSentences(text);
  const quotes = quotedSpans(text);
  const words = tokenize(text);
  const triggers = findTriggers(text, words, mentions);
  // curated actors (data/actors.json), then any other named armed party, crowd or unidentified group
  const actorHits = withOpenActors(text, mentions, findActors(text, mentions, country, words));
  const cues = findDateCues(text);
  const fatalities = findFatalities(text);
  actorHits.sort(byStart);
  cues.sort(byStart);
  fatalities.sort(byStart);
  // a name read as an actor ("US strikes") is not where the article happens
  const hitStarts = new Set(actorHits.map((h) => h.start));
  const focus = articleFocus(reported.filter((m) => !hitStarts.has(m.start)), country);
  const countryMention = country ? reported.find((m) => m.isLocation && m.place?.kind === 'country' && m.place.country === country) : undefined;
  const countryPlace = countryMention ? placeFromMention(countryMention) : null;
  return {
    text, published, country, mentions, sentences, quotes, triggers, actorHits, cues, fatalities,
    focus: focus ?? null, countryPlace, venues: venuesOf(text, triggers, mentions),
  };
}

/** One sentence: its events, fatalities left over for an earlier event, and what it hands on. */
function readSentence(a: Article, s: Sentence, carry: Carry): void {
  const { text, published } = a;
  const lex = getLexicon();
  const cues = within(a.cues, s);
  const judged = judgeTriggers(text, s, within(a.triggers, s), a.quotes, cues);
  // a name inside a longer trigger is part of it; one whose head noun opens the trigger ("Russian warplanes struck") is its subject
  // (a frame of violence against civilians keeps the victims it spans: "shot two villagers")
  const hits = within(a.actorHits, s).filter((h) => !judged.some((t) => !t.frame && t.start < h.end && h.start < t.end && t.end - t.start > h.end - h.start && !headsTrigger(h, t)));
  // one-sided violence against unarmed people is an attack, with an armed perpetrator (civilians.ts)
  // guns fired at an area, not at an enemy, are shelling (frames.ts)
  const sTriggers = remoteFireAtAreas(text, s, resolveCivilians(text, s, judged, hits));
  const told = within(a.fatalities, s);
  // "shot dead two farmers": an attack's own words are its toll when the sentence gives none
  const f: SentenceFindings = { s, triggers: sTriggers, hits, cues, fatalities: [...told, ...frameTolls(text, sTriggers, told)] };
  const sentenceDrafts: Draft[] = [];
  let fatUsed = false;
  for (const group of chooseTypes(sTriggers)) {
    const d = draftFor(a, f, group, fatUsed, carry, sentenceDrafts);
    if (!d) continue;
    if (d.usedFatality) fatUsed = true;
    sentenceDrafts.push(d.draft);
  }
  shareAgents(sentenceDrafts);
  foldConcurrent(sentenceDrafts);
  foldCrowdFights(sentenceDrafts);
  // the fatalities of a sentence without a violent event belong to the last violent event nearby
  if (!sentenceDrafts.some((d) => lex.triggers.types[d.type]?.violent)) attachOrphanFatalities(s, f.fatalities, carry.drafts);
  const own = pickCue(text, s, f.cues, sTriggers.length ? [sTriggers[0]!.start] : [s.start]);
  if (own) carry.prevDate = { date: resolveCue(own, published, isFuture(text.slice(s.start, own.start))), depth: 0, index: s.index };
  else if (carry.prevDate !== null && carry.prevDate.index === s.index - 1) {
    const p: DateContext = carry.prevDate;
    carry.prevDate = { date: p.date, depth: p.depth + 1, index: s.index };
  }
  const located = sentenceDrafts.find((d) => !d.placeInherited && d.place);
  if (located) carry.lastPlace = { place: located.place, index: s.index };
  carry.drafts.push(...sentenceDrafts);
}

/**
 * "Turkey and its allies launched an offensive …, with air strikes and artillery fire hitting …": a violent event
 * of the sentence that names no actor takes the actors of the sentence's event that does.
 */
function shareAgents(drafts: Draft[]): void {
  const lex = getLexicon();
  const agents = drafts.find((d) => lex.triggers.types[d.type]?.violent && d.actors.some((x) => x.role === 'actor'));
  if (!agents) return;
  const acting = agents.actors.filter((x) => x.role === 'actor');
  drafts.forEach((d, i) => {
    if (d === agents || !lex.triggers.types[d.type]?.violent || d.actors.some((x) => x.role === 'actor')) return;
    const own = d.actors.filter((x) => !acting.some((y) => y.id === x.id));
    drafts[i] = {
      ...d,
      actors: [...own, ...acting].sort((x, y) => x.start - y.start),
      confidence: sharedAgentsConfidence(d.confidence),
      why: [...d.why, `no actor named: ${idList(acting)} from the ${agents.type} of the same sentence`],
    };
  });
}

/**
 * "fired mortars, heavy machine guns and small arms at the positions of …", "a clash involving artillery fire":
 * ACLED folds concurrent tactics up its hierarchy, so a remote-violence event of the sentence at the same place
 * as a ground fight, its words close to the fight's (events.json concurrentTactics), is part of it: its actors
 * and toll join the fight's.
 */
function foldConcurrent(drafts: Draft[]): void {
  const { into, folded, maxChars } = getLexicon().events.concurrentTactics;
  let j = drafts.findIndex((d) => d.type === into && !d.background);
  if (j < 0) return;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    const target = drafts[j]!;
    if (!folded.includes(d.type) || d.background || (d.place?.id ?? null) !== (target.place?.id ?? null)) continue;
    // the two words name one fight only when they are close and apart ("mortars and small arms", "a clash involving artillery fire")
    const gap = Math.max(d.trigger.start - target.trigger.end, target.trigger.start - d.trigger.end);
    if (gap < 0 || gap > maxChars) continue;
    drafts[j] = {
      ...target,
      actors: [...target.actors, ...d.actors.filter((x) => !target.actors.some((y) => y.id === x.id))].sort((x, y) => x.start - y.start),
      fatalities: target.fatalities ?? d.fatalities,
      why: [...target.why, `concurrent ${d.type} ("${d.trigger.text}") folded into the ${into}${target.fatalities || !d.fatalities ? '' : `, with its fatalities "${d.fatalities.text}"`}`],
    };
    drafts.splice(i, 1);
    if (i < j) j--;
  }
}

/**
 * "workers demonstrated and clashed with police": a clash beside a crowd's event of the same sentence and place is
 * the crowd's violence (events.json crowdFights): the clash goes, its actors and toll join the crowd event, and a
 * protest becomes a riot. A clash between two armed parties of its own stays.
 */
function foldCrowdFights(drafts: Draft[]): void {
  const { crowd, fight, becomes } = getLexicon().events.crowdFights;
  const armed = new Set(getLexicon().roles.armedInter);
  const j = drafts.findIndex((d) => crowd.includes(d.type) && !d.background);
  if (j < 0) return;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    const target = drafts[j]!;
    if (d.type !== fight || d.background || (d.place?.id ?? null) !== (target.place?.id ?? null)) continue;
    // "security forces opened fire on the protesters": one-sided fire at the crowd is force used against it, not its fight
    if (!twoSidedWords(d.trigger.text)) continue;
    if (new Set(d.actors.filter((x) => interOf(x).some((n) => armed.has(n))).map((x) => x.id)).size >= 2) continue;
    drafts[j] = {
      ...target,
      type: becomes[target.type] ?? target.type,
      actors: [...target.actors, ...d.actors.filter((x) => !target.actors.some((y) => y.id === x.id))].sort((x, y) => x.start - y.start),
      fatalities: target.fatalities ?? d.fatalities,
      why: [...target.why, `the ${fight} ("${d.trigger.text}") is the crowd's own violence${becomes[target.type] ? `: the ${target.type} is a ${becomes[target.type]}` : ''}`],
    };
    drafts.splice(i, 1);
    return;
  }
}

/** The event's toll is the one its frame of violence implies ("a man was shot dead" → 1), not a figure of its own. */
const impliedToll = (d: Draft): boolean => d.fatalities !== null && d.fatalities.start === d.trigger.start && d.fatalities.end === d.trigger.end;

/**
 * A lone toll ("Seven people were killed.") goes to the last violent, non-background event ending less than
 * events.json orphanFatalities.maxDistance characters before, if below orphanFatalities.maxCount; it replaces the
 * event's toll when lower (ACLED's lowest credible figure) or when that toll was only implied by the frame
 * ("A man was shot dead and his brother wounded. The brother died later: 2 fatalities.").
 */
function attachOrphanFatalities(s: Sentence, sFat: readonly FatalityHit[], drafts: Draft[]): void {
  const lex = getLexicon();
  // a lone figure of a thousand or more ("At least 1,000 people have been killed in the offensive") is a running total
  const { maxCount, maxDistance } = lex.events.orphanFatalities;
  const orphan = sFat.find((f) => !f.cumulative && f.count < maxCount);
  if (!orphan) return;
  // the last violent event, looking back only while one could still be near enough (drafts are in text order)
  let i = drafts.length - 1;
  while (i >= 0 && !(lex.triggers.types[drafts[i]!.type]?.violent && !drafts[i]!.background)) {
    if (s.start - drafts[i]!.quote.end >= maxDistance) return;
    i--;
  }
  const target = drafts[i];
  if (!target || s.start - target.quote.end >= maxDistance) return;
  if (orphan.additive && target.fatalities) {
    // "Local officials said 7 militants were also killed": added to the event's toll
    drafts[i] = {
      ...target,
      fatalities: { ...target.fatalities, count: target.fatalities.count + orphan.count },
      why: [...target.why, `fatalities "${orphan.text}" from the following sentence added (${target.fatalities.count} + ${orphan.count})`],
    };
  } else if (!target.fatalities || orphan.count < target.fatalities.count || impliedToll(target)) {
    drafts[i] = {
      ...target,
      fatalities: { count: orphan.count, text: orphan.text, start: orphan.start, end: orphan.end, qualifier: orphan.qualifier },
      why: [...target.why, `fatalities "${orphan.text}" from the following sentence`],
    };
  }
}

/**
 * The toll of a sentence's event from its figures nearest first: the nearest figure that adds to none, plus every
 * figure that adds to it ("2 policemen were killed … 2 other policemen were killed"); null without figures.
 */
function withAdditions(near: readonly FatalityHit[]): FatalityHit | null {
  const base = near.find((x) => !x.additive) ?? near[0];
  if (!base) return null;
  let count = base.count;
  for (const x of near) if (x !== base && x.additive && (x.end <= base.start || x.start >= base.end)) count += x.count;
  return count === base.count ? base : { ...base, count };
}

/** The event's date: its own cue, the previous sentence's, or the publication date. */
function dateFor(a: Article, f: SentenceFindings, cue: DateCue | null, planned: boolean, carry: Carry): { date: ResolvedDate; inherited: boolean; bonus: number; why: string | null } {
  const { text, published } = a;
  const { s } = f;
  if (cue) {
    const date = resolveCue(cue, published, planned ? true : isFuture(text.slice(s.start, cue.start)));
    return { date, inherited: false, bonus: dateTerm(date.value ? 'resolved' : 'unresolved'), why: `date "${cue.text}": ${date.why}` };
  }
  if (planned) return { date: { value: null, precision: null, text: null, why: 'a plan without a date' }, inherited: false, bonus: dateTerm('none'), why: null };
  const prev = carry.prevDate;
  if (prev && prev.index === s.index - 1 && prev.depth < getLexicon().events.carry.dateMaxDepth && prev.date.value) {
    return { date: prev.date, inherited: true, bonus: dateTerm('carried'), why: `date carried from the previous sentence ("${prev.date.text}")` };
  }
  const date = fromPublication(published);
  return { date, inherited: false, bonus: dateTerm('none'), why: date.why };
}

/** "russia, syrian-government": the ids of a list of actors (a loop: keeps draftFor free of array-kind deopts). */
function idList(actors: readonly { id: string }[]): string {
  let out = '';
  for (const x of actors) out += (out ? ', ' : '') + x.id;
  return out;
}

/**
 * An event that names no party of its own takes the acting parties of the last event of its type within
 * events.json carry.actorSentences sentences (`back` = how many sentences before), or null.
 */
function carriedActors(a: Article, s: Sentence, type: EventType, own: readonly EventActor[], carry: Carry, sentenceDrafts: readonly Draft[]): { actors: EventActor[]; back: number } | null {
  // the last such event, looking back only as far as it may be (drafts are in text order: no copy, no whole scan)
  const limit = getLexicon().events.carry.actorSentences;
  const acting = (d: Draft) => d.type === type && d.actors.some((x) => x.role === 'actor');
  let prev: Draft | undefined;
  for (let i = sentenceDrafts.length - 1; i >= 0 && !prev; i--) if (acting(sentenceDrafts[i]!)) prev = sentenceDrafts[i];
  for (let i = carry.drafts.length - 1; i >= 0 && !prev; i--) {
    const d = carry.drafts[i]!;
    if (acting(d)) prev = d;
    else {
      const k = sentenceIndexAt(a.sentences, d.quote.start);
      if (k >= 0 && s.index - k > limit) return null;
    }
  }
  const prevIndex = prev ? sentenceIndexAt(a.sentences, prev.quote.start) : -1;
  if (!prev || s.index - prevIndex > limit) return null;
  return { actors: prev.actors.filter((x) => x.role === 'actor' && !own.some((b) => b.id === x.id)), back: s.index - prevIndex };
}

/** One event from one group of same-type triggers of a sentence, or null when the words do not make one. */
function draftFor(a: Article, f: SentenceFindings, group: TriggerHit[], fatUsed: boolean, carry: Carry, sentenceDrafts: readonly Draft[]): { draft: Draft; usedFatality: boolean } | null {
  const { text, published } = a;
  const { s } = f;
  const lex = getLexicon();
  // a trigger in a clause about a long stretch ("where fighting has raged for months") yields to the main news
  const trigger = group.find((t) => !t.background) ?? group[0]!;
  const type: EventType = trigger.type;
  const tl = lex.triggers.types[type]!;
  const why: string[] = [`trigger "${trigger.text}" → ${type} (weight ${trigger.weight})`];
  if (trigger.retypedBy) why.push(trigger.retypedBy);
  const roles = assignRoles(text, s, trigger, type, f.hits);
  const fat = tl.violent && !fatUsed ? withAdditions(f.fatalities.filter((x) => !x.cumulative).sort((x, y) => Math.abs(x.start - trigger.start) - Math.abs(y.start - trigger.start))) : null;
  const cumulative = tl.violent ? f.fatalities.find((x) => x.cumulative) ?? null : null;
  const where = placeFor(a, f, trigger, type, carry);
  why.push(...where.why);
  let confidence = startConfidence(trigger.weight);
  if (where.bonus !== 0) confidence += where.bonus;
  // weak triggers need support
  // parties: who acts and who is hit; for talks and truces, the mediators too ("a deal brokered by Russia")
  // an unnamed party ("police", "gunmen") names who took part in an event but never decides that there is one
  const acting = roles.actors.filter((x) => !isUnnamed(x.id) && (x.role === 'actor' || x.role === 'target' || (tl.violent === false && x.role === 'mediator' && tl.cooperative === true)));
  if (trigger.weight < lex.events.weakTriggerBelow && acting.length === 0) return null;
  // with neither a party nor a place of its own, the words are commentary ("talks were undermined by bombing")
  // … unless the words alone report a fight ("A shoot-out broke out."): it happened where the article just was
  const standsAlone = tl.violent === true && trigger.weight >= lex.events.violentStandsAlone.minWeight && where.place !== null
    && lex.occurredAfter.test(text.slice(trigger.end, Math.min(s.end, trigger.end + 80)));
  if (acting.length === 0 && !where.own && !where.venue && !tl.selfStanding && !standsAlone) return null;
  const anchors = [trigger.start, ...(fat ? [fat.start] : [])];
  // (a sentence opened by a label names its date after it: "Looting: On 5 May 2020, …")
  const cue = pickCue(text, s, f.cues, anchors, trigger.label ? labelEnd(text.slice(s.start, s.end), s) : s.start);
  // an announced plan counts only with a venue or a time of its own ("in Istanbul next week")
  if (trigger.planned && !where.own && !cue) return null;
  if (trigger.planned) {
    why.splice(1, 0, `planned, not yet held ("${trigger.planned}")`);
    confidence = plannedConfidence(confidence);
  }
  const when = dateFor(a, f, cue, Boolean(trigger.planned), carry);
  if (when.why !== null) why.push(when.why);
  if (when.bonus !== 0) confidence += when.bonus;
  const date = when.date;
  // "police", "protesters": the forces or crowd of the event's country (its place's, else the article's)
  const open = resolveOpenActors(roles.actors, where.place?.country ?? a.country);
  const unnamed = new Set(open.actors.filter((x) => !roles.actors.some((y) => y.id === x.id)).map((x) => x.id));
  let actors = open.actors;
  const carried = actors.some((x) => x.role === 'actor' || x.role === 'target') ? null : carriedActors(a, s, type, actors, carry, sentenceDrafts);
  if (carried) {
    actors = [...actors, ...carried.actors];
    why.push(`no actor named: ${idList(carried.actors)} carried from the previous ${type} (${carried.back} sentence(s) before)`);
    confidence += carriedActorsTerm();
  }
  // the confidence counts named parties only (an unnamed one does not make the reading surer)
  const acts = actors.some((x) => x.role === 'actor' && !unnamed.has(x.id));
  confidence += partiesTerm(acts, !acts && acting.some((x) => x.role === 'target'));
  why.push(...roles.why, ...open.why);
  const bg = trigger.background ?? isBackground(text, s, trigger, date, published, cumulative ?? fat)
    ?? (tl.millionsAreTotal === true && countedInMillions(text, s, trigger) ? `${type} counted in millions: a cumulative figure` : null);
  if (bg) why.push(`background: ${bg}`);
  if (fat) why.push(`fatalities "${fat.text}" → ${fat.count}`);
  if (cumulative && !fat) why.push(`cumulative figure "${cumulative.text}" is not this event's toll`);
  const draft: Draft = {
    type, actors, place: where.place, placeInherited: where.inherited, date: { value: date.value, precision: date.precision, text: date.text }, dateInherited: when.inherited,
    fatalities: fat && !bg ? { count: fat.count, text: fat.text, start: fat.start, end: fat.end, qualifier: fat.qualifier } : null,
    quote: { start: s.start, end: s.end, text: s.text },
    trigger: { start: trigger.start, end: trigger.end, text: trigger.text },
    confidence: finalConfidence(confidence, Boolean(bg)),
    background: bg !== null,
    why,
    mergedSpans: [{ start: s.start, end: s.end }],
  };
  return { draft, usedFatality: fat !== null };
}
