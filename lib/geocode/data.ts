/**
 * The geoparser's tunable knowledge beyond word lists: candidate feature weights, the classification rule
 * table and the thresholds of resolution and abstention, each zod-validated once at load.
 * In: data/geocode/candidates.json, classify.json, thresholds.json (the kind prior itself is
 * data/geocode/ranking.json, loaded by lib/gazetteer). Out: typed, frozen values; a bad file throws an Error
 * naming it and the field. Nothing here is computed per call.
 */
import { z } from 'zod';
import { PlaceKind } from '../schemas';
import { parseDataFile } from '../gazetteer';
import candidatesJson from '../../data/geocode/candidates.json';

const Kinds = z.array(PlaceKind).min(1);
const Num = z.number();
const Pos = z.number().positive();

export const CandidatesFile = z.object({
  _about: z.string(),
  maxCandidates: z.number().int().positive(),
  populationPrior: z.strictObject({ _about: z.string(), perLog10: Num, offset: Num, max: Num }),
  smallAdmin1: z.strictObject({ _about: z.string(), perLog10: Num, referenceKm: Pos }),
  match: z.strictObject({ _about: z.string(), primary: Num, regionAlias: Num, noisyAlias: Num, alias: Num, other: Num }),
  regionAliasKinds: Kinds,
  noisyAliasKinds: Kinds,
  proximity: z.strictObject({
    _about: z.string(),
    bands: z.array(z.strictObject({ underKm: Pos, bonus: Pos })).min(1)
      .refine((bs) => bs.every((b, i) => i === 0 || (b.underKm > bs[i - 1]!.underKm && b.bonus <= bs[i - 1]!.bonus)), 'bands must be nearest first, bonuses not rising'),
    ignoredAnchorKinds: Kinds,
  }),
  features: z.strictObject({
    _about: z.string(),
    focus: Num, region: Num, holdsAnchor: Num, together: Num, togetherInCounty: Num, list: Num, asParent: Num, same: Num,
    parent: Num, hint: Num, city: Num, cityKm: Pos, seat: Num, seatEditDistance: z.number().int().nonnegative(), seatRadiusFactor: Pos,
  }),
  hintKinds: z.object({ _about: z.string() }).catchall(Kinds),
  _aboutKinds: z.string(),
  holdsAnchorKinds: Kinds,
  asParentKinds: Kinds,
  sameWithoutContextKinds: Kinds,
});
export type CandidatesFile = z.infer<typeof CandidatesFile>;

export const CANDIDATES: CandidatesFile = parseDataFile(CandidatesFile, candidatesJson, 'data/geocode/candidates.json');
