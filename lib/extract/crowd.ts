/**
 * The crowd of a protest or a riot: ACLED codes every protest with "Protesters (<country>)" as actor 1 and every riot
 * with "Rioters (<country>)" (named groups among them are associated actors), whether or not the words name them.
 * In: a coded event's ACLED event type, its actors, its trigger span and the country of its place (else the
 * article's). Out: the actors with the crowd acting (added as the unnamed crowd of the country when none is named,
 * or a named crowd promoted to actor), and the reason; other events pass unchanged.
 * Violence that names no acting party is acted by the unidentified armed group of its country, as ACLED codes it.
 * The event types and their crowds are data (data/extract/open-actors.json `crowdByEventType`, `unidentifiedByEventType`).
 */
import type { AcledEventType, EventActor } from '../schemas';
import { openLexicon } from './open-lexicon';
import { openByCountry } from './open-resolve';

export function withCrowd(
  eventType: AcledEventType, actors: readonly EventActor[], trigger: { start: number; end: number; text: string }, cc: string | null,
): { actors: EventActor[]; why: string | null } {
  const { crowdByEventType, unidentifiedByEventType } = openLexicon().file;
  const crowd = crowdByEventType[eventType];
  if (!crowd) {
    // "a man was found dead with his hands tied": violence no one is named for is the unidentified armed group's
    if (!unidentifiedByEventType.includes(eventType) || actors.some((x) => x.role === 'actor')) return { actors: [...actors], why: null };
    const r = openByCountry('unidentified', cc);
    return { actors: withActing(actors, r, trigger), why: `no party named: ${r.name} (ACLED's actor 1 of ${eventType.toLowerCase()} whose perpetrator is unknown)` };
  }
  const named = actors.find((x) => x.kind === crowd);
  if (named?.role === 'actor') return { actors: [...actors], why: null };
  if (named) {
    return { actors: actors.map((x) => (x === named ? { ...x, role: 'actor' as const } : x)), why: `${named.name ?? named.text}: the crowd of the ${eventType.toLowerCase()} is its actor` };
  }
  const r = openByCountry(crowd, cc);
  return { actors: withActing(actors, r, trigger), why: `no crowd named: ${r.name} act in the ${eventType.toLowerCase()} (ACLED's actor 1 of every ${crowd === 'protesters' ? 'protest' : 'riot'})` };
}

/** The actors with an unnamed party of the country acting, told by the event's trigger words. */
function withActing(actors: readonly EventActor[], r: ReturnType<typeof openByCountry>, trigger: { start: number; end: number; text: string }): EventActor[] {
  const added: EventActor = { id: r.id, role: 'actor', text: trigger.text, start: trigger.start, end: trigger.end, name: r.name, kind: r.kind };
  return [...actors, added].sort((p, q) => p.start - q.start);
}
