/**
 * A throwaway PostgreSQL cluster for the PostGIS half of the store tests (and the store benchmark).
 * In: TEST_DATABASE_URL (used as is) or the PostgreSQL binaries (PG_BIN, default /usr/lib/postgresql/15/bin).
 * Out: a database URL and stop(), which stops the cluster and removes its temp folder.
 * As root, initdb/pg_ctl run as the `postgres` user (runuser) on a chowned temp dir; the socket lives in it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgCluster {
  url: string;
  stop(): Promise<void>;
}

/** Why the PostGIS tests cannot run here, or null when they can. */
export function pgUnavailableReason(): string | null {
  if (process.env.TEST_DATABASE_URL) return null;
  if (!fs.existsSync(path.join(PG_BIN, 'initdb'))) return `no TEST_DATABASE_URL and no PostgreSQL binaries in ${PG_BIN}`;
  if (!fs.existsSync('/usr/share/postgresql/15/extension/postgis.control') && !process.env.PG_BIN) {
    return 'PostgreSQL is installed but the postgis extension is not (apt install postgresql-15-postgis-3)';
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function run(bin: string, args: string[], asPostgres: boolean): void {
  const file = path.join(PG_BIN, bin);
  if (asPostgres) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' });
  else execFileSync(file, args, { stdio: 'pipe' });
}

export async function startPgCluster(dbName = 'atlas_test'): Promise<PgCluster> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  const asPostgres = typeof process.getuid === 'function' && process.getuid() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-pg-'));
  const data = path.join(dir, 'data');
  if (asPostgres) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const port = await freePort();
  const stop = async () => {
    try {
      run('pg_ctl', ['-D', data, 'stop', '-m', 'immediate', '-w'], asPostgres);
    } catch {
      // not running (start failed): nothing to stop
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C'], asPostgres);
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', opts, '-w', 'start'], asPostgres);
    run('createdb', ['-h', dir, '-p', String(port), '-U', 'postgres', dbName], asPostgres);
  } catch (err) {
    const log = fs.existsSync(path.join(dir, 'log')) ? fs.readFileSync(path.join(dir, 'log'), 'utf8').slice(-2000) : '';
    await stop();
    const e = err as { stderr?: Buffer; message: string };
    throw new Error(`throwaway PostgreSQL failed to start: ${e.stderr?.toString() || e.message}\n${log}`);
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/${dbName}`, stop };
}
