/**
 * Issue 14 ("405s have empty bodies"): every route answers every method it does not implement with a 405 whose
 * body is JSON naming the method and an Allow header listing the ones it does answer — found by reading every
 * app/api route file, so a new route without the refusals fails here.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSABLE_METHODS } from '@/lib/api/http';

const API = path.resolve(__dirname, '../../../app/api');

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? routeFiles(p) : name === 'route.ts' ? [p] : [];
  });
}

const routes = routeFiles(API).map((file) => ({ route: '/api/' + path.relative(API, path.dirname(file)).split(path.sep).join('/'), file }));

describe('methods a route does not answer → 405 JSON with Allow', () => {
  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(13);
  });

  it.each(routes)('$route', async ({ file }) => {
    const mod = (await import(file)) as Record<string, unknown>;
    const implemented = REFUSABLE_METHODS.filter((m) => typeof mod[m] === 'function' && !(mod[m] as { refusal?: boolean }).refusal);
    expect(implemented.length).toBeGreaterThan(0);
    for (const method of REFUSABLE_METHODS) {
      const handler = mod[method];
      expect(typeof handler, `${method} is exported`).toBe('function');
      if (implemented.includes(method)) continue;
      const res = (await (handler as (r: Request) => Promise<Response> | Response)(new Request('http://x/api', { method }))) as Response;
      expect(res.status, method).toBe(405);
      expect(res.headers.get('content-type')).toContain('application/json');
      const allow = res.headers.get('allow')!;
      for (const m of implemented) expect(allow).toContain(m);
      expect(allow).not.toContain(method);
      const body = (await res.json()) as { error: string };
      expect(body.error).toContain(`method ${method} not allowed`);
    }
  });
});
