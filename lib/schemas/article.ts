/**
 * Article: one cleaned news article, the unit every later stage reads.
 * In: produced by lib/corpus from a raw dump (or by ingestion).
 * Out: offsets into `body` are what mentions, events and quotes point at, so `body` is stable.
 */
import { z } from 'zod';

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

export const BoilerplateKind = z.enum(['caption', 'credit', 'ad', 'related-link', 'alt-text', 'other']);

export const Boilerplate = z.object({
  kind: BoilerplateKind,
  text: z.string(),
  /** why the importer removed it, e.g. "line starts with READ ALSO:" */
  why: z.string(),
});
export type Boilerplate = z.infer<typeof Boilerplate>;

export const Article = z.object({
  /** slug of the title + '-' + 8 hex chars of the content hash: stable across re-imports */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'article id is lowercase letters, digits and hyphens'),
  title: z.string().min(1),
  published: IsoDate.nullable(),
  body: z.string().min(1),
  /** paragraph spans into body */
  paragraphs: z.array(Span),
  source: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  boilerplate: z.array(Boilerplate).default([]),
});
export type Article = z.infer<typeof Article>;
