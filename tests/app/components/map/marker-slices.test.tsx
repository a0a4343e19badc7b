/**
 * The marker layer draws a big diff in slices across frames (map-scale bench: a new clusters answer after a zoom
 * used to add ~600 markers in one task; 200 here, jsdom is slow): the first slice at once, the rest one per animation frame, `drawn()`
 * resolving after the last; the clusters mode says "ready" only then. A small diff is drawn at once, as before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import type L from 'leaflet';
import { useEffect } from 'react';
import type { ClusterItem, EventPoint } from '@/lib/schemas';
import { useLatest } from '@/app/_components/map/use-latest';
import { useMarkerLayer } from '@/app/_components/map/use-marker-layer';
import type { MarkerLayer } from '@/app/_components/map/marker-layer';
import { DRAW_SLICE_MIN } from '@/app/_components/map/marker-layer';
import { ServerClusterSource } from '@/lib/map/server-clusters';
import { useProbeMap, withLayoutSize } from './harness';

withLayoutSize();

const NO_POINTS: EventPoint[] = [];
const layerRef: { current: MarkerLayer | null } = { current: null };
let theMap: L.Map | null = null;
function Probe() {
  const latest = useLatest({});
  const { ref, map } = useProbeMap({ start: { center: [36, 37], zoom: 6 }, onMap: (m) => (theMap = m) });
  const layer = useMarkerLayer(map, { points: NO_POINTS }, latest);
  useEffect(() => {
    layerRef.current = layer.current;
  });
  return <div ref={ref} />;
}

/** n clusters spread over the view */
function clusters(n: number, from = 0): ClusterItem[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'cluster' as const,
    clusterId: from + i,
    lngLat: [35 + (i % 40) * 0.1, 35 + Math.floor(i / 40) * 0.1] as [number, number],
    count: 10 + i,
    types: {},
    colocated: false,
    name: `${10 + i} events`,
  }));
}
const source = (items: ClusterItem[]) => new ServerClusterSource({ items, expansion: new Map() }, 14);
const drawnCount = () => document.querySelectorAll('.atlas-cluster').length;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('MarkerLayer draws big diffs in slices across frames', () => {
  it('a small diff is drawn at once', async () => {
    render(<Probe />);
    act(() => layerRef.current!.setSource(source(clusters(DRAW_SLICE_MIN))));
    expect(drawnCount()).toBe(DRAW_SLICE_MIN);
    await expect(layerRef.current!.drawn()).resolves.toBeUndefined();
  });

  it('200 new markers: part in the first slice, the rest one slice per frame; drawn() resolves after the last', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    render(<Probe />);
    // each marker "costs" 1 ms of the slice's budget
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    act(() => layerRef.current!.setSource(source(clusters(200))));
    const first = drawnCount();
    expect(first).toBeGreaterThanOrEqual(DRAW_SLICE_MIN);
    expect(first).toBeLessThan(100);
    let done = false;
    void layerRef.current!.drawn().then(() => (done = true));
    await act(async () => void vi.advanceTimersToNextFrame());
    expect(drawnCount()).toBeGreaterThan(first);
    expect(done).toBe(false);
    await act(async () => void vi.runAllTimers());
    expect(drawnCount()).toBe(200);
    expect(done).toBe(true);
  }, 30_000);

  it('a newer answer replaces the slices not yet run (markers of the old one never all get drawn)', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    render(<Probe />);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    act(() => layerRef.current!.setSource(source(clusters(200))));
    act(() => layerRef.current!.setSource(source(clusters(50, 10_000))));
    await act(async () => void vi.runAllTimers());
    expect(drawnCount()).toBe(50);
    expect([...document.querySelectorAll('.atlas-cluster')].every((el) => Number(el.getAttribute('data-count')) < 60)).toBe(true);
    expect(theMap).not.toBeNull();
  }, 30_000);
});

describe('MarkerLayer proxies while the map is dragged', () => {
  const pane = () => theMap!.getPane('markerPane')!;
  it('server clusters: the proxies are hidden from the drag start until the move ends', () => {
    render(<Probe />);
    act(() => layerRef.current!.setSource(source(clusters(3))));
    expect(drawnCount()).toBe(3);
    act(() => void theMap!.fire('dragstart'));
    expect(pane().style.visibility).toBe('hidden');
    // still in the DOM (nothing laid out again), just not painted or hit
    expect(drawnCount()).toBe(3);
    act(() => void theMap!.fire('moveend'));
    expect(pane().style.visibility).toBe('');
  });

  it('browser clusters (SVG markers, no canvas): the markers stay visible', () => {
    render(<Probe />);
    act(() => void theMap!.fire('dragstart'));
    expect(pane().style.visibility).toBe('');
  });
});

describe('MarkerLayer proxies while a big diff is drawn in slices', () => {
  const pane = () => theMap!.getPane('markerPane')!;
  it('hidden from the first slice that leaves work for later until the last slice has run', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    render(<Probe />);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    act(() => layerRef.current!.setSource(source(clusters(200))));
    expect(drawnCount()).toBeLessThan(200);
    expect(pane().style.visibility).toBe('hidden');
    await act(async () => void vi.advanceTimersToNextFrame());
    expect(pane().style.visibility).toBe('hidden');
    await act(async () => void vi.runAllTimers());
    expect(drawnCount()).toBe(200);
    expect(pane().style.visibility).toBe('');
  }, 30_000);

  it('a small diff (one slice) never hides them; a drag during the slices keeps them hidden until its move ends', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    render(<Probe />);
    act(() => layerRef.current!.setSource(source(clusters(DRAW_SLICE_MIN))));
    expect(pane().style.visibility).toBe('');
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    act(() => layerRef.current!.setSource(source(clusters(200, 1000))));
    act(() => void theMap!.fire('dragstart'));
    await act(async () => void vi.runAllTimers());
    // the slices are done, the drag is not
    expect(pane().style.visibility).toBe('hidden');
    act(() => void theMap!.fire('moveend'));
    expect(pane().style.visibility).toBe('');
  }, 30_000);

  it('not while a proxy has the keyboard focus (hiding it would drop the focus)', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    render(<Probe />);
    act(() => layerRef.current!.setSource(source(clusters(DRAW_SLICE_MIN))));
    document.querySelector<HTMLElement>('.atlas-cluster')!.focus();
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    act(() => layerRef.current!.setSource(source(clusters(200))));
    expect(drawnCount()).toBeLessThan(200);
    expect(pane().style.visibility).toBe('');
    await act(async () => void vi.runAllTimers());
  }, 30_000);
});
