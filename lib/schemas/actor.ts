/**
 * Actor: a party to the conflict, with every way a text names it.
 * In: data/actors.json (knowledge lives in data/, never in code) and, for actors outside it, the open-world
 * names the extractor builds (lib/extract/open-actors.ts) and the store's registry of them.
 * Out: read by lib/extract (actor recognition), the store (registry) and the map (chips, colours, filter).
 */
import { z } from 'zod';

/**
 * What kind of party an actor is: ACLED's inter codes 1..8 (1 state forces, 2 rebels, 3 political militia,
 * 4 identity militia, 5 rioters, 6 protesters, 7 civilians, 8 external/other).
 */
export const ActorKind = z.enum(['state', 'rebel', 'militia', 'identity', 'rioters', 'protesters', 'civilians', 'external']);
export type ActorKind = z.infer<typeof ActorKind>;

/** ACLED inter code (1..8) → kind: the index into ActorKind's options. */
export function kindFromInter(inter: number): ActorKind {
  return ActorKind.options[Math.min(8, Math.max(1, Math.trunc(inter))) - 1]!;
}

/** kind → ACLED inter code (1..8). */
export function interOfKind(kind: ActorKind): number {
  return ActorKind.options.indexOf(kind) + 1;
}

export const Actor = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** ACLED inter code: 1 state forces, 2 rebels, 3 political militia, 4 identity militia, 8 external/other */
  inter: z.number().int().min(1).max(8),
  /** colour for markers and chips */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  aliases: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
  /** capitals and seats used as metonymy for it ("Moscow", "the Kremlin") */
  metonyms: z.array(z.string()).default([]),
  officials: z.array(z.string()).default([]),
  /** ISO country this actor is the government of, if any */
  country: z.string().length(2).nullable().default(null),
});
export type Actor = z.infer<typeof Actor>;

/**
 * Open-world actor ids: `<kind>:<slug>` (lowercase letters, digits and hyphens after the colon), e.g.
 * `state:military-forces-of-armenia`, `rebel:kivu-liberation-front`, `protesters:protesters-mexico`.
 * Curated ids (data/actors.json) never contain a colon, so the two cannot collide.
 */
export const OpenActorId = z.string().regex(/^(?:state|rebel|militia|identity|rioters|protesters|civilians|external):[a-z0-9-]+$/);

/** One row of the store's actor registry: an actor some stored event names (curated or open-world). */
export const RegistryActor = z.object({
  id: z.string().min(1),
  name: z.string(),
  kind: ActorKind,
  /** non-background events naming it (any role) */
  eventCount: z.number().int().nonnegative(),
});
export type RegistryActor = z.infer<typeof RegistryActor>;

/**
 * An actor as the read side lists it (GET /api/actors, the map's filter): a curated actor keeps its table row
 * (colour, aliases…); an open-world one gets inter from its kind, a deterministic colour and no aliases.
 */
export const ListedActor = Actor.extend({
  id: z.string().min(1),
  kind: ActorKind,
  /** true for an actor of data/actors.json */
  curated: z.boolean(),
  eventCount: z.number().int().nonnegative(),
});
export type ListedActor = z.infer<typeof ListedActor>;
