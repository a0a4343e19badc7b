/**
 * Gold files for geoparsing evaluation: the one zod declaration of their shape.
 * In: JSON text of a gold file (ours in tests/fixtures/gold, or the devsets in ../shared/devsets).
 * Out: a parsed GoldFile (unknown fields kept, so devset extras such as geonameid or demonym pass through),
 * or a GoldFileError naming every bad field. Conventions are documented in docs/EVALUATION.md.
 */
import { z } from 'zod';

export const GoldPlace = z
  .object({
    name: z.string().min(1),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** a prediction within this many km of (lat, lon) counts as correctly resolved */
    tol_km: z.number().positive(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    /** LGL marks adjectival forms ("Iranian") as toponyms; they are scored separately */
    demonym: z.boolean().optional(),
  })
  .loose();
export type GoldPlace = z.infer<typeof GoldPlace>;

/** A phrase in which a capital stands for its government; the object form pins the capital's span. */
export const GoldMetonymy = z.union([
  z.string().min(1),
  z
    .object({
      phrase: z.string().min(1),
      name: z.string().min(1).optional(),
      start: z.number().int().nonnegative().optional(),
      end: z.number().int().nonnegative().optional(),
    })
    .loose(),
]);
export type GoldMetonymy = z.infer<typeof GoldMetonymy>;

export const GoldArticle = z
  .object({
    title: z.string(),
    published: z.string().nullable().optional(),
    text: z.string(),
    places: z.array(GoldPlace),
    metonymy: z.array(GoldMetonymy).default([]),
    /** LGL: toponyms the annotators marked but could not place; predictions on them are neither right nor spurious */
    unresolved: z
      .array(z.object({ name: z.string().optional(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).loose())
      .optional(),
    /** event gold, written and scored by lib/eval/events.ts */
    events: z.array(z.unknown()).optional(),
  })
  .loose();
export type GoldArticle = z.infer<typeof GoldArticle>;

export const GoldFile = z.object({ articles: z.array(GoldArticle) }).loose();
export type GoldFile = z.infer<typeof GoldFile>;

export class GoldFileError extends Error {
  constructor(
    message: string,
    readonly issues: string[],
  ) {
    super(message);
    this.name = 'GoldFileError';
  }
}

/** Parse and check a gold file: schema, then span sanity (text.slice(start, end) must equal name). */
export function parseGold(json: string, label = 'gold file'): GoldFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new GoldFileError(`${label} is not valid JSON: ${(e as Error).message}`, []);
  }
  const parsed = GoldFile.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new GoldFileError(`${label} does not match the gold format (see docs/EVALUATION.md)`, issues);
  }
  const issues: string[] = [];
  parsed.data.articles.forEach((a, ai) => {
    a.places.forEach((p, pi) => {
      if (p.start === undefined || p.end === undefined) return;
      if (p.end < p.start || a.text.slice(p.start, p.end) !== p.name) {
        issues.push(`articles.${ai}.places.${pi}: text.slice(${p.start}, ${p.end}) is not "${p.name}"`);
      }
    });
  });
  if (issues.length > 0) throw new GoldFileError(`${label} has ${issues.length} bad span(s)`, issues.slice(0, 20));
  return parsed.data;
}
