/**
 * Issue 14: every route fuzzed over HTTP against a production server (tests/browser/server.ts, its own SQLite
 * database seeded from data/articles): FUZZ_BENCH_RUNS requests (default 500; FUZZ_BENCH_RUNS=20000 for the long run) per
 * route × answered method × auth (with and without the admin token), a tenth of that per refused method, built
 * from the routes' zod schemas (tests/support/fuzz-routes.ts) and written on raw sockets (tests/support/raw-http.ts),
 * plus the hand-made requests of tests/support/fuzz-http.ts (bad percent-encoding in the path, 20 KB URLs and
 * headers, NUL bytes, unknown methods). Every answer must be 2xx/4xx, every 4xx a JSON {error, issues}, every
 * response with the security headers. Failures are counted per class — 'contract' (a route's own answer: must be
 * 0), and the classes only a server in front of Next answers well: 'bad-percent' (Next: text/plain 500),
 * 'oversized' and 'unparseable' (Node: empty 431/400), 'foreign-method' (PROPFIND…: Next's empty 400),
 * 'unknown-api-path' (Next's HTML 404) — with the first example of each printed to stderr.
 * Usage: npm run build (in a worktree: npx next build --webpack), then `npm run bench -- fuzz`;
 * FUZZ_BENCH_RUNS=100 for a quick run, FUZZ_BENCH_CONCURRENCY (default 8), FUZZ_BENCH_SEED (default 14).
 * FUZZ_BENCH_STRICT=1 throws when any failure was counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { allowServerOnly } from '../scripts/server-context';

type Metrics = Record<string, number | string>;
type Class = 'contract' | 'bad-percent' | 'oversized' | 'unparseable' | 'foreign-method' | 'unknown-api-path';

export async function run(): Promise<Metrics> {
  allowServerOnly();
  const runs = Number(process.env.FUZZ_BENCH_RUNS ?? 500);
  const concurrency = Number(process.env.FUZZ_BENCH_CONCURRENCY ?? 8);
  const seed = Number(process.env.FUZZ_BENCH_SEED ?? 14);
  const { ADMIN_TOKEN, ensureBuild, startServer } = await import('../tests/browser/server');
  const { ROUTE_SPECS, refusalArb, requestArb, describeRequest } = await import('../tests/support/fuzz-routes');
  const { checkOverHttp, edgeClass, foreignMethod, rawCases, toRaw, FOREIGN_METHOD_CASES, UNKNOWN_API_PATH } = await import('../tests/support/fuzz-http');

  ensureBuild();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-fuzz-bench-'));
  const server = await startServer(path.join(dir, 'atlas.db'));
  const failures = new Map<Class, number>();
  const examples = new Map<string, string>();
  const sent = new Map<Class, number>();
  let requests = 0;
  let ok2xx = 0;
  let ok4xx = 0;
  const t0 = performance.now();
  try {
    const articles = (await (await fetch(`${server.baseUrl}/api/articles`)).json()) as { articles: { id: string }[] };
    const events = (await (await fetch(`${server.baseUrl}/api/events?limit=50`)).json()) as { features: { id: string; properties: { place: { id: string } | null } }[] };
    const known = {
      articles: articles.articles.slice(0, 10).map((a) => a.id),
      events: events.features.map((f) => f.id),
      places: [...new Set(events.features.flatMap((f) => (f.properties.place ? [f.properties.place.id] : [])))],
    };

    const send = async (cls: Class, req: import('../tests/support/raw-http').RawRequest, label: string) => {
      const { res, problems } = await checkOverHttp(server.baseUrl, req);
      requests++;
      sent.set(cls, (sent.get(cls) ?? 0) + 1);
      if (res && res.status >= 200 && res.status < 300) ok2xx++;
      if (res && res.status >= 400 && res.status < 500) ok4xx++;
      if (!problems.length) return;
      failures.set(cls, (failures.get(cls) ?? 0) + 1);
      const key = `${cls}: ${problems.join('; ')}`;
      if (!examples.has(key)) examples.set(key, `${res?.status ?? '-'} for ${label}`);
    };
    const classify = (req: import('../tests/support/raw-http').RawRequest): Class => edgeClass(req) ?? (foreignMethod(req.method) ? 'foreign-method' : 'contract');

    /** `n` requests from `arb`, sent `concurrency` at a time, generated in chunks (bodies can be megabytes). */
    const fuzzArb = async (arb: fc.Arbitrary<import('../tests/support/fuzz-routes').FuzzRequest>, n: number) => {
      for (let done = 0, chunk = 0; done < n; chunk++) {
        const batch = fc.sample(arb, { numRuns: Math.min(200, n - done), seed: seed * 1000 + chunk });
        done += batch.length;
        let i = 0;
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            while (i < batch.length) {
              const r = batch[i++]!;
              const raw = toRaw(r);
              await send(classify(raw), raw, describeRequest(r));
            }
          }),
        );
      }
    };

    const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
    for (const [route, spec] of Object.entries(ROUTE_SPECS)) {
      for (const method of methods) {
        if (!spec.methods.includes(method)) {
          await fuzzArb(refusalArb(route, method), Math.max(10, Math.ceil(runs / 10)));
          continue;
        }
        await fuzzArb(requestArb(route, method, 'none', ADMIN_TOKEN, known), runs);
        if (spec.admin?.includes(method)) await fuzzArb(requestArb(route, method, 'token', ADMIN_TOKEN, known), runs);
      }
    }
    const ids = { event: known.events[0] ?? 'x', article: known.articles[0] ?? 'x', place: known.places[0] ?? 'iso:SY' };
    for (const c of rawCases(ids)) await send(c.edge ?? 'contract', c.req, `raw: ${c.name}`);
    for (const c of FOREIGN_METHOD_CASES) await send('foreign-method', c.req, `raw: ${c.name}`);
    await send('unknown-api-path', UNKNOWN_API_PATH.req, `raw: ${UNKNOWN_API_PATH.name}`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - t0) / 1000;
  for (const [problem, example] of examples) console.error(`[fuzz] ${problem}\n        e.g. ${example.slice(0, 400)}`);
  const total = [...failures.values()].reduce((a, b) => a + b, 0);
  const count = (c: Class) => `${failures.get(c) ?? 0}/${sent.get(c) ?? 0}`;
  const metrics: Metrics = {
    runsPerRouteMethod: runs,
    requests,
    reqPerSec: Math.round(requests / seconds),
    answered2xx: ok2xx,
    answered4xx: ok4xx,
    failures: total,
    'failed/sent contract': count('contract'),
    'failed/sent bad-percent': count('bad-percent'),
    'failed/sent oversized': count('oversized'),
    'failed/sent unparseable': count('unparseable'),
    'failed/sent foreign-method': count('foreign-method'),
    'failed/sent unknown-api-path': count('unknown-api-path'),
    verdict: total === 0 ? 'pass' : `FAIL: ${total} answers broke the contract (classes above; examples on stderr)`,
  };
  if (total && process.env.FUZZ_BENCH_STRICT === '1') throw new Error(`${metrics.verdict} ${JSON.stringify(metrics)}`);
  return metrics;
}

if (process.argv[1] && /fuzz\.bench\.ts$/.test(process.argv[1])) {
  run().then((m) => console.log(JSON.stringify(m, null, 2)));
}
