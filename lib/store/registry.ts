/**
 * The actor registry every backend keeps: one row per actor id that a stored event names (curated or open-world).
 * In: the events of a write (putArticle, replaceExtraction, seedOnce). Out: `registryEntries(events)` — the
 * (id, name, kind) rows to insert if the id is new (the first name seen for an id stays), and `sortRegistry`, the
 * one order of `actorRegistry()` (most non-background events first, then id).
 * An actor read by an older pipeline (no `name`/`kind` on the event actor) is registered under the words that named
 * it and kind `external`; the read side (lib/api) shows a curated actor's own name and kind anyway.
 */
import type { ActorKind, ConflictEvent, RegistryActor } from '../schemas';

export interface RegistryEntry { id: string; name: string; kind: ActorKind }

/** The distinct actors of these events, first-seen name and kind per id, in first-seen order. */
export function registryEntries(events: readonly ConflictEvent[]): RegistryEntry[] {
  const out = new Map<string, RegistryEntry>();
  for (const e of events) {
    for (const a of e.actors) if (!out.has(a.id)) out.set(a.id, { id: a.id, name: a.name ?? a.text, kind: a.kind ?? 'external' });
  }
  return [...out.values()];
}

/** actorRegistry order: most non-background events first, then id (code-unit order). */
export function sortRegistry(rows: RegistryActor[]): RegistryActor[] {
  return rows.sort((a, b) => b.eventCount - a.eventCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
