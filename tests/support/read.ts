/**
 * Reading a sentence for the reader's tests: the pipeline's non-background events of a text, and short views of them
 * (display classes, "class/ACLED sub-type"). In: text (and optionally its publication date). Out: events or strings.
 */
import { processText } from '@/lib/pipeline';
import type { ConflictEvent } from '@/lib/schemas';

/** The news events of a text (background events left out). */
export function liveEvents(text: string, published = '2023-06-10'): ConflictEvent[] {
  return processText(text, { published }).events.filter((e) => !e.background);
}

/** Their display classes, in text order. */
export const liveTypes = (text: string, published?: string) => liveEvents(text, published).map((e) => e.type);

/** Their display class and ACLED sub-type, e.g. "protest/Peaceful protest". */
export const liveCoded = (text: string, published?: string) => liveEvents(text, published).map((e) => `${e.type}/${e.acled.subEventType}`);
