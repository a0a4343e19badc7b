/**
 * The production HTTP server: node:http in front of Next's request handler (`next({ dev: false })`), used by
 * `npm start` (scripts/start.mjs) and the browser tests (tests/browser/server.ts). Run with
 * `node --import tsx scripts/serve.ts [-p PORT] [-H HOST]` (PORT / HOSTNAME env too; never with the react-server
 * condition: Next loads its own server bundles).
 * Per request, before Next sees it:
 * - the security headers (lib/api/security-headers.ts) on the response, whatever answers — Next's pages, its
 *   404/405/500s, the errors below — with a fresh CSP nonce, also set as the request's
 *   `content-security-policy` header, where Next reads it to put the nonce on its inline scripts;
 * - `x-atlas-client`: the client's address, overwriting anything sent (ATLAS_TRUST_PROXY=1: the right-most
 *   X-Forwarded-For entry), for per-client rate limits;
 * - a method no route answers (TRACE, PROPFIND, MKCOL…) → 405 JSON with Allow (Next: empty 400 or text/plain 500);
 * - a malformed percent-encoding in the path → 400 JSON `{error, issues}` (Next answers a text/plain 500);
 * - a GET answer a route registered in lib/api/edge-answers.ts, sent again while the store's version is unchanged
 *   (header `x-atlas-answer: edge`), without Next.
 * Requests Node cannot parse ('clientError': oversized request line or headers → 431, others → 400) get a complete
 * raw JSON response with the same headers instead of Node's empty one. ATLAS_HTTPS=1 adds HSTS.
 */
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { newNonce, securityHeaders } from '../lib/api/security-headers';
import { answerTarget, recallAnswer } from '../lib/api/edge-answers';
import { CLIENT_HEADER, clientAddress, methodProblem, rawErrorResponse, requestTargetProblem, SERVED_METHODS } from '../lib/api/request-edge';

const root = path.resolve(__dirname, '..');

function arg(names: string[]): string | undefined {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    for (const n of names) {
      if (a === n) return argv[i + 1];
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return undefined;
}

const port = Number(arg(['-p', '--port']) ?? process.env.PORT ?? 3000);
const hostname = arg(['-H', '--hostname']) ?? process.env.HOSTNAME ?? '0.0.0.0';
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number between 1 and 65535, got "${arg(['-p', '--port']) ?? process.env.PORT}"`);
  process.exit(2);
}
const https = process.env.ATLAS_HTTPS === '1';
const trustProxy = process.env.ATLAS_TRUST_PROXY === '1';
const tileUrl = process.env.NEXT_PUBLIC_TILE_URL;
const headersFor = (nonce: string) => securityHeaders({ nonce, https, tileUrl });
headersFor(newNonce()); // a bad NEXT_PUBLIC_TILE_URL stops the server here, with the reason

async function main(): Promise<void> {
  const app = next({ dev: false, dir: root, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    const headers = headersFor(newNonce());
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    req.headers['content-security-policy'] = headers['Content-Security-Policy'];
    req.headers[CLIENT_HEADER] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trustProxy);

    const refused = methodProblem(req.method);
    if (refused) {
      res.writeHead(405, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', allow: SERVED_METHODS.join(', ') });
      res.end(JSON.stringify(refused));
      return;
    }
    const problem = requestTargetProblem(req.url ?? '/');
    if (problem) {
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(problem));
      return;
    }
    // a public GET answer a route registered, still valid for the store's current version (lib/api/edge-answers.ts)
    const again = req.method === 'GET' && req.url?.startsWith('/api/') ? recallAnswer(answerTarget(req.url)) : null;
    if (again) {
      res.writeHead(200, { ...again.headers, 'x-atlas-answer': 'edge' });
      res.end(again.body);
      return;
    }
    handle(req, res).catch((err: unknown) => {
      console.error('[serve] request failed:', err);
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error: 'internal error: the server could not complete the request (logged)', issues: [] }));
    });
  });

  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    socket.end(rawErrorResponse(err.code, headersFor(newNonce())));
  });

  server.listen(port, hostname, () => console.log(`Conflict Atlas server on http://${hostname}:${port}${https ? ' (HSTS on)' : ''}`));

  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
