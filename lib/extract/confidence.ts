/**
 * Confidence policy: how sure the extractor is of an event, as a table of terms read from
 * data/extract/confidence.json (zod-checked in lexicon.ts).
 * In: what draftFor found (trigger weight, where the place and the date came from, the parties named,
 * the background flag). Out: the numbers it adds up; the arithmetic order is draftFor's, so a term
 * changed in the data changes every event the same way.
 */
import type { EventPlace } from '../schemas';
import { getLexicon } from './lexicon';

/** Where an event's place came from (place-policy.ts). */
export type PlaceSource = 'own' | 'venue' | 'countryWide' | 'previousSentence' | 'articleFocus' | 'none';

/** Where an event's date came from: its own words (resolved or not), the previous sentence, or neither. */
export type DateSource = 'resolved' | 'unresolved' | 'carried' | 'none';

const table = () => getLexicon().confidence;

/** The starting confidence: the trigger's weight × trigger.weightFactor. */
export function startConfidence(weight: number): number {
  return table().trigger.weightFactor * weight;
}

/** The place term: by source, and for a place of the event's own clause by its precision. */
export function placeTerm(source: PlaceSource, precision: EventPlace['precision'] | null): number {
  const t = table().place;
  switch (source) {
    case 'own': return precision ? t.own[precision] : 0;
    case 'venue': return t.venue;
    case 'countryWide': return t.countryWide;
    case 'previousSentence': return t.previousSentence;
    case 'articleFocus': return t.articleFocus;
    case 'none': return 0;
  }
}

/** The date term: own words resolved, own words unresolved, carried from the previous sentence. */
export function dateTerm(source: DateSource): number {
  return source === 'none' ? 0 : table().date[source];
}

/** A plan ("would host talks"): triggers.json planned.confidenceFactor. */
export function plannedConfidence(c: number): number {
  return c * getLexicon().triggers.planned.confidenceFactor;
}

/** Acting parties carried from an earlier event of the same type (a malus). */
export function carriedActorsTerm(): number {
  return table().actors.carried;
}

/** An acting party named, else only a target named, else nothing. */
export function partiesTerm(acting: boolean, targetOnly: boolean): number {
  const t = table().actors;
  return acting ? t.acting : targetOnly ? t.targetOnly : 0;
}

const round2 = (c: number) => Math.round(c * 100) / 100;

/** The event's final confidence: background scaled down, clamped to 0..1, two decimals. */
export function finalConfidence(c: number, background: boolean): number {
  return round2(Math.min(1, Math.max(0, background ? c * table().backgroundFactor : c)));
}

/** A violent event given the agents of another event of its sentence. */
export function sharedAgentsConfidence(c: number): number {
  return round2(Math.min(1, c + table().actors.sharedInSentence));
}

/** Two tellings of one event merged: the higher confidence plus the merge term, at most 1. */
export function mergedConfidence(a: number, b: number): number {
  return Math.min(1, Math.max(a, b) + table().merged);
}
