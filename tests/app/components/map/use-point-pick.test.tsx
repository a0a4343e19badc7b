import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import type L from 'leaflet';
import { usePointPick, type PointPickInput } from '@/app/_components/map/use-point-pick';
import { useLatest } from '@/app/_components/map/use-latest';
import { useProbeMap, withLayoutSize } from './harness';

withLayoutSize();

let map: L.Map | null = null;
function Probe(props: PointPickInput) {
  const latest = useLatest(props);
  const { ref, map: m } = useProbeMap({ start: { center: [35.9, 36.6], zoom: 9 }, onMap: (x) => (map = x) });
  usePointPick(m, props.pick, props.onPick !== undefined, latest);
  return <div ref={ref} />;
}

const picked = () => document.querySelectorAll('path.atlas-picked-point');

describe('usePointPick', () => {
  it('reports a click as [lng, lat] and draws the picked point once, moving it by diff', () => {
    const onPick = vi.fn();
    const { rerender, unmount } = render(<Probe onPick={onPick} pick={null} />);
    expect(map!.getContainer().classList.contains('atlas-map-picking')).toBe(true);
    act(() => {
      map!.fire('click', { latlng: { lat: 35.123456, lng: 36.654321, wrap() { return this; } } });
    });
    expect(onPick).toHaveBeenCalledWith([36.65432, 35.12346]);
    expect(picked()).toHaveLength(0);
    rerender(<Probe onPick={onPick} pick={[36.65, 35.12]} />);
    expect(picked()).toHaveLength(1);
    const first = picked()[0];
    rerender(<Probe onPick={onPick} pick={[36.7, 35.2]} />);
    expect(picked()).toHaveLength(1);
    expect(picked()[0]).toBe(first);
    rerender(<Probe onPick={onPick} pick={null} />);
    expect(picked()).toHaveLength(0);
    unmount();
  });

  it('does nothing on click without onPick (the event map is not a picker)', () => {
    render(<Probe pick={null} />);
    expect(map!.getContainer().classList.contains('atlas-map-picking')).toBe(false);
  });
});
