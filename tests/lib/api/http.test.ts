import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { HttpError, errorToResponse, handle } from '@/lib/api/http';
import { StoreConflictError, StoreInputError, StoreNotFoundError } from '@/lib/store/errors';

afterEach(() => vi.restoreAllMocks());

describe('handle / errorToResponse', () => {
  it('passes a successful response through', async () => {
    const res = await handle('t', async () => new Response('ok', { status: 201 }));
    expect(res.status).toBe(201);
  });
  it('maps HttpError to its status, JSON body and headers', async () => {
    const res = await handle('t', async () => {
      throw new HttpError(401, 'nope', [{ path: 'authorization', message: 'missing' }], { 'www-authenticate': 'Bearer' });
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    expect(await res.json()).toEqual({ error: 'nope', issues: [{ path: 'authorization', message: 'missing' }] });
  });
  it('maps a ZodError to 400 naming the field', async () => {
    const res = await handle('t', async () => {
      z.object({ n: z.number() }).parse({ n: 'x' });
      return new Response();
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.issues[0].path).toBe('n');
    expect(body.error).toMatch(/^invalid input: n:/);
  });
  it('maps store errors to 400, 404 and 409', async () => {
    expect(errorToResponse(new StoreInputError('bad', [{ path: 'x', message: 'y' }]), 't').status).toBe(400);
    expect(errorToResponse(new StoreNotFoundError('gone'), 't').status).toBe(404);
    expect(errorToResponse(new StoreConflictError('clash'), 't').status).toBe(409);
  });
  it('maps anything else to a logged 500 JSON body without internals', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await handle('GET /x', async () => {
      throw new TypeError('secret detail');
    });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error).toMatch(/internal error/);
    expect(JSON.stringify(body)).not.toContain('secret detail');
    expect(log).toHaveBeenCalledOnce();
  });
});
