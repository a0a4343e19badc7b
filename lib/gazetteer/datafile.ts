/**
 * Validation of the knowledge files under data/ that the gazetteer and the geoparser load at start-up.
 * In: a zod schema, the parsed JSON module and its path. Out: the typed value, or an Error naming the file,
 * the bad field and the fix. Runs once per file at module load, never per call.
 */
import type { z } from 'zod';

export function parseDataFile<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new Error(`${file} is invalid (${issues}); fix the data file`);
}
