/**
 * Start and stop a production `next start` server for browser tests and scripts/screenshots.ts, on a
 * free loopback port, against its own SQLite database, seeded from data/articles first by the same start-up
 * step as `npm start` (scripts/seed.ts); build the app first when there is no production build.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const ADMIN_TOKEN = 'browser-test-token';
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');

/** Run `next build` unless a production build (.next/BUILD_ID) is already there. */
export function ensureBuild(log: (msg: string) => void = console.error): void {
  if (existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) return;
  log('no production build: running next build…');
  execFileSync(process.execPath, [NEXT_BIN, 'build'], { cwd: ROOT, stdio: 'inherit' });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
  /** the server process id (benches read its memory) */
  pid?: number;
}

/** startServer options: skip the seeding step (a prepared database, e.g. bench/synthetic.ts), the path polled until it answers, extra env. */
export interface StartOptions {
  seed?: boolean;
  /** the database instead of sqlite:<dbPath> (e.g. postgres://… to run several instances on one database) */
  databaseUrl?: string;
  readyPath?: string;
  env?: Record<string, string>;
}

/** The start-up seeding step of `npm start` (scripts/seed.ts) against this database. */
function seed(databaseUrl: string): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', path.join(ROOT, 'scripts/seed.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`seeding ${databaseUrl} failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
}

export async function startServer(dbPath: string, opts: StartOptions = {}): Promise<RunningServer> {
  const databaseUrl = opts.databaseUrl ?? `sqlite:${dbPath}`;
  if (opts.seed !== false) seed(databaseUrl);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: databaseUrl, ATLAS_ADMIN_TOKEN: ADMIN_TOKEN, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  try {
    await waitForServer(baseUrl + (opts.readyPath ?? '/'), child, 120_000);
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- server log ---\n${log}`);
  }
  return { baseUrl, stop, pid: child.pid };
}
