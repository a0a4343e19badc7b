/**
 * Shapes passed between the geoparser's stages (internal; the public output is Mention from lib/schemas).
 * recognise → Span[]; classify sets role; qualify sets qualifier; resolve sets choice; explain → Mention.
 */
import type { GazetteerEntry } from '../schemas';
import type { Direction, SuffixRole } from './lexicon';

export type SpanRole = 'place' | 'demonym' | 'organisation' | 'attribute' | 'metonymy' | 'person' | 'common' | 'merged';

export interface Qualifier {
  /** the qualifier words as written ("northern", "outskirts of", "countryside", "border") */
  word: string;
  kind: 'direction' | 'near' | 'suffix' | 'border' | 'prefix';
  direction?: Direction;
  role?: SuffixRole;
  /** the span the whole phrase covers */
  start: number;
  end: number;
  /** for "X-Y border": the other country's span */
  other?: Span;
}

export interface Span {
  /** first and last token index (inclusive) */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  /** candidates from the gazetteer, most important first */
  entries: GazetteerEntry[];
  source: 'name' | 'abbreviation' | 'demonym' | 'cue';
  /** ISO alpha-2 for demonyms (null: a people without a country) */
  demonymCountry?: string | null;
  role: SpanRole;
  /** reasons gathered by classify/qualify, most decisive first */
  notes: string[];
  /** set when a country is used as an actor ("Iran said"): kept as a location, flagged in why */
  actorCue?: string;
  qualifier?: Qualifier;
  /** explicit parent written after the name ("Paris, Texas", "Athens, Ga.") */
  parent?: Span;
  /** country named by an apposition after the name ("Tripoli, the Libyan capital") */
  parentCountry?: string;
  /** preferred kinds from words around the name ("the city of X", "X province") */
  kindHint?: SuffixRole;
  /** set when the name was found as a spelling variant (transliteration skeleton): the gazetteer name it matched */
  variant?: string;
}

export interface ScoredCandidate {
  entry: GazetteerEntry;
  score: number;
  /** feature name → contribution */
  features: Record<string, number>;
}

export interface Resolution {
  span: Span;
  ranked: ScoredCandidate[];
  chosen: ScoredCandidate | null;
  /** set by abstain.ts: the reading is withdrawn and the span reported unresolved, with these reasons */
  abstained?: string[];
}
