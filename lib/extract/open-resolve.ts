/**
 * Naming an unnamed open actor by the event's country: "police" in an event placed in Mexico is
 * "Police forces of Mexico"; "protesters" are "Protesters (Mexico)"; "gunmen" an "Unidentified armed group (Mexico)".
 * In: an event's actors (placeholder ids `?military`, `?police`, `?protesters`, `?rioters`, `?unidentified` from
 * open-actors.ts) and the country of the event's place, else of the article (ISO alpha-2, or null).
 * Out: the actors with ids, names and kinds (a country whose state actor is curated takes the curated id), one per
 * id (the stronger role kept), and the reasons.
 */
import type { ActorKind, EventActor } from '../schemas';
import { openLexicon } from './open-lexicon';
import { countryName, curatedState, slug } from './open-names';
import { roleRank } from './roles';

export type Unnamed = 'military' | 'police' | 'protesters' | 'rioters' | 'unidentified';

const KIND: Record<Unnamed, ActorKind> = { military: 'state', police: 'state', protesters: 'protesters', rioters: 'rioters', unidentified: 'militia' };

/** The actor an unnamed word stands for in a country (`place`: a name to use when there is no country code). */
export function openByCountry(what: Unnamed, cc: string | null, place: string | null = null): { id: string; name: string; kind: ActorKind } {
  const d = openLexicon().file.displayNames;
  const kind = KIND[what];
  const curated = kind === 'state' && cc ? curatedState(cc) : undefined;
  if (curated) return { id: curated.id, name: curated.name, kind };
  const name = d[what].replace('{country}', cc ? countryName(cc) : place ?? d.noCountry);
  return { id: `${kind}:${slug(name)}`, name, kind };
}

/** Resolve the placeholders among an event's actors (pure: new objects, the input is not changed). */
export function resolveOpenActors(actors: readonly EventActor[], cc: string | null): { actors: EventActor[]; why: string[] } {
  const why: string[] = [];
  const byId = new Map<string, EventActor>();
  for (const a of actors) {
    let x = a;
    if (a.id.startsWith('?')) {
      const r = openByCountry(a.id.slice(1) as Unnamed, cc);
      x = { ...a, id: r.id, name: r.name, kind: r.kind };
      if (a.role !== 'mentioned') why.push(`"${a.text}" → ${r.name} (${cc ? "the event's country" : 'no country known'})`);
    }
    const prev = byId.get(x.id);
    if (!prev || roleRank(x.role) > roleRank(prev.role)) byId.set(x.id, x);
  }
  return { actors: [...byId.values()].sort((p, q) => p.start - q.start), why };
}
