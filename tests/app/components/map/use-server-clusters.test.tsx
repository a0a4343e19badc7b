import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import type L from 'leaflet';
import { useState } from 'react';
import type { EventPoint, EventQuery } from '@/lib/schemas';
import { useLatest } from '@/app/_components/map/use-latest';
import { useMarkerLayer } from '@/app/_components/map/use-marker-layer';
import { useServerClusters } from '@/app/_components/map/use-server-clusters';
import { useDensityLayer } from '@/app/_components/map/use-density-layer';
import type { WeightedPosition } from '@/lib/map/server-clusters';
import { REQUEST_DEBOUNCE_MS } from '@/lib/map/server-clusters';
import { clusterAnswer } from '../../../support/cluster-answer';
import { useProbeMap, withLayoutSize } from './harness';
import { fixtureEvents } from '../fixtures';

withLayoutSize();
vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

const NO_POINTS: EventPoint[] = [];
let theMap: L.Map | null = null;
function Probe({ filters, onClusters, onSelect, zoom = 5 }: { filters: EventQuery | null; onClusters?: (c: { total: number }) => void; onSelect?: (id: string) => void; zoom?: number }) {
  const latest = useLatest({ onClusters, onSelect });
  const { ref, map } = useProbeMap({ start: { center: [36.2, 37.1], zoom }, onMap: (m) => (theMap = m) });
  const [weights, setWeights] = useState<WeightedPosition[] | null>(null);
  useDensityLayer(map, NO_POINTS, true, filters ? weights : null);
  const layer = useMarkerLayer(map, { points: NO_POINTS }, latest);
  useServerClusters(map, layer, filters, latest, setWeights);
  return <div ref={ref} />;
}

/** the test double of the route: answers each request with the contract's collection (a count the test sets) */
let answerCount = 1200;
let expansionZoom = 8;
const fetchMock = vi.fn(async (url: string, init?: { signal?: AbortSignal }) => {
  void init;
  void url;
  const body = clusterAnswer({ count: answerCount, total: answerCount + 34, expansionZoom });
  return { ok: true, status: 200, json: async () => body } as unknown as Response;
});
const urls = () => fetchMock.mock.calls.map((c) => new URL(String(c[0]), 'http://x'));
const container = () => theMap!.getContainer();
/** let the fake fetch's promises settle (microtasks only: works under fake timers too) */
const flush = async () => {
  await act(async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  });
};

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
  fetchMock.mockClear();
  answerCount = 1200;
  expansionZoom = 8;
});
afterEach(() => vi.unstubAllGlobals());

describe('useServerClusters (against the /api/clusters contract, with a fake fetch)', () => {
  it('asks for the view with the filters and draws the clusters and events (pictures on the marker canvas)', async () => {
    const onClusters = vi.fn();
    render(<Probe filters={{ types: ['shelling', 'clash'] }} onClusters={onClusters} />);
    await flush();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const u = urls()[0]!;
    expect(u.pathname).toBe('/api/clusters');
    expect(u.searchParams.get('z')).toBe('5');
    expect(u.searchParams.get('types')).toBe('shelling,clash');
    expect(u.searchParams.get('bbox')!.split(',')).toHaveLength(4);
    const cluster = document.querySelector<HTMLElement>('.atlas-cluster');
    expect(cluster?.getAttribute('data-count')).toBe('1200');
    // many markers: their pictures go on one canvas, the elements are transparent proxies (./icon-canvas.ts)
    expect(cluster?.querySelector('svg')).toBeNull();
    expect(document.querySelector('canvas.marker-canvas')).not.toBeNull();
    expect(document.querySelector('.atlas-marker[data-event-id="ev-1"]')).not.toBeNull();
    expect(document.querySelector('.atlas-marker[data-event-id="ev-2"]')?.classList.contains('peaceful')).toBe(true);
    expect(container().dataset.serverClusters).toBe('ready');
    expect(container().dataset.clustersTotal).toBe('1234');
    expect(onClusters).toHaveBeenLastCalledWith({ total: 1234, version: 7 });
  });

  it('asks again (debounced) after a move to another view, not after a tiny pan', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      render(<Probe filters={{}} />);
      await flush();
      expect(fetchMock).toHaveBeenCalledTimes(1);
      act(() => void theMap!.panBy([2, 2], { animate: false }));
      act(() => void vi.advanceTimersByTime(REQUEST_DEBOUNCE_MS + 5));
      await flush();
      expect(fetchMock).toHaveBeenCalledTimes(1); // same snapped box: the answer is reused
      act(() => {
        theMap!.setView([33.5, 44.4], 7, { animate: false });
        theMap!.setView([33.6, 44.5], 7, { animate: false });
      });
      expect(fetchMock).toHaveBeenCalledTimes(1); // debounced: nothing yet
      act(() => void vi.advanceTimersByTime(REQUEST_DEBOUNCE_MS + 5));
      await flush();
      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect(urls()[1]!.searchParams.get('z')).toBe('7');
    } finally {
      vi.useRealTimers();
    }
  });

  it('aborts the request in flight when a newer view is asked for', async () => {
    const signals: AbortSignal[] = [];
    fetchMock.mockImplementationOnce((_url, init) => {
      signals.push(init!.signal!);
      return new Promise(() => {});
    });
    render(<Probe filters={{}} />);
    await flush();
    act(() => void theMap!.setView([33.5, 44.4], 7, { animate: false }));
    await act(async () => void (await new Promise((r) => setTimeout(r, REQUEST_DEBOUNCE_MS + 20))));
    await flush();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(signals[0]!.aborted).toBe(true);
    expect(document.querySelector('.atlas-cluster')).not.toBeNull();
  });

  it('an answer for a view the map has left meanwhile is not drawn; the next view’s answer is', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    fetchMock.mockImplementationOnce(async () => {
      await gate;
      const body = clusterAnswer({ count: 1200, total: 1234, expansionZoom: 8 });
      return { ok: true, status: 200, json: async () => body } as unknown as Response;
    });
    render(<Probe filters={{}} />);
    await flush();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    // the map moves on (a second zoom level) while the first view's answer is on its way
    act(() => void theMap!.setView([33.5, 44.4], 7, { animate: false }));
    release();
    await flush();
    expect(document.querySelector('.atlas-cluster')).toBeNull();
    expect(container().dataset.serverClusters).toBe('loading');
    answerCount = 500;
    await act(async () => void (await new Promise((r) => setTimeout(r, REQUEST_DEBOUNCE_MS + 20))));
    await flush();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(document.querySelector('.atlas-cluster')!.getAttribute('data-count')).toBe('500');
    expect(container().dataset.serverClusters).toBe('ready');
  });

  it('asks again when the filters change, and updates a cluster whose count changed', async () => {
    const { rerender } = render(<Probe filters={{ types: ['shelling'] }} />);
    await flush();
    answerCount = 600;
    rerender(<Probe filters={{ types: ['clash'] }} />);
    await flush();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(urls()[1]!.searchParams.get('types')).toBe('clash');
    expect(document.querySelectorAll('.atlas-cluster')).toHaveLength(1);
    expect(document.querySelector('.atlas-cluster')!.getAttribute('data-count')).toBe('600');
    // the same filters in a new object ask nothing
    rerender(<Probe filters={{ types: ['clash'] }} />);
    await flush();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('a click on a cluster zooms to its expansion zoom; a click on an event selects it', async () => {
    const onSelect = vi.fn();
    render(<Probe filters={{}} onSelect={onSelect} />);
    await flush();
    const fly = vi.spyOn(theMap!, 'flyTo').mockImplementation(() => theMap!);
    act(() => document.querySelector<HTMLElement>('.atlas-cluster')!.click());
    expect(fly).toHaveBeenCalledTimes(1);
    expect(fly.mock.calls[0]![1]).toBe(8);
    act(() => document.querySelector<HTMLElement>('.atlas-marker[data-event-id="ev-1"]')!.click());
    expect(onSelect).toHaveBeenCalledWith('ev-1');
  });

  it('a cluster that never splits, clicked at the deepest zoom, fetches its events and spreads them around its point', async () => {
    expansionZoom = 17; // beyond the map's maximum (16): its events share one point
    render(<Probe filters={{ types: ['shelling'] }} zoom={16} />);
    await flush();
    const e0 = fixtureEvents()[0]!;
    const leaves = [0, 1, 2].map((i) => ({ type: 'Feature', id: `leaf-${i}`, geometry: { type: 'Point', coordinates: [37.16, 36.2] }, properties: { ...e0, id: `leaf-${i}`, place: { ...e0.place!, lon: 37.16, lat: 36.2 } } }));
    fetchMock.mockImplementationOnce(async () => ({ ok: true, status: 200, json: async () => ({ type: 'FeatureCollection', features: leaves }) }) as unknown as Response);
    const fly = vi.spyOn(theMap!, 'flyTo');
    act(() => document.querySelector<HTMLElement>('.atlas-cluster')!.click());
    await flush();
    expect(fly).not.toHaveBeenCalled();
    const u = urls().at(-1)!;
    expect(u.pathname).toBe('/api/events');
    expect(u.searchParams.get('types')).toBe('shelling');
    expect(Number(u.searchParams.get('limit'))).toBeGreaterThan(0);
    const [w, s, e, n] = u.searchParams.get('bbox')!.split(',').map(Number);
    expect(w! < 37.16 && e! > 37.16 && s! < 36.2 && n! > 36.2).toBe(true);
    for (const i of [0, 1, 2]) expect(document.querySelector(`.atlas-marker[data-event-id="leaf-${i}"]`)).not.toBeNull();
    expect(document.querySelector('.atlas-cluster')).toBeNull();
  });

  it('keeps the drawn markers through a zoom until the new view is answered (no churn of the same markers)', async () => {
    render(<Probe filters={{}} />);
    await flush();
    const el = document.querySelector('.atlas-cluster');
    expect(el).not.toBeNull();
    act(() => void theMap!.setZoom(7, { animate: false }));
    expect(document.querySelector('.atlas-cluster')).toBe(el);
  });

  it('draws the density layer from the clusters’ counts at low zoom', async () => {
    render(<Probe filters={{}} />);
    await flush();
    const c = document.querySelector<HTMLCanvasElement>('canvas.density-layer')!;
    expect(c.style.display).toBe('');
    expect(Number(c.dataset.max)).toBeGreaterThanOrEqual(1200); // the cluster's count, not 1 per feature
  });

  it('without filters nothing is asked and nothing is drawn (browser clustering as before)', async () => {
    render(<Probe filters={null} />);
    await flush();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(document.querySelector('.atlas-cluster')).toBeNull();
    expect(container().dataset.serverClusters).toBeUndefined();
  });

  it('a failed request leaves the map usable and says so on the container', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fetchMock.mockImplementationOnce(async () => ({ ok: false, status: 500, json: async () => ({ error: 'x' }) }) as unknown as Response);
    render(<Probe filters={{}} />);
    await flush();
    expect(container().dataset.serverClusters).toBe('error');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
