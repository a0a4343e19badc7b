/**
 * The in-process fuzz harness of issue 14 (the three files beside it split the work so vitest runs them in
 * parallel): every app/api route file (found by reading the folder, so a new route without a fuzz spec fails),
 * every method it exports, requests from tests/support/fuzz-routes.ts (built from the routes' zod schemas)
 * sent straight to the handler on a MemoryStore holding three small articles. Every answer must be 2xx or 4xx,
 * and every 4xx a JSON `{error, issues}` (responseProblems). FUZZ_RUNS sets the runs per route × method
 * (default 2,000); FUZZ_SEED replays a failure (fast-check prints the seed and the shrunk request).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { REFUSABLE_METHODS } from '@/lib/api/http';
import type { StoredArticle } from '@/lib/schemas';
import { ROUTE_SPECS, describeRequest, refusalArb, requestArb, responseProblems, type Auth, type FuzzIds, type FuzzRequest } from '../../../support/fuzz-routes';
import { BASE, freshStore, withMemoryStoreEnv } from '../../../lib/api/support';

const API = path.resolve(__dirname, '../../../../app/api');
export const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const TOKEN = 'fuzz-admin-token-0123456789';

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? routeFiles(p) : name === 'route.ts' ? [p] : [];
  });
}

type Handler = ((req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response> | Response) & { refusal?: boolean };
export interface RouteMethod {
  route: string;
  file: string;
  method: string;
  /** a method the route does not answer (methodNotAllowed) */
  refusal: boolean;
  /** needs the admin token */
  admin: boolean;
  /** only ever refuses (ROUTE_SPECS neverServes) */
  neverServes: boolean;
}

/** Every route × exported method under app/api. */
export async function routeMethods(): Promise<RouteMethod[]> {
  const out: RouteMethod[] = [];
  for (const file of routeFiles(API)) {
    const route = '/api/' + path.relative(API, path.dirname(file)).split(path.sep).join('/');
    const mod = (await import(file)) as Record<string, Handler>;
    for (const method of REFUSABLE_METHODS) {
      if (typeof mod[method] !== 'function') continue;
      out.push({ route, file, method, refusal: !!mod[method].refusal, admin: !!ROUTE_SPECS[route]?.admin?.includes(method), neverServes: !!ROUTE_SPECS[route]?.neverServes });
    }
  }
  return out;
}

export const routeList = () => routeFiles(API).map((file) => '/api/' + path.relative(API, path.dirname(file)).split(path.sep).join('/'));

/** Small articles of my own (short texts keep reprocessing cheap), read by the pipeline once before the runs. */
const ARTICLES = [
  { title: 'Shelling near Aleppo', text: 'Government forces shelled villages north of Aleppo on Monday, killing three civilians, activists said.', published: '2026-02-02', source: 'Fuzz Wire', url: 'https://example.org/a' },
  { title: 'Protest in Khartoum', text: 'Protesters marched through Khartoum on 3 March. Police fired tear gas near Qarnawi crossing, officials said.', published: '2026-03-03' },
  { title: 'Drone strike on Odesa', text: 'Drones struck the port of Odesa overnight, wounding 12 dock workers.', published: null },
  // the Aleppo shelling again, told by another outlet (issue 15): one resolved event with two reports, so the
  // admin split / merge routes have something to split
  { title: 'Aleppo villages shelled', text: 'Syrian government forces shelled villages north of Aleppo on Monday, killing four civilians, a monitoring group said.', published: '2026-02-02', source: 'Fuzz Monitor', url: 'https://example.org/d' },
];
const docs: StoredArticle[] = [];
const known: FuzzIds = { articles: [], events: [], places: ['iso:SY'] };

/** The id Next hands a route: the decoded segment (the raw one when it does not decode). */
function paramOf(route: string, r: FuzzRequest): string {
  if (!route.includes('[id]')) return '';
  const segment = r.path.split('/')[route.split('/').indexOf('[id]')] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export async function callInProcess(handler: Handler, route: string, r: FuzzRequest): Promise<Response> {
  const req = new Request(BASE + r.path + (r.query ? '?' + r.query : ''), { method: r.method, headers: r.headers, body: r.body, duplex: 'half' } as RequestInit);
  return handler(req, { params: Promise.resolve({ id: paramOf(route, r) }) });
}

/** Installs the store (four small articles, fresh before each test) and the admin token. */
export function withFuzzStore(): void {
  withMemoryStoreEnv();
  beforeAll(async () => {
    process.env.ATLAS_ADMIN_TOKEN = TOKEN;
    if (docs.length) return;
    const store = await freshStore([]);
    const { ingestArticle } = await import('@/lib/pipeline');
    for (const a of ARTICLES) docs.push((await store.getArticle((await ingestArticle(store, a)).id))!);
    known.articles.push(...docs.map((d) => d.article.id));
    known.events.push(...docs.flatMap((d) => d.events.map((e) => e.id)));
    known.places.push(...new Set(docs.flatMap((d) => d.mentions.flatMap((m) => (m.place ? [m.place.id] : [])))));
  }, 120_000);
  afterAll(() => {
    delete process.env.ATLAS_ADMIN_TOKEN;
  });
  beforeEach(async () => {
    await freshStore(docs);
  });
}

/**
 * One property: RUNS requests to one route × method; fails with the shrunk request and what was wrong.
 * Returns how many were answered 2xx (a spec whose requests never get past the checks fuzzes nothing).
 */
export async function fuzz({ route, file, method, refusal }: RouteMethod, auth: Auth): Promise<number> {
  const handler = ((await import(file)) as Record<string, Handler>)[method]!;
  const writes = auth === 'token' && !!ROUTE_SPECS[route]?.admin?.includes(method as never);
  const arb = refusal ? refusalArb(route, method) : requestArb(route, method, auth, TOKEN, known);
  let served = 0;
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(arb, async (r) => {
      // the in-memory store answers in microtasks: let the event loop (vitest's worker RPC) breathe now and then
      if (++runs % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (writes) await freshStore(docs); // each write starts from the same three articles
      const res = await callInProcess(handler, route, r);
      const body = await res.text();
      const problems = responseProblems(res.status, Object.fromEntries(res.headers), body, { security: false });
      if (problems.length) throw new Error(`${problems.join('; ')} — ${res.status} ${body.slice(0, 300)} for ${describeRequest(r)}`);
      if (res.status < 300) served++;
    }),
    { numRuns: RUNS, seed: SEED },
  );
  return served;
}
