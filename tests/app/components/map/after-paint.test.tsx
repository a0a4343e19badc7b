/**
 * Map work queued for after a painted frame (app/_components/map/after-paint.ts): nothing runs in the task that
 * queues it, one job per frame in queue order, a key queued again runs once (its latest job), a cancelled key
 * never runs, and a removed map runs nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import type L from 'leaflet';
import { afterPaint, cancelAfterPaint } from '@/app/_components/map/after-paint';
import { MapProbe, withLayoutSize } from './harness';

withLayoutSize();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function mapAt(): { map: L.Map; unmount: () => void } {
  let map: L.Map | null = null;
  const { unmount } = render(<MapProbe start={{ center: [36, 37], zoom: 6 }} onMap={(m) => (map = m)} />);
  return { map: map!, unmount };
}

/** one frame: its animation callbacks, then the task queued from them */
function frame(): void {
  vi.advanceTimersByTime(16);
  vi.advanceTimersByTime(1);
}

describe('afterPaint', () => {
  it('runs queued jobs after a frame, one per frame, a key queued again once with its latest job', () => {
    const { map } = mapAt();
    const ran: string[] = [];
    afterPaint(map, 'labels', () => ran.push('labels 1'));
    afterPaint(map, 'detail', () => ran.push('detail'));
    afterPaint(map, 'labels', () => ran.push('labels 2'));
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual(['labels 2']);
    frame();
    expect(ran).toEqual(['labels 2', 'detail']);
    frame();
    expect(ran).toEqual(['labels 2', 'detail']);
  });

  it('a cancelled key never runs; a removed map runs nothing', () => {
    const { map, unmount } = mapAt();
    const ran: string[] = [];
    afterPaint(map, 'a', () => ran.push('a'));
    afterPaint(map, 'b', () => ran.push('b'));
    cancelAfterPaint(map, 'a');
    frame();
    expect(ran).toEqual(['b']);
    afterPaint(map, 'c', () => ran.push('c'));
    unmount(); // the map is removed
    frame();
    expect(ran).toEqual(['b']);
  });
});
