import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import type L from 'leaflet';
import type { MapView } from '@/lib/schemas';
import { useLatest } from '@/app/_components/map/use-latest';
import { useViewSync, type ViewCallbacks } from '@/app/_components/map/use-view-sync';
import { useProbeMap, withLayoutSize } from './harness';

withLayoutSize();

type Props = ViewCallbacks & { view?: Partial<MapView>; onMap: (m: L.Map) => void };

function Probe(props: Props) {
  const latest = useLatest(props);
  const { ref, map } = useProbeMap({ start: { center: [36, 37], zoom: 6 }, onMap: props.onMap });
  useViewSync(map, props.view, latest);
  return <div ref={ref} />;
}

describe('useViewSync', () => {
  it('reports the first view to onReady and later moves to onMove', () => {
    let map: L.Map | null = null;
    const onReady = vi.fn();
    const onMove = vi.fn();
    render(<Probe onReady={onReady} onMove={onMove} onMap={(m) => (map = m)} />);
    expect(onReady).toHaveBeenCalledWith({ lat: 36, lon: 37, z: 6 });
    expect(onMove).not.toHaveBeenCalled();
    act(() => map!.setView([35, 38], 7, { animate: false }));
    expect(onMove).toHaveBeenLastCalledWith({ lat: 35, lon: 38, z: 7 });
    expect(onReady).toHaveBeenCalledTimes(1);
  });
  it('follows a URL view that differs from the map, and ignores one it already shows', () => {
    let map: L.Map | null = null;
    const onMap = (m: L.Map) => (map = m);
    const { rerender } = render(<Probe view={{ lat: 36, lon: 37, z: 6 }} onMap={onMap} />);
    const setView = vi.spyOn(map!, 'setView');
    rerender(<Probe view={{ lat: 36.00001, lon: 37, z: 6 }} onMap={onMap} />);
    expect(setView).not.toHaveBeenCalled();
    rerender(<Probe view={{ lat: 34.5, lon: 38.25, z: 9 }} onMap={onMap} />);
    expect(setView.mock.calls.map((c) => c.slice(0, 2))).toEqual([[[34.5, 38.25], 9]]);
    expect(map!.getCenter().lat).toBeCloseTo(34.5, 4);
  });
  it('does not move the map back to a view the URL prop still lags on (the address bar already holds the map’s own view)', () => {
    let map: L.Map | null = null;
    const onMap = (m: L.Map) => (map = m);
    // the page writes each reported view to the address bar at once; the router hands it to the prop later
    const write = (v: MapView) => window.history.replaceState(null, '', `/?lat=${v.lat}&lon=${v.lon}&z=${v.z}`);
    const { rerender } = render(<Probe view={{ lat: 36, lon: 37, z: 6 }} onMap={onMap} onMove={write} />);
    act(() => map!.setView([35, 38], 7, { animate: false }));
    act(() => map!.setView([34, 39], 8, { animate: false }));
    const setView = vi.spyOn(map!, 'setView');
    // the router catches up with the first move only after the second
    rerender(<Probe view={{ lat: 35, lon: 38, z: 7 }} onMap={onMap} onMove={write} />);
    expect(setView).not.toHaveBeenCalled();
    expect(map!.getCenter().lat).toBeCloseTo(34, 4);
    // back/forward: the address bar and the prop name another view: the map follows
    window.history.replaceState(null, '', '/?lat=33&lon=40&z=9');
    rerender(<Probe view={{ lat: 33, lon: 40, z: 9 }} onMap={onMap} onMove={write} />);
    expect(map!.getCenter().lat).toBeCloseTo(33, 4);
    window.history.replaceState(null, '', '/');
  });
  it('two quick zooms: the router catching up with the first (and writing it to the address bar) does not undo the second', () => {
    let map: L.Map | null = null;
    const onMap = (m: L.Map) => (map = m);
    const write = (v: MapView) => window.history.replaceState(null, '', `/?lat=${v.lat}&lon=${v.lon}&z=${v.z}`);
    const onMove = vi.fn(write);
    const { rerender } = render(<Probe view={{ lat: 36, lon: 37, z: 6 }} onMap={onMap} onMove={onMove} />);
    act(() => map!.setView([36, 37], 7, { animate: false }));
    act(() => map!.setView([36, 37], 8, { animate: false }));
    // Next's router applies the first replaced URL late and writes it back over the second
    write({ lat: 36, lon: 37, z: 7 });
    rerender(<Probe view={{ lat: 36, lon: 37, z: 7 }} onMap={onMap} onMove={onMove} />);
    expect(map!.getZoom()).toBe(8);
    // the map's own view is written again
    expect(onMove).toHaveBeenLastCalledWith({ lat: 36, lon: 37, z: 8 });
    expect(new URLSearchParams(window.location.search).get('z')).toBe('8');
    // back/forward to a view the map had left: followed
    window.history.replaceState(null, '', '/?lat=36&lon=37&z=6');
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    rerender(<Probe view={{ lat: 36, lon: 37, z: 6 }} onMap={onMap} onMove={onMove} />);
    expect(map!.getZoom()).toBe(6);
    window.history.replaceState(null, '', '/');
  });
  it('back/forward move the map to the address bar’s view even when the URL prop does not change', () => {
    let map: L.Map | null = null;
    const onMap = (m: L.Map) => (map = m);
    // moves write the address bar only (the router, and so the prop, keep the view of the last navigation)
    const write = (v: MapView) => window.history.replaceState(null, '', `/?lat=${v.lat}&lon=${v.lon}&z=${v.z}`);
    render(<Probe view={{ lat: 36, lon: 37, z: 6 }} onMap={onMap} onMove={write} />);
    act(() => map!.setView([35, 38], 7, { animate: false }));
    // Back to an entry whose view the prop already holds: no prop change, the map must still go there
    window.history.replaceState(null, '', '/?lat=36&lon=37&z=6');
    act(() => void window.dispatchEvent(new PopStateEvent('popstate')));
    expect(map!.getCenter().lat).toBeCloseTo(36, 4);
    expect(map!.getZoom()).toBe(6);
    window.history.replaceState(null, '', '/');
  });
});
