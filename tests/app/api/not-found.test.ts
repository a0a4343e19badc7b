/**
 * Issue 14 (fuzzing finding): an /api path no route answers was Next's HTML 404; the catch-all answers JSON.
 */
import { describe, expect, it } from 'vitest';
import * as route from '@/app/api/[...path]/route';

describe('unknown /api paths → 404 JSON', () => {
  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const)('%s /api/no-such-thing', async (method) => {
    const res = await route[method](new Request('http://x/api/no-such-thing/deeper', { method }));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { error: string; issues: unknown[] };
    expect(body.error).toContain('/api/no-such-thing/deeper');
    expect(body.issues).toEqual([]);
  });
});
