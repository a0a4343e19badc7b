/**
 * The actors the read side lists: curated ones (data/actors.json) and every other actor the store's registry holds.
 * In: the store's registry rows (lib/schemas RegistryActor: id, name, kind, eventCount). Out: `listActors` —
 * ListedActor[]: every curated actor in file order (its colour, aliases and name; kind from its ACLED inter), then
 * the registry's other actors, most events first, each with inter from its kind and a colour from data/actors.json
 * `kindColors` picked by a hash of its id (the same id always gets the same colour); `openColor` that pick.
 */
import { z } from 'zod';
import { ActorKind, interOfKind, kindFromInter, type ListedActor, type RegistryActor } from '../schemas';
import actorsJson from '../../data/actors.json';
import { actorTable } from './table';

const Color = z.string().regex(/^#[0-9a-f]{6}$/i);
const KindColors = z.object({ kindColors: z.object(Object.fromEntries(ActorKind.options.map((k) => [k, z.array(Color).min(1)])) as Record<ActorKind, z.ZodArray<typeof Color>>) });

let palette: Record<ActorKind, string[]> | null = null;

function kindColors(): Record<ActorKind, string[]> {
  if (palette) return palette;
  const r = KindColors.safeParse(actorsJson);
  if (!r.success) throw new Error(`data/actors.json is invalid (${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}); fix the data file`);
  return (palette = r.data.kindColors as Record<ActorKind, string[]>);
}

/** FNV-1a over the id's UTF-16 code units: a small, stable hash. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The colour of an actor outside data/actors.json: one of its kind's palette, the same for the same id. */
export function openColor(id: string, kind: ActorKind): string {
  const p = kindColors()[kind];
  return p[hash(id) % p.length]!;
}

/** Curated actors (all of them) with their counts, then the registry's other actors (see the header). */
export function listActors(registry: readonly RegistryActor[]): ListedActor[] {
  const byId = new Map(registry.map((r) => [r.id, r]));
  const curated = actorTable().map((a): ListedActor => ({
    ...a, aliases: [...a.aliases], demonyms: [...a.demonyms], metonyms: [...a.metonyms], officials: [...a.officials],
    kind: kindFromInter(a.inter), curated: true, eventCount: byId.get(a.id)?.eventCount ?? 0,
  }));
  const known = new Set(curated.map((a) => a.id));
  const open = registry.filter((r) => !known.has(r.id)).map((r): ListedActor => ({
    id: r.id, name: r.name, inter: interOfKind(r.kind), color: openColor(r.id, r.kind), aliases: [], demonyms: [], metonyms: [],
    officials: [], country: null, kind: r.kind, curated: false, eventCount: r.eventCount,
  }));
  open.sort((a, b) => b.eventCount - a.eventCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...curated, ...open];
}
