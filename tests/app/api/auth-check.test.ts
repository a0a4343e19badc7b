/** GET /api/auth/check: 204 for the admin token, 401/403/503 with a JSON error otherwise. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GET as check } from '@/app/api/auth/check/route';
import { ApiError } from '@/lib/schemas';

const TOKEN = 'check-test-token';
const req = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

beforeEach(() => {
  process.env.ATLAS_ADMIN_TOKEN = TOKEN;
});
afterEach(() => {
  delete process.env.ATLAS_ADMIN_TOKEN;
});

async function errorOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  return ApiError.parse(await res.json());
}

describe('GET /api/auth/check', () => {
  it('204, no body, for the right token', async () => {
    const res = await check(req('/api/auth/check', { authorization: `Bearer ${TOKEN}` }));
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });
  it('403 with a JSON error for a wrong token; 401 without one', async () => {
    expect((await errorOf(await check(req('/api/auth/check', { authorization: 'Bearer wrong' })), 403)).error).toMatch(/not valid/);
    const res = await check(req('/api/auth/check'));
    expect((await errorOf(res, 401)).error).toMatch(/authorization required/);
  });
  it('503 when writes are disabled; 400 for query parameters', async () => {
    delete process.env.ATLAS_ADMIN_TOKEN;
    await errorOf(await check(req('/api/auth/check', { authorization: 'Bearer x' })), 503);
    process.env.ATLAS_ADMIN_TOKEN = TOKEN;
    await errorOf(await check(req('/api/auth/check?token=x', { authorization: `Bearer ${TOKEN}` })), 400);
  });
});
