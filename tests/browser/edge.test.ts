/**
 * Issue 14, the HTTP edge against the real production server (tests/browser/server.ts → scripts/serve.ts):
 * malformed percent-encoding → 400 JSON, oversized URL / header → 431 JSON, a NUL byte in q → 200, and the
 * security headers on every answer (errors, Next's own 404, 405s); HSTS only with ATLAS_HTTPS=1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from './support';
import { ADMIN_TOKEN, startServer, type RunningServer } from './server';

interface Answer { status: number; headers: http.IncomingHttpHeaders; body: string }

/** A raw GET (or other method): the path is sent exactly as written, no client-side normalisation. */
function request(base: string, target: string, opts: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: target, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(a: Answer): void {
  expect(a.headers['content-security-policy']).toMatch(/default-src 'self'/);
  expect(a.headers['content-security-policy']).toMatch(/object-src 'none'/);
  expect(a.headers['x-content-type-options']).toBe('nosniff');
  expect(a.headers['x-frame-options']).toBe('DENY');
  expect(a.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
}

function expectJsonError(a: Answer, status: number, error: RegExp): void {
  expect(a.status).toBe(status);
  expect(a.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(a.body) as { error: string; issues: unknown[] };
  expect(body.error).toMatch(error);
  expect(Array.isArray(body.issues)).toBe(true);
  expectSecurityHeaders(a);
}

describe('the HTTP edge', () => {
  it.each(['/api/events/%', '/place/%E0%A4%A', '/event/%zz', '/articles/%E0%A4', '/api/places/%'])('%s → 400 JSON naming the bad percent-encoding', async (target) => {
    expectJsonError(await request(baseUrl(), target), 400, /malformed percent-encoding/);
  });

  it('a 20 KB URL and a 40 KB cookie → 431 with a JSON body and the security headers', async () => {
    expectJsonError(await request(baseUrl(), `/api/events?q=${'a'.repeat(20_000)}`), 431, /too large/);
    expectJsonError(await request(baseUrl(), '/api/events', { headers: { cookie: `c=${'x'.repeat(40_000)}` } }), 431, /too large/);
  });

  it('a request Node cannot parse → 400 JSON', async () => {
    const { hostname, port } = new URL(baseUrl());
    const net = await import('node:net');
    const raw = await new Promise<string>((resolve, reject) => {
      const s = net.connect(Number(port), hostname, () => s.write('GET /\u0001 HTTP/1.1\r\nHost: x\r\n\r\n'));
      let out = '';
      s.on('data', (d) => (out += d));
      s.on('end', () => resolve(out));
      s.on('error', reject);
    });
    expect(raw.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(raw).toMatch(/X-Content-Type-Options: nosniff/i);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).error).toMatch(/^bad request/);
  });

  it('a NUL byte in q → 200 (API and page)', async () => {
    const api = await request(baseUrl(), '/api/events?q=Ale%00ppo');
    expect(api.status).toBe(200);
    expectSecurityHeaders(api);
    expect((await request(baseUrl(), '/?q=Ale%00ppo')).status).toBe(200);
  });

  it("Next's own 404 page and a 405 carry the security headers", async () => {
    const missing = await request(baseUrl(), '/no-such-page');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing);
    const missingApi = await request(baseUrl(), '/api/no-such-route');
    expect(missingApi.status).toBe(404);
    expectSecurityHeaders(missingApi);
    const method = await request(baseUrl(), '/api/events', { method: 'DELETE' });
    expect(method.status).toBe(405);
    expectSecurityHeaders(method);
  });

  it('no HSTS without ATLAS_HTTPS=1', async () => {
    expect((await request(baseUrl(), '/')).headers['strict-transport-security']).toBeUndefined();
  });
});

describe('ATLAS_HTTPS=1', () => {
  let server: RunningServer;
  let tmp: string;
  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-edge-'));
    server = await startServer(path.join(tmp, 'atlas.db'), { env: { ATLAS_HTTPS: '1' } });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('HSTS on every answer, errors included', async () => {
    for (const target of ['/', '/api/events', '/event/%zz', '/no-such-page']) {
      expect((await request(server.baseUrl, target)).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    }
    expect((await request(server.baseUrl, `/?q=${'a'.repeat(20_000)}`)).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  // lib/api/edge-answers.ts: the edge sends a registered /api/events answer again without Next, until a write
  it('a repeated /api/events is answered at the edge; after a write it is computed again', async () => {
    const target = '/api/events?limit=500';
    const first = await request(server.baseUrl, target);
    expect(first.status).toBe(200);
    expect(first.headers['x-atlas-answer']).toBeUndefined();
    const again = await request(server.baseUrl, target);
    expect(again.headers['x-atlas-answer']).toBe('edge');
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expectSecurityHeaders(again);
    expect(again.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');

    const posted = await fetch(`${server.baseUrl}/api/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Strikes on Idlib', text: 'Air strikes hit the city of Idlib on Monday, killing 12 civilians, rescuers said.', published: '2026-11-30' }),
    });
    expect(posted.status).toBe(201);
    const after = await request(server.baseUrl, target);
    expect(after.headers['x-atlas-answer']).toBeUndefined();
    const count = (a: Answer) => (JSON.parse(a.body) as { features: unknown[] }).features.length;
    expect(count(after)).toBeGreaterThan(count(first));
  }, 120_000);
});
