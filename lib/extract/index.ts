/**
 * Event extraction: article text + the geoparser's mentions → ConflictEvent[].
 * In: {articleId, text, published (YYYY-MM-DD or null), mentions} — never mutated.
 * Out: events in text order, ids `${articleId}-e${n}`, each with its quote and trigger spans, actors
 * with roles, place (precision kept), date (ACLED time precision), fatalities (lowest figure),
 * background flag, confidence and the reasons (`why`). Also `getActors()` (data/actors.json).
 * Stages: sentences → triggers (judged: quotes, negation, hypotheses) → per sentence: type choice,
 * roles, place, date, fatalities, background → orphan fatalities → merge restatements → number.
 */
import type { Actor, ConflictEvent, EventType, Mention } from '../schemas';
import { actorTable, findActors, mainCountry, type ActorHit } from './actors';
import { findDateCues, fromPublication, isFuture, pickCue, resolveCue, type ResolvedDate } from './dates';
import { isBackground, countedInMillions } from './background';
import type { Draft } from './draft';
import { findFatalities } from './fatalities';
import { getLexicon } from './lexicon';
import { mergeDrafts } from './merge';
import { articleFocus, choosePlace, placeFromMention } from './place';
import { assignRoles } from './roles';
import { datelineSpans, quotedSpans, sentenceIndexAt, splitSentences, within } from './sentences';
import { chooseTypes, findTriggers, judgeTriggers } from './triggers';
import { tokenize } from './matcher';

export interface ExtractInput { articleId: string; text: string; published: string | null; mentions: Mention[] }

/** The actor table (validated), for chips, colours and the API. */
export function getActors(): Actor[] {
  return actorTable().map((a) => ({ ...a, aliases: [...a.aliases], demonyms: [...a.demonyms], metonyms: [...a.metonyms], officials: [...a.officials] }));
}

interface DateContext { date: ResolvedDate; depth: number; index: number }

/** Extract conflict events from one article. Pure: the input is not modified. */
export function extractEvents(input: ExtractInput): ConflictEvent[] {
  const { articleId, text } = input;
  // a malformed publication date cannot anchor relative dates: treat it as unknown rather than throw
  const published = input.published && /^\d{4}-\d{2}-\d{2}$/.test(input.published) && !Number.isNaN(Date.parse(input.published))
    ? input.published : null;
  const lex = getLexicon();
  const mentions = [...input.mentions].sort((a, b) => a.start - b.start);
  // a dateline names where the reporter filed from: it neither decides the article's country nor its focus
  const datelines = datelineSpans(text);
  const reported = datelines.length ? mentions.filter((m) => !datelines.some((d) => m.start >= d.start && m.end <= d.end)) : mentions;
  const country = mainCountry(reported, text);
  const sentences = splitSentences(text);
  const quotes = quotedSpans(text);
  const words = tokenize(text);
  const triggers = findTriggers(text, words);
  const actorHits = findActors(text, mentions, country, words);
  const cues = findDateCues(text);
  const fatalities = findFatalities(text);
  const byStart = <T extends { start: number }>(a: T, b: T) => a.start - b.start;
  actorHits.sort(byStart);
  cues.sort(byStart);
  fatalities.sort(byStart);
  // a name read as an actor ("US strikes") is not where the article happens
  const hitStarts = new Set(actorHits.map((h) => h.start));
  const focus = articleFocus(reported.filter((m) => !hitStarts.has(m.start)), country);
  const countryMention = country ? reported.find((m) => m.isLocation && m.place?.kind === 'country' && m.place.country === country) : undefined;
  const countryPlace = countryMention ? placeFromMention(countryMention) : null;
  // venues: a place glued to a trigger ("Geneva peace talks", "talks in Geneva"), kept even when the
  // trigger itself is not news, so that a later "the talks" can be placed
  const venues: { type: EventType; mention: Mention }[] = [];
  for (const t of triggers) {
    const m = mentions.find((x) => x.isLocation && x.place && ((x.end <= t.start && t.start - x.end <= 2) || (x.start >= t.end && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(t.end, x.start)))));
    if (m) venues.push({ type: t.type, mention: m });
  }

  const drafts: Draft[] = [];
  let prevDate = null as DateContext | null;
  let lastPlace: { place: Draft['place']; index: number } | null = null;
  for (const s of sentences) {
    const sTriggers = judgeTriggers(text, s, within(triggers, s), quotes);
    const sHits: ActorHit[] = within(actorHits, s).filter((h) => !sTriggers.some((t) => t.start < h.end && h.start < t.end && t.end - t.start > h.end - h.start));
    const sCues = within(cues, s);
    const sFat = within(fatalities, s);
    const groups = chooseTypes(sTriggers);
    const sentenceDrafts: Draft[] = [];
    let fatUsed = false;
    for (const group of groups) {
      // a trigger in a clause about a long stretch ("where fighting has raged for months") yields to the main news
      const trigger = group.find((t) => !t.background) ?? group[0]!;
      const type: EventType = trigger.type;
      const tl = lex.triggers.types[type]!;
      const why: string[] = [`trigger "${trigger.text}" → ${type} (weight ${trigger.weight})`];
      const roles = assignRoles(text, s, trigger, type, sHits);
      const fat = tl.violent && !fatUsed ? sFat.filter((f) => !f.cumulative).sort((a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start))[0] ?? null : null;
      const cumulative = tl.violent ? sFat.find((f) => f.cumulative) ?? null : null;
      // place
      // a name that is an actor or a date ("Thursday", "March") is not this event's place
      const exclude: { start: number; end: number }[] = [...sHits, ...sCues];
      // a place glued to another event's trigger ("Geneva peace talks") belongs to that event
      for (const o of sTriggers) {
        if (o.type !== type) exclude.push(...mentions.filter((m) => m.end <= o.start && o.start - m.end <= 2 && m.start >= s.start));
      }
      const sameType = sTriggers.filter((t) => t.type === type && t !== trigger);
      const prevSame = tl.multiPerSentence ? sameType.filter((t) => t.end <= trigger.start).pop() : undefined;
      const nextSame = tl.multiPerSentence ? sameType.find((t) => t.start >= trigger.end) : undefined;
      const choice = choosePlace(text, mentions, prevSame ? prevSame.end : s.start, nextSame ? nextSame.start : s.end, trigger, tl.placePrepositions, exclude, tl.venueOnly)
        ?? (tl.multiPerSentence ? choosePlace(text, mentions, s.start, s.end, trigger, tl.placePrepositions, exclude) : null);
      const venue = !choice && tl.venueOnly ? venues.filter((v) => v.type === type && v.mention.end <= trigger.start).pop() : undefined;
      let place = choice?.place ?? null;
      let placeInherited = false;
      // "the Middle East": a supra-national area says less than the article's own country or city
      if (choice && choice.place.country === null && focus?.place?.country && ['region', 'continent', 'sea'].includes(choice.place.kind)) {
        place = placeFromMention(focus); placeInherited = true;
        why.push(`"${choice.place.name}" spans several countries: article focus "${focus.text}" used instead`);
      }
      let confidence = 0.45 * trigger.weight;
      if (venue) {
        place = placeFromMention(venue.mention); placeInherited = true;
        why.push(`no venue in the clause: last ${type} venue "${venue.mention.text}"`);
        confidence += 0.1;
      } else if (choice) {
        why.push(...choice.why);
        confidence += { exact: 0.2, near: 0.17, region: 0.12, country: 0.06 }[choice.place.precision];
      } else if (countryPlace && lex.countryWide.test(s.text)) {
        // "fled the country": a nationwide statement is placed at the country, never at an earlier town
        place = countryPlace; placeInherited = true;
        why.push(`nationwide words and no place in the sentence: the article's country "${countryPlace.text}"`);
        confidence += 0.04;
      } else if (lastPlace && lastPlace.place && s.index - lastPlace.index <= 3) {
        place = lastPlace.place; placeInherited = true;
        why.push(`no place in the sentence: place "${place.text}" from a previous sentence`);
        confidence += 0.05;
      } else if (focus) {
        place = placeFromMention(focus); placeInherited = true;
        why.push(`no place in the sentence: article focus "${focus.text}"`);
        confidence += 0.03;
      } else why.push('no place found');
      // weak triggers need support
      const acting = roles.actors.filter((a) => a.role === 'actor' || a.role === 'target');
      if (trigger.weight < 0.6 && acting.length === 0) continue;
      // with neither a party nor a place of its own, the words are commentary ("talks were undermined by bombing")
      if (acting.length === 0 && !choice && !venue && !tl.selfStanding) continue;
      // date
      const anchors = [trigger.start, ...(fat ? [fat.start] : [])];
      const cue = pickCue(text, s, sCues, anchors);
      // an announced plan counts only with a venue or a time of its own ("in Istanbul next week")
      if (trigger.planned && !choice && !cue) continue;
      if (trigger.planned) {
        why.splice(1, 0, `planned, not yet held ("${trigger.planned}")`);
        confidence *= lex.triggers.planned.confidenceFactor;
      }
      let date: ResolvedDate;
      let dateInherited = false;
      if (cue) {
        date = resolveCue(cue, published, trigger.planned ? true : isFuture(text.slice(s.start, cue.start)));
        why.push(`date "${cue.text}": ${date.why}`);
        confidence += date.value ? 0.1 : 0.03;
      } else if (trigger.planned) {
        date = { value: null, precision: null, text: null, why: 'a plan without a date' };
      } else if (prevDate && prevDate.index === s.index - 1 && prevDate.depth < 2 && prevDate.date.value) {
        date = prevDate.date; dateInherited = true;
        why.push(`date carried from the previous sentence ("${date.text}")`);
        confidence += 0.05;
      } else {
        date = fromPublication(published);
        why.push(date.why);
      }
      let actors = roles.actors;
      if (!actors.some((a) => a.role === 'actor' || a.role === 'target')) {
        const prev = [...drafts, ...sentenceDrafts].reverse().find((d) => d.type === type && d.actors.some((a) => a.role === 'actor'));
        const prevIndex = prev ? sentenceIndexAt(sentences, prev.quote.start) : -1;
        if (prev && s.index - prevIndex <= 4) {
          const carried = prev.actors.filter((a) => a.role === 'actor' && !actors.some((b) => b.id === a.id));
          actors = [...actors, ...carried];
          why.push(`no actor named: ${carried.map((a) => a.id).join(', ')} carried from the previous ${type} (${s.index - prevIndex} sentence(s) before)`);
          confidence -= 0.05;
        }
      }
      if (actors.some((a) => a.role === 'actor')) confidence += 0.2;
      else if (roles.actors.some((a) => a.role === 'target')) confidence += 0.1;
      why.push(...roles.why);
      const bg = trigger.background ?? isBackground(text, s, trigger, date, published, cumulative ?? fat)
        ?? (type === 'displacement' && countedInMillions(text, s, trigger) ? 'displacement counted in millions: a cumulative figure' : null);
      if (bg) why.push(`background: ${bg}`);
      if (fat) { why.push(`fatalities "${fat.text}" → ${fat.count}`); fatUsed = true; }
      if (cumulative && !fat) why.push(`cumulative figure "${cumulative.text}" is not this event's toll`);
      sentenceDrafts.push({
        type, actors, place, placeInherited, date: { value: date.value, precision: date.precision, text: date.text }, dateInherited,
        fatalities: fat && !bg ? { count: fat.count, text: fat.text, start: fat.start, end: fat.end, qualifier: fat.qualifier } : null,
        quote: { start: s.start, end: s.end, text: s.text },
        trigger: { start: trigger.start, end: trigger.end, text: trigger.text },
        confidence: Math.round(Math.min(1, Math.max(0, bg ? confidence * 0.8 : confidence)) * 100) / 100,
        background: bg !== null,
        why,
        mergedSpans: [{ start: s.start, end: s.end }],
      });
    }
    // the fatalities of a sentence without a violent event belong to the last violent event nearby
    if (!sentenceDrafts.some((d) => lex.triggers.types[d.type]?.violent)) {
      const orphan = sFat.find((f) => !f.cumulative);
      const target = [...drafts].reverse().find((d) => lex.triggers.types[d.type]?.violent && !d.background);
      if (orphan && target && s.start - target.quote.end < 600) {
        const i = drafts.indexOf(target);
        if (!target.fatalities || orphan.count < target.fatalities.count) {
          drafts[i] = {
            ...target,
            fatalities: { count: orphan.count, text: orphan.text, start: orphan.start, end: orphan.end, qualifier: orphan.qualifier },
            why: [...target.why, `fatalities "${orphan.text}" from the following sentence`],
          };
        }
      }
    }
    const own = pickCue(text, s, sCues, sTriggers.length ? [sTriggers[0]!.start] : [s.start]);
    if (own) prevDate = { date: resolveCue(own, published, isFuture(text.slice(s.start, own.start))), depth: 0, index: s.index };
    else if (prevDate !== null && prevDate.index === s.index - 1) {
      const p: DateContext = prevDate;
      prevDate = { date: p.date, depth: p.depth + 1, index: s.index };
    }
    const located = sentenceDrafts.find((d) => !d.placeInherited && d.place);
    if (located) lastPlace = { place: located.place, index: s.index };
    drafts.push(...sentenceDrafts);
  }
  return mergeDrafts(drafts).map((d, i) => ({
    id: `${articleId}-e${i}`, articleId, type: d.type, actors: d.actors, place: d.place, date: d.date,
    fatalities: d.fatalities, quote: d.quote, trigger: d.trigger, confidence: d.confidence, background: d.background, why: d.why,
  }));
}
