/**
 * The bundled gazetteer (data/gazetteer) for tests whose cases need the world's real homonyms (London, Ontario;
 * Salamanca, Guanajuato), loaded once per test file. `read` geocodes a sentence and `placeOf` gives one mention's
 * reading as "id name/kind/country".
 */
import path from 'node:path';
import { loadGazetteer, type MemoryGazetteer } from '@/lib/gazetteer';
import { geocode } from '@/lib/geocode';
import type { Mention } from '@/lib/schemas';

let gz: MemoryGazetteer | null = null;
export const realGazetteer = (): MemoryGazetteer => (gz ??= loadGazetteer(path.resolve(__dirname, '../../../data/gazetteer')));

export const read = (text: string): Mention[] => geocode(text, { gazetteer: realGazetteer() });

/** The mention whose text is `name` (the n-th one), or throws listing what was found. */
export function mention(ms: Mention[], name: string, n = 0): Mention {
  const m = ms.filter((x) => x.text === name || x.text.startsWith(`${name} `) || x.text.endsWith(` ${name}`))[n];
  if (!m) throw new Error(`no mention "${name}" (#${n}); got ${JSON.stringify(ms.map((x) => x.text))}`);
  return m;
}
