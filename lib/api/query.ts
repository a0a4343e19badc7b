/**
 * Query-string parsing for routes: URLSearchParams → zod, dropping empty values first
 * (z.coerce would read "" as 0). Bad input → HttpError 400 naming the parameter.
 * In: a request URL and a schema. Out: the parsed value.
 */
import { z } from 'zod';
import { paramsToObject } from '../schemas';
import { badInput } from './http';

export function parseSearchParams<T extends z.ZodType>(url: string | URL, schema: T, what = 'query'): z.infer<T> {
  const params = new URL(url).searchParams;
  const parsed = schema.safeParse(paramsToObject(params));
  if (!parsed.success) throw badInput(parsed.error, what);
  return parsed.data;
}

/** 400 unless the URL has no query parameters at all (for routes that take none). */
export function rejectSearchParams(url: string | URL): void {
  parseSearchParams(url, z.object({}).strict());
}
