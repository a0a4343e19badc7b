/**
 * A bounded pool of worker threads for the reader's CPU-heavy jobs (jobs.ts), so a long extraction never holds
 * the request thread and reads keep answering (issue 14). Store writes stay with the caller, on the main thread.
 * In: PoolJobs. Out: their results (structured clones of what runJob gives in-process), or a ServiceError:
 * queue full → 503 with Retry-After (PoolBusyError); job over time → 504, the worker is terminated and replaced
 * (PoolTimeoutError); worker died mid-job → 500, replaced (PoolCrashError). Other jobs are not affected.
 * Configuration (read once, by `sharedPool()`): ATLAS_WORKERS (threads; default max(1, cores − 1); 0 = run
 * in-process), ATLAS_WORKER_QUEUE (jobs waiting beyond the running ones; default 16), ATLAS_WORKER_TIMEOUT_MS
 * (per job; default 120000), ATLAS_WORKER_ENTRY (the worker script; default scripts/pipeline-worker.mjs under the
 * app root, process.cwd(): route code is bundled by Next, the worker entry is not). Workers start at first use,
 * all at once, and each loads the gazetteer before its first job (the `ready` message). A pool that cannot start
 * (entry missing, a worker that dies before it is ready) reports PoolUnavailableError; `offload.ts` then runs the
 * job in-process with a logged warning. Idle workers do not keep a CLI process alive (unref).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ServiceError } from '../schemas';
import { fromWire, type JobResult, type PoolJob, type WireError } from './jobs';

export class PoolBusyError extends ServiceError {
  constructor(readonly retryAfterSec: number) {
    super(503, `the server is busy reading other texts (worker queue full); retry in ${retryAfterSec} s`, { 'retry-after': String(retryAfterSec) });
  }
}
export class PoolTimeoutError extends ServiceError {
  constructor(ms: number) {
    super(504, `reading this text took longer than ${Math.round(ms / 1000)} s and was stopped; send a shorter text`);
  }
}
export class PoolCrashError extends ServiceError {
  constructor(reason: string) {
    super(500, `the worker reading this text failed (${reason}); it was replaced, the request can be retried`);
  }
}
/** The pool cannot run jobs at all (no entry script, workers die on start): callers fall back to in-process. */
export class PoolUnavailableError extends Error {
  constructor(reason: string) {
    super(`worker pool unavailable: ${reason}`);
    this.name = 'PoolUnavailableError';
  }
}
export class PoolClosedError extends ServiceError {
  constructor() {
    super(503, 'the server is shutting down', { 'retry-after': '5' });
  }
}

export interface PoolOptions {
  /** worker threads (≥ 1) */
  size: number;
  /** jobs allowed to wait for a free worker; one more is refused with PoolBusyError */
  queueMax: number;
  /** per job, from when a worker takes it */
  timeoutMs: number;
  /** the worker script (absolute path) */
  entry: string;
  /** also the limit for a worker to load and say `ready` */
  startTimeoutMs?: number;
  /** called with one line per notable event (start failures, crashes); default console.warn */
  log?: (msg: string) => void;
}

interface Waiting {
  job: PoolJob;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  current: (Waiting & { id: number; timer: NodeJS.Timeout; started: number }) | null;
  startTimer: NodeJS.Timeout | null;
}

export interface PoolStats {
  size: number;
  ready: number;
  running: number;
  queued: number;
  started: number;
  replaced: number;
  /** per worker: ms to load the reader and the gazetteer, and its heap after (from the `ready` message) */
  warmups: { loadMs: number; heapMB: number }[];
}

export class PipelinePool {
  private slots: Slot[] = [];
  private queue: Waiting[] = [];
  private nextId = 1;
  private unavailable: string | null = null;
  private closed = false;
  private avgJobMs = 1000;
  private started = 0;
  private replaced = 0;
  private warmups: PoolStats['warmups'] = [];
  private readonly log: (msg: string) => void;

  constructor(readonly opts: PoolOptions) {
    this.log = opts.log ?? ((m) => console.warn(`[pool] ${m}`));
    if (!existsSync(opts.entry)) this.unavailable = `worker entry not found: ${opts.entry}`;
  }

  /** Starts the workers now (else at the first job); each loads the gazetteer and then says `ready`. */
  warm(): void {
    if (this.unavailable || this.closed) return;
    while (this.slots.length < this.opts.size) this.spawn();
  }

  /** Runs a job on a worker. Rejects with PoolBusyError, PoolTimeoutError, PoolCrashError, PoolUnavailableError, or the job's own error. */
  run<J extends PoolJob>(job: J): Promise<JobResult<J>> {
    if (this.closed) return Promise.reject(new PoolClosedError());
    if (this.unavailable) return Promise.reject(new PoolUnavailableError(this.unavailable));
    this.warm();
    // waiting for a worker that is still starting is not waiting in the queue
    if (this.queue.length >= this.opts.queueMax + this.slots.filter((s) => !s.current).length) {
      return Promise.reject(new PoolBusyError(this.retryAfter()));
    }
    return new Promise<JobResult<J>>((resolve, reject) => {
      this.queue.push({ job, resolve: resolve as (v: unknown) => void, reject });
      this.dispatch();
    });
  }

  stats(): PoolStats {
    return {
      size: this.opts.size,
      ready: this.slots.filter((s) => s.ready).length,
      running: this.slots.filter((s) => s.current).length,
      queued: this.queue.length,
      started: this.started,
      replaced: this.replaced,
      warmups: [...this.warmups],
    };
  }

  /** Refuses new jobs, lets running ones finish (up to graceMs), then ends every worker. */
  async close(graceMs = 10_000): Promise<void> {
    this.closed = true;
    for (const w of this.queue.splice(0)) w.reject(new PoolClosedError());
    const deadline = Date.now() + graceMs;
    while (this.slots.some((s) => s.current) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await Promise.all(this.slots.map((s) => this.retire(s)));
    this.slots = [];
  }

  /** Seconds until a slot is likely free: the jobs ahead times the mean job time, over the workers. */
  private retryAfter(): number {
    const ahead = this.queue.length + this.slots.filter((s) => s.current).length;
    return Math.min(120, Math.max(1, Math.ceil((ahead * this.avgJobMs) / this.opts.size / 1000)));
  }

  private spawn(): Slot {
    this.started++;
    const worker = new Worker(this.opts.entry, { execArgv: ['--conditions=react-server'] });
    const slot: Slot = { worker, ready: false, dead: false, current: null, startTimer: null };
    slot.startTimer = setTimeout(() => this.fail(slot, `did not load within ${this.opts.startTimeoutMs ?? this.opts.timeoutMs} ms`), this.opts.startTimeoutMs ?? this.opts.timeoutMs);
    worker.on('message', (msg: { ready?: true; loadMs?: number; heapMB?: number; id?: number; ok?: boolean; result?: unknown; error?: WireError }) => {
      if (msg.ready) {
        if (slot.startTimer) clearTimeout(slot.startTimer);
        slot.ready = true;
        this.warmups.push({ loadMs: msg.loadMs ?? NaN, heapMB: msg.heapMB ?? NaN });
        this.dispatch();
        return;
      }
      const cur = slot.current;
      if (!cur || cur.id !== msg.id) return;
      clearTimeout(cur.timer);
      slot.current = null;
      this.avgJobMs = 0.8 * this.avgJobMs + 0.2 * (performance.now() - cur.started);
      if (msg.ok) cur.resolve(msg.result);
      else cur.reject(fromWire(msg.error ?? { name: 'Error', message: 'unknown worker error' }));
      this.dispatch();
    });
    worker.on('error', (err) => this.fail(slot, err.message));
    worker.on('exit', (code) => this.fail(slot, `exited with code ${code}`));
    this.slots.push(slot);
    this.updateRefs();
    return slot;
  }

  /** A worker died, hung on its job, or never became ready. */
  private fail(slot: Slot, reason: string, err?: Error): void {
    if (slot.dead) return;
    slot.dead = true;
    if (slot.startTimer) clearTimeout(slot.startTimer);
    void slot.worker.terminate();
    this.slots = this.slots.filter((s) => s !== slot);
    if (this.closed) return;
    if (!slot.ready) {
      // a worker that cannot even load: the pool cannot run jobs, the callers run them in-process
      this.unavailable = `a worker failed to start (${reason}) from ${this.opts.entry}`;
      this.log(`${this.unavailable}; running jobs in-process`);
      for (const w of this.queue.splice(0)) w.reject(new PoolUnavailableError(this.unavailable));
      for (const s of [...this.slots]) if (!s.current) void this.retire(s);
      return;
    }
    const cur = slot.current;
    slot.current = null;
    if (cur) {
      clearTimeout(cur.timer);
      this.log(`worker ${err ? 'timed out' : 'died'} on a ${cur.job.kind} job (${reason}); replacing it`);
      cur.reject(err ?? new PoolCrashError(reason));
    } else this.log(`idle worker died (${reason}); replacing it`);
    this.replaced++;
    this.spawn();
    this.dispatch();
  }

  private async retire(slot: Slot): Promise<void> {
    slot.dead = true;
    if (slot.startTimer) clearTimeout(slot.startTimer);
    this.slots = this.slots.filter((s) => s !== slot);
    await slot.worker.terminate();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) break;
      if (!slot.ready || slot.dead || slot.current) continue;
      const next = this.queue.shift()!;
      const id = this.nextId++;
      const timer = setTimeout(() => this.fail(slot, `over ${this.opts.timeoutMs} ms`, new PoolTimeoutError(this.opts.timeoutMs)), this.opts.timeoutMs);
      slot.current = { ...next, id, timer, started: performance.now() };
      slot.worker.postMessage({ id, job: next.job });
    }
    this.updateRefs();
  }

  /** A worker keeps the process alive only while there is work for it (a CLI exits when done). */
  private updateRefs(): void {
    for (const s of this.slots) {
      if (s.current || this.queue.length) s.worker.ref();
      else s.worker.unref();
    }
  }
}

/** A whole decimal number from the environment, or the default (with a warning when set but not a number). */
function envInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min) {
    console.warn(`[pool] ${name}=${JSON.stringify(raw)} is not a whole number ≥ ${min}; using ${fallback}`);
    return fallback;
  }
  return Number(raw);
}

/** The pool's settings from the environment (see the header). size 0 means: no pool, run in-process. */
export function poolOptionsFromEnv(): PoolOptions {
  return {
    size: envInt('ATLAS_WORKERS', Math.max(1, os.availableParallelism() - 1), 0),
    queueMax: envInt('ATLAS_WORKER_QUEUE', 16, 0),
    timeoutMs: envInt('ATLAS_WORKER_TIMEOUT_MS', 120_000, 1),
    entry: process.env.ATLAS_WORKER_ENTRY || path.join(process.cwd(), 'scripts', 'pipeline-worker.mjs'),
  };
}

/** on globalThis: Next may bundle this module into more than one route chunk, and there must be one pool */
const KEY = Symbol.for('conflict-atlas.pipeline-pool');
const holder = globalThis as unknown as { [KEY]?: PipelinePool | null };

/** The process-wide pool, created on first call from the environment; null when ATLAS_WORKERS=0. */
export function sharedPool(): PipelinePool | null {
  if (holder[KEY] === undefined) {
    const opts = poolOptionsFromEnv();
    holder[KEY] = opts.size > 0 ? new PipelinePool(opts) : null;
  }
  return holder[KEY];
}

/** Ends the shared pool (tests, and a process that wants a clean exit); the next sharedPool() makes a new one. */
export async function closeSharedPool(): Promise<void> {
  const p = holder[KEY];
  delete holder[KEY];
  await p?.close();
}
