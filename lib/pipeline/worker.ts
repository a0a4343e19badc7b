/**
 * The body of one pipeline worker thread (started by pool.ts through scripts/pipeline-worker.mjs, which
 * registers tsx so this TypeScript loads under `next start` as well as under tsx/vitest).
 * In: messages `{id, job: PoolJob}` from the pool. Out: one `{ready, loadMs, heapMB}` message once the gazetteer
 * is loaded (the warm-up), then per job `{id, ok: true, result}` or `{id, ok: false, error: WireError}`.
 * Pure compute: it opens no store and writes nothing; an uncaught error ends the thread and the pool replaces it.
 */
import { parentPort } from 'node:worker_threads';
import { getGazetteer } from '../gazetteer';
import { runJob, toWire, type PoolJob } from './jobs';

if (!parentPort) throw new Error('lib/pipeline/worker.ts runs as a worker thread: start it through lib/pipeline/pool.ts');
const port = parentPort;

const t0 = performance.now();
getGazetteer(); // warm: the first job should not pay for the load
port.postMessage({ ready: true, loadMs: Math.round(performance.now() - t0), heapMB: Math.round(process.memoryUsage().heapUsed / 1e6) });

port.on('message', ({ id, job }: { id: number; job: PoolJob }) => {
  try {
    port.postMessage({ id, ok: true, result: runJob(job) });
  } catch (err) {
    port.postMessage({ id, ok: false, error: toWire(err) });
  }
});
