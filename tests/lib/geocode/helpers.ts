/** Shared helpers for the geoparser tests: run geocode on the fake gazetteer and pick mentions by text. */
import { geocode } from '@/lib/geocode';
import type { Mention } from '@/lib/schemas';
import { fakeGazetteer } from './fake-gazetteer';

export const gaz = fakeGazetteer();

export function run(text: string): Mention[] {
  return geocode(text, { gazetteer: gaz });
}

/** The mention whose text contains `needle` (the n-th one), or throws with what was found. */
export function find(ms: Mention[], needle: string, n = 0): Mention {
  const hits = ms.filter((m) => m.text.includes(needle));
  const m = hits[n];
  if (!m) throw new Error(`no mention containing "${needle}" (#${n}); got ${JSON.stringify(ms.map((x) => x.text))}`);
  return m;
}

export const locations = (ms: Mention[]) => ms.filter((m) => m.isLocation);
