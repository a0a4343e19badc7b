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
  it('removes its markers with the map', () => {
    const points = separate(fixturePoints()).slice(0, 1);
    const { unmount } = render(<Probe points={points} />);
    expect(document.querySelectorAll('.atlas-marker')).toHaveLength(1);
    unmount();
    expect(document.querySelectorAll('.atlas-marker')).toHaveLength(0);
  });
});
