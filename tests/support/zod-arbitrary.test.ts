/**
 * The zod → fast-check walker (zod-arbitrary.ts) feeds the route fuzzing of issue 14: its "valid-ish" values must
 * mostly pass the schema they come from (or the fuzzing never gets past the checks), its hostile ones mostly not,
 * and query values must survive being written into and read back out of a URL.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AddPlaceRequest, EventQuery, ExtractRequest, GeocodeQuery, IngestRequest, ReverseQuery, paramsToObject } from '@/lib/schemas';
import { OPTS } from './fuzz-routes';
import { hostileValue, queryStrings, toParam, validish } from './zod-arbitrary';

const N = 300;
const share = (values: unknown[], ok: (v: unknown) => boolean) => values.filter(ok).length / values.length;
const asQuery = (v: unknown) => new URLSearchParams(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).map(([k, x]) => [k, toParam(x)]));

describe('validish: mostly valid values', () => {
  for (const [name, schema] of [['ExtractRequest', ExtractRequest], ['IngestRequest', IngestRequest], ['AddPlaceRequest', AddPlaceRequest]] as [string, z.ZodType][])
  it(`${name} bodies pass their schema ≥ 40% of the time`, () => {
    const values = fc.sample(validish(schema, OPTS), { numRuns: N, seed: 1 });
    expect(share(values, (v) => schema.safeParse(JSON.parse(JSON.stringify(v))).success)).toBeGreaterThanOrEqual(0.4);
  });

  for (const [name, schema, min] of [['EventQuery', EventQuery, 0.15], ['GeocodeQuery', GeocodeQuery, 0.4], ['ReverseQuery', ReverseQuery, 0.4]] as [string, z.ZodType, number][])
  it(`${name} values written into a URL parse back ≥ ${min} of the time`, () => {
    const values = fc.sample(validish(schema, OPTS), { numRuns: N, seed: 2 });
    expect(share(values, (v) => schema.safeParse(paramsToObject(asQuery(v))).success)).toBeGreaterThanOrEqual(min);
  });

  it('walks nested objects, arrays, tuples, unions, literals, nullables and bounds', () => {
    const schema = z.strictObject({
      a: z.array(z.number().int().min(3).max(7)).min(1).max(3),
      t: z.tuple([z.literal('x'), z.boolean()]),
      u: z.union([z.string().regex(/^[a-z]{2}$/), z.number().positive()]),
      n: z.string().max(4).nullable(),
      e: z.enum(['p', 'q']).optional(),
    });
    const values = fc.sample(validish(schema), { numRuns: N, seed: 3 });
    expect(share(values, (v) => schema.safeParse(v).success)).toBe(1);
  });
});

describe('hostile values and query strings', () => {
  it('hostile bodies fail their schema most of the time', () => {
    const values = fc.sample(hostileValue(AddPlaceRequest, OPTS), { numRuns: N, seed: 4 });
    expect(share(values, (v) => !AddPlaceRequest.safeParse(JSON.parse(JSON.stringify(v) ?? 'null')).success)).toBeGreaterThanOrEqual(0.6);
  });

  it('query strings include bad percent-encoding, NUL bytes and duplicated parameters', () => {
    const qs = fc.sample(queryStrings(EventQuery, OPTS), { numRuns: 1000, seed: 5 });
    expect(qs.some((q) => /%(?![0-9A-Fa-f]{2})/.test(q))).toBe(true);
    expect(qs.some((q) => q.includes('%00') || q.includes('\u0000'))).toBe(true);
    expect(qs.some((q) => { const keys = [...new URLSearchParams(q).keys()]; return new Set(keys).size < keys.length; })).toBe(true);
  });
});
