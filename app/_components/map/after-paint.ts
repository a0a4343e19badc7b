/**
 * Map work that can wait for the next frames: a move's end runs, in one task, Leaflet's own reprojection and every
 * `moveend` listener; a listener whose result need not be in that very frame (city labels, the detail tiles' shapes and
 * labels) is queued here instead and runs after a frame has been painted, one job per frame, so the move's end
 * stays within a frame's budget (docs/PERFORMANCE.md "Map at 100k events", fourth round).
 * Jobs are keyed per map: a job queued again before it ran replaces its pending run (a zoom's end and a pan right
 * after give one label update, not two).
 * In: the map, a key, the job. Out: the job runs later (never after cancel, or once the map is removed).
 */
import type L from 'leaflet';

interface Queue {
  jobs: Map<string, () => void>;
  frame: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const queues = new WeakMap<L.Map, Queue>();

/** After the next painted frame: rAF, then a task (a rAF callback runs before that frame's paint; the task after it). */
function schedule(map: L.Map, q: Queue): void {
  if (q.frame || q.timer !== undefined) return;
  q.frame = requestAnimationFrame(() => {
    q.frame = 0;
    q.timer = setTimeout(() => {
      q.timer = undefined;
      const next = q.jobs.entries().next();
      if (next.done) return;
      const [key, job] = next.value;
      q.jobs.delete(key);
      // a removed map (its panes gone) runs nothing more
      if (map.getPane('mapPane')) job();
      if (q.jobs.size > 0) schedule(map, q);
    }, 0);
  });
}

/** Run `job` after a painted frame (one queued job per frame, in order; a key queued again runs once, in its first place). */
export function afterPaint(map: L.Map, key: string, job: () => void): void {
  let q = queues.get(map);
  if (!q) {
    q = { jobs: new Map(), frame: 0, timer: undefined };
    queues.set(map, q);
  }
  q.jobs.set(key, job);
  schedule(map, q);
}

/** Drop the pending run of `key` (a layer being removed). */
export function cancelAfterPaint(map: L.Map, key: string): void {
  queues.get(map)?.jobs.delete(key);
}
