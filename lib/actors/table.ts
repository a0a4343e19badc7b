/**
 * The curated actor table: data/actors.json, zod-validated once, shared by the extractor (recognition) and the
 * read side (chips, colours, the actor filter, CSV names).
 * In: data/actors.json (knowledge lives in data/, never in code). Out: `actorTable()` (the validated table,
 * read-only, shared), `getActors()` (a caller-owned copy), `actorById(id)`.
 * Depends on lib/schemas only, so pages and read routes can import it without pulling in the reader.
 */
import { z } from 'zod';
import { Actor } from '../schemas';
import actorsJson from '../../data/actors.json';

export const ActorsFile = z.object({ actors: z.array(Actor).min(1) });

/** Validates a parsed actors file: shape (zod) and unique ids; errors name the file and the problem. */
export function parseActors(value: unknown, file = 'data/actors.json'): Actor[] {
  const r = ActorsFile.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${file} is invalid (${issues}); fix the data file`);
  }
  const ids = new Set<string>();
  for (const a of r.data.actors) {
    if (ids.has(a.id)) throw new Error(`${file}: duplicate actor id "${a.id}"`);
    ids.add(a.id);
  }
  return r.data.actors;
}

let table: readonly Actor[] | null = null;
let byId: ReadonlyMap<string, Actor> | null = null;

/** The validated actor table, loaded once. Shared: callers must not mutate it (use getActors() for a copy). */
export function actorTable(): readonly Actor[] {
  return (table ??= parseActors(actorsJson));
}

/** A copy of the actor table the caller may change (lists copied too). */
export function getActors(): Actor[] {
  return actorTable().map((a) => ({ ...a, aliases: [...a.aliases], demonyms: [...a.demonyms], metonyms: [...a.metonyms], officials: [...a.officials] }));
}

/** The curated actor with this id, or undefined. */
export function actorById(id: string): Actor | undefined {
  return (byId ??= new Map(actorTable().map((a) => [a.id, a]))).get(id);
}
