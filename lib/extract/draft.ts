/**
 * Draft: an event while it is being built (before merging, numbering and ACLED coding).
 * In/Out: shared by lib/extract/index.ts (builds drafts) and merge.ts (folds restatements).
 */
import type { ConflictEvent } from '../schemas';

export interface Draft extends Omit<ConflictEvent, 'id' | 'articleId' | 'acled'> {
  /** place came from a previous sentence or the article focus, not this sentence */
  placeInherited: boolean;
  /** date came from a previous sentence */
  dateInherited: boolean;
  /** quote spans of every telling folded into this event */
  mergedSpans: { start: number; end: number }[];
  /** the trigger's own class when an ACLED sub-type rule moved the draft to another (a protest with stones thrown → riot) */
  codedFrom?: ConflictEvent['type'];
}
