/**
 * The actor registry of the read side and the reader: data/actors.json (table.ts: `actorTable`, `getActors`,
 * `actorById`, `parseActors`) and the list that merges it with the actors a store holds (listed.ts: `listActors`,
 * `openColor`). Depends on lib/schemas only, so pages and read routes can import it without pulling in the reader.
 */
export { ActorsFile, actorById, actorTable, getActors, parseActors } from './table';
export { listActors, openColor } from './listed';
