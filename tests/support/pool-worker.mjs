// A stand-in pipeline worker for tests/lib/pipeline/pool.test.ts: the pool's message protocol (ready, then
// {id, job} → {id, ok, result}) with jobs that echo, spin for a while, or kill the thread.
// WORKER_FAIL_ON_START=1 makes it die before it is ready (a pool that cannot start).
import { parentPort } from 'node:worker_threads';

if (process.env.WORKER_FAIL_ON_START === '1') throw new Error('cannot load the reader');
parentPort.postMessage({ ready: true, loadMs: 0, heapMB: 0 });
parentPort.on('message', ({ id, job }) => {
  if (job.kind === 'crash') process.exit(3);
  if (job.kind === 'throw') throw new Error('uncaught in worker');
  if (job.kind === 'spin') {
    const until = Date.now() + job.ms;
    while (Date.now() < until);
  }
  parentPort.postMessage({ id, ok: true, result: { echo: job.value ?? null } });
});
