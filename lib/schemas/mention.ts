/**
 * Mention: one toponym found in a text, resolved or abstained with a reason.
 * In: produced by lib/geocode from text + gazetteer.
 * Out: read by lib/extract (event places), the article reader (highlights) and the eval.
 */
import { z } from 'zod';
import { PlaceRef } from './gazetteer';

export const Precision = z.enum(['exact', 'near', 'region', 'country']);
export type Precision = z.infer<typeof Precision>;

/** Why a toponym is not a location: metonymy ("Moscow said"), demonym ("Syrian"), inside a name ("Damascus University"). */
export const NonLocationReason = z.enum(['metonymy', 'demonym', 'organisation', 'attribute', 'unresolved']);

export const Candidate = z.object({ id: z.string(), name: z.string(), kind: z.string(), country: z.string().nullable(), score: z.number() });

export const Mention = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  isLocation: z.boolean(),
  /** the resolved entry (null when abstaining) */
  place: PlaceRef.nullable(),
  precision: Precision.nullable(),
  radiusKm: z.number().nonnegative().nullable(),
  /** for directional/relative forms ("northern Aleppo countryside"): the point used, which may differ from place.lat/lon */
  point: z.object({ lat: z.number(), lon: z.number() }).nullable().default(null),
  /** qualifier found around the name: "northern", "countryside", "near", "outskirts", "border", "province" … */
  qualifier: z.string().nullable().default(null),
  nonLocation: NonLocationReason.nullable().default(null),
  /** human-readable reasons, deciding factor first */
  why: z.array(z.string()),
  candidates: z.array(Candidate).default([]),
  /**
   * absent or true: a gazetteer (or analysts' overlay) entry. false: the name is in neither, but the text marks it
   * as a place ("the village of X", "X in Y", "near X"); `place` then carries the name as written, an id
   * "unk:<parent id>:<slug>", and the point of `parent`, the best known place it lies in or near.
   */
  inGazetteer: z.boolean().optional(),
  /** the known place an unknown name is placed at, or the written container of a known one ("X in Y": Y) */
  parent: PlaceRef.nullable().optional(),
});
export type Mention = z.infer<typeof Mention>;
