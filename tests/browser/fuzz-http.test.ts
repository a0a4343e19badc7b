/**
 * Issue 14, fuzzing over HTTP: a production server (tests/browser/server.ts) gets a few hundred requests built
 * from the routes' zod schemas (tests/support/fuzz-routes.ts) on a raw socket, plus hand-made ones only a raw
 * socket sends (tests/support/fuzz-http.ts). Every answer: 2xx or 4xx, every 4xx a JSON {error, issues}, and the
 * security headers (CSP, X-Content-Type-Options, Referrer-Policy, X-Frame-Options) on every response.
 * The many-runs version is bench/fuzz.bench.ts. FUZZ_HTTP_RUNS sets the runs per route × method (default 20).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startServer, type RunningServer } from './server';
import { ROUTE_SPECS, describeRequest, refusalArb, requestArb, type Auth, type FuzzIds, type Method } from '../support/fuzz-routes';
import { checkOverHttp, edgeClass, foreignMethod, rawCases, toRaw, type RawCase } from '../support/fuzz-http';

const RUNS = Number(process.env.FUZZ_HTTP_RUNS ?? 20);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

let server: RunningServer;
let dir: string;
const known: FuzzIds = { articles: [], events: [], places: [] };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-fuzz-http-'));
  server = await startServer(path.join(dir, 'atlas.db'));
  const articles = (await (await fetch(`${server.baseUrl}/api/articles`)).json()) as { articles: { id: string }[] };
  known.articles.push(...articles.articles.slice(0, 5).map((a) => a.id));
  const events = (await (await fetch(`${server.baseUrl}/api/events?limit=20`)).json()) as { features: { id: string; properties: { place: { id: string } | null } }[] };
  known.events.push(...events.features.map((f) => f.id));
  known.places.push(...new Set(events.features.flatMap((f) => (f.properties.place ? [f.properties.place.id] : []))), 'iso:SY');
}, 300_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function fuzzOverHttp(route: string, method: string, auth: Auth): Promise<void> {
  const refused = !ROUTE_SPECS[route]!.methods.includes(method as Method);
  // the requests the custom server in front of Next answers are the 'edge' tests' (below); methods only WebDAV and
  // the like know (PROPFIND, M-SEARCH) get Next's empty 400 before any route code runs: bench/fuzz.bench.ts reports them
  const arb = (refused ? refusalArb(route, method) : requestArb(route, method, auth, ADMIN_TOKEN, known)).filter((r) => edgeClass(toRaw(r)) === null && !foreignMethod(r.method));
  await fc.assert(
    fc.asyncProperty(arb, async (r) => {
      const { res, problems } = await checkOverHttp(server.baseUrl, toRaw(r));
      if (problems.length) throw new Error(`${problems.join('; ')} — ${res?.status} ${res?.body.slice(0, 200)} for ${describeRequest(r)}`);
    }),
    { numRuns: refused ? Math.max(2, Math.ceil(RUNS / 5)) : RUNS, seed: 14 },
  );
}

describe('fuzz over HTTP: 2xx/4xx only, JSON errors, security headers', () => {
  const cases = Object.entries(ROUTE_SPECS).flatMap(([route, spec]) =>
    METHODS.flatMap((method) => [
      { route, method, auth: 'none' as Auth },
      ...(spec.admin?.includes(method) ? [{ route, method, auth: 'token' as Auth }] : []),
    ]),
  );
  it.each(cases)('$method $route ($auth)', async ({ route, method, auth }) => {
    await fuzzOverHttp(route, method, auth);
  }, 300_000);
});

async function expectAnswersWell(cases: RawCase[]): Promise<void> {
  const failures: string[] = [];
  for (const c of cases) {
    const { res, problems } = await checkOverHttp(server.baseUrl, c.req);
    if (problems.length) failures.push(`${c.name}: ${problems.join('; ')} (${res?.status} ${JSON.stringify(res?.body.slice(0, 80))})`);
  }
  expect(failures).toEqual([]);
}

describe('raw requests', () => {
  const ids = () => ({ event: known.events[0] ?? 'x', article: known.articles[0] ?? 'x', place: known.places[0] ?? 'iso:SY' });

  it('NUL bytes, bad escapes in values, duplicated parameters, 405s, huge and broken bodies', async () => {
    await expectAnswersWell(rawCases(ids()).filter((c) => c.edge === null));
  }, 120_000);

  // FAILS ON TODAY'S `next start` until the custom server (scripts/serve.ts, issue 14's edge part) is merged:
  // a malformed %-escape in the path is a text/plain 500 without the security headers (Next's param decoding).
  it('bad percent-encoding in the path → 400 JSON with the security headers', async () => {
    await expectAnswersWell(rawCases(ids()).filter((c) => c.edge === 'bad-percent'));
  }, 120_000);

  // FAILS ON TODAY'S `next start` until the custom server is merged: Node answers an empty 431 (URL or headers
  // over 16 KB) and an empty 400 (a NUL byte or a space in the request line, an unknown method) — no JSON, no headers.
  it('oversized URLs and headers → 431 JSON; unparseable requests → 400 JSON', async () => {
    await expectAnswersWell(rawCases(ids()).filter((c) => c.edge === 'oversized' || c.edge === 'unparseable'));
  }, 120_000);
});
