import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import type { EventPoint } from '@/lib/schemas';
import { useLatest } from '@/app/_components/map/use-latest';
import { useMarkerLayer, type MarkerCallbacks, type MarkerLayerInput } from '@/app/_components/map/use-marker-layer';
import { fixturePoints, useProbeMap, withLayoutSize } from './harness';

withLayoutSize();

function Probe(props: MarkerLayerInput & MarkerCallbacks) {
  const latest = useLatest(props);
  const { ref, map } = useProbeMap({ start: { center: [36.3, 37.5], zoom: 9 } });
  useMarkerLayer(map, props, latest);
  return <div ref={ref} />;
}

const marker = (id: string) => document.querySelector<HTMLElement>(`.atlas-marker[data-event-id="${id}"]`);
/** one point per place, so none of them is clustered or shares a spot */
const separate = (points: EventPoint[]) => points.filter((p, i) => points.findIndex((q) => q.properties.placeId === p.properties.placeId) === i);

describe('useMarkerLayer', () => {
  it('draws a marker per event and updates them when the points change', () => {
    const points = separate(fixturePoints()).slice(0, 2);
    const { rerender } = render(<Probe points={points} />);
    expect(marker(points[0]!.properties.id)).not.toBeNull();
    expect(marker(points[1]!.properties.id)).not.toBeNull();
    rerender(<Probe points={points.slice(1)} />);
    expect(marker(points[0]!.properties.id)).toBeNull();
    expect(marker(points[1]!.properties.id)).not.toBeNull();
  });
  it('highlights the hovered event and reports clicks and hovers', () => {
    const points = separate(fixturePoints()).slice(0, 2);
    const onSelect = vi.fn();
    const onHover = vi.fn();
    const id = points[0]!.properties.id;
    const { rerender } = render(<Probe points={points} onSelect={onSelect} onHover={onHover} />);
    expect(marker(id)!.getAttribute('data-highlighted')).toBe('false');
    rerender(<Probe points={points} hoveredId={id} onSelect={onSelect} onHover={onHover} />);
    expect(marker(id)!.getAttribute('data-highlighted')).toBe('true');
    act(() => marker(id)!.click());
    expect(onSelect).toHaveBeenCalledWith(id);
    act(() => void marker(id)!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    expect(onHover).toHaveBeenCalledWith(id);
  });
  it('Enter or Space on a focused marker selects its event (as a click does)', () => {
    const points = separate(fixturePoints()).slice(0, 2);
    const onSelect = vi.fn();
    render(<Probe points={points} onSelect={onSelect} />);
    const el = marker(points[1]!.properties.id)!;
    expect(el.getAttribute('role')).toBe('button');
    expect(el.tabIndex).toBe(0);
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    act(() => void el.dispatchEvent(enter));
    expect(onSelect).toHaveBeenLastCalledWith(points[1]!.properties.id);
    expect(enter.defaultPrevented).toBe(true);
    act(() => void marker(points[0]!.properties.id)!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true })));
    expect(onSelect).toHaveBeenLastCalledWith(points[0]!.properties.id);
    act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true })));
    expect(onSelect).toHaveBeenCalledTimes(2);
  });
  it('Enter on a cluster of events at one point spreads them and focuses the first', () => {
    const all = fixturePoints();
    // events sharing one point form a cluster that only spiderfying opens
    const shared = all.filter((p) => all.some((q) => q !== p && q.geometry.coordinates.join() === p.geometry.coordinates.join()));
    expect(shared.length).toBeGreaterThan(1);
    const onSelect = vi.fn();
    render(<Probe points={shared} onSelect={onSelect} />);
    const cluster = document.querySelector<HTMLElement>('.atlas-cluster')!;
    expect(cluster).not.toBeNull();
    act(() => void cluster.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    const ids = [...document.querySelectorAll('.atlas-marker[data-event-id]')].map((e) => e.getAttribute('data-event-id'));
    expect(ids.sort()).toEqual(shared.map((p) => p.properties.id).sort());
    expect(document.activeElement?.getAttribute('data-event-id')).toBe(shared[0]!.properties.id);
    expect(onSelect).not.toHaveBeenCalled();
  });
  it('removes its markers with the map', () => {
    const points = separate(fixturePoints()).slice(0, 1);
    const { unmount } = render(<Probe points={points} />);
    expect(document.querySelectorAll('.atlas-marker')).toHaveLength(1);
    unmount();
    expect(document.querySelectorAll('.atlas-marker')).toHaveLength(0);
  });
});
