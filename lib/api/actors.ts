/**
 * GET /api/actors and the map's actor filter: the actors the read side lists.
 * In: the EventStore (its actor registry). Out: ListedActor[] — every curated actor (data/actors.json: colour,
 * aliases, kind from its ACLED inter) with its event count (in the role asked: carried out, or any), then every other actor the stored events name
 * (open-world: "Military forces of Armenia", "Zuran militants"), most events first, with a colour per kind
 * (lib/actors listActors).
 */
import type { ListedActor } from '../schemas';
import { listActors } from '../actors';
import type { ActorRoleFilter, EventStore } from '../store';

/** `role`: which events an actor's eventCount counts — those it carried out ('actor', default) or any naming it ('any'). */
export async function actorList(store: Pick<EventStore, 'actorRegistry'>, role?: ActorRoleFilter): Promise<ListedActor[]> {
  return listActors(await store.actorRegistry(role));
}
