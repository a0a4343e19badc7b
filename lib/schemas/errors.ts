/**
 * ApiError: the one JSON error body every route returns on bad input.
 * In: a zod error or a message. Out: `{error, issues}` naming the bad field.
 */
import { z } from 'zod';

export const ApiError = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
});
export type ApiError = z.infer<typeof ApiError>;

export function zodToApiError(err: z.ZodError, what = 'input'): ApiError {
  const issues = err.issues.map((i) => ({ path: i.path.map(String).join('.') || what, message: i.message }));
  const first = issues[0];
  return { error: first ? `invalid ${what}: ${first.path}: ${first.message}` : `invalid ${what}`, issues };
}

/**
 * Input a stage cannot take (an article with nothing left after cleaning, a bad date), with the fields at
 * fault. Thrown by lib/pipeline; lib/api answers it with 400 `{error, issues}`.
 */
export class InputError extends Error {
  readonly issues: ApiError['issues'];
  constructor(message: string, issues: ApiError['issues'] = []) {
    super(message);
    this.name = 'InputError';
    this.issues = issues;
  }
}

/**
 * The server could not do a job for reasons of its own, not of the input: busy (503 with Retry-After), a job
 * that ran out of time or a worker that died (lib/pipeline/pool.ts). lib/api answers with `status` and `headers`.
 */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
