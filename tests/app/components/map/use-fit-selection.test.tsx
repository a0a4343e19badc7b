import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import type L from 'leaflet';
import type { EventPoint } from '@/lib/schemas';
import { useLatest } from '@/app/_components/map/use-latest';
import { useFitSelection } from '@/app/_components/map/use-fit-selection';
import { useBoundsReport } from '@/app/_components/map/use-bounds-report';
import { useInitialView } from '@/app/_components/map/use-initial-view';
import type { BBox } from '@/lib/map/bounds';
import { useProbeMap, withLayoutSize } from './harness';

withLayoutSize();

const pt = (lng: number, lat: number) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: {} }) as unknown as EventPoint;
/** 20 events around Aleppo/Idlib and the talks venues Geneva, Vienna, Munich */
const syria = Array.from({ length: 20 }, (_, i) => pt(36.5 + (i % 5) * 0.3, 35.6 + Math.floor(i / 5) * 0.3));
const venues = [pt(6.14, 46.2), pt(16.37, 48.21), pt(11.58, 48.14)];

interface Props {
  points: EventPoint[];
  fitKey?: number;
  onBounds?: (b: BBox) => void;
  onMap: (m: L.Map) => void;
}
function Probe(props: Props) {
  const latest = useLatest(props);
  const { ref, map } = useProbeMap({ onMap: props.onMap });
  useInitialView(map, latest);
  useBoundsReport(map, latest);
  useFitSelection(map, props.fitKey, latest);
  return <div ref={ref} />;
}

describe('first view and "Zoom to selection"', () => {
  it('frames the events, not the far venues, when the URL has no view', () => {
    let map: L.Map | null = null;
    render(<Probe points={[...syria, ...venues]} onMap={(m) => (map = m)} />);
    const b = map!.getBounds();
    expect(b.contains([36.2, 37.2])).toBe(true);
    expect(b.contains([46.2, 6.14])).toBe(false);
    // Syria fills the view instead of its corner: the centre is near Aleppo/Idlib
    expect(map!.getCenter().lng).toBeGreaterThan(35);
    expect(map!.getCenter().lat).toBeGreaterThan(34);
  });

  it('fits the current points on each new fitKey, not on mount', () => {
    let map: L.Map | null = null;
    const { rerender } = render(<Probe points={[...syria, ...venues]} fitKey={0} onMap={(m) => (map = m)} />);
    const first = map!.getCenter();
    const one = [pt(37.16, 36.2)];
    rerender(<Probe points={one} fitKey={0} onMap={(m) => (map = m)} />);
    expect(map!.getCenter()).toEqual(first);
    act(() => rerender(<Probe points={one} fitKey={1} onMap={(m) => (map = m)} />));
    expect(map!.getCenter().lat).toBeCloseTo(36.2, 1);
    expect(map!.getCenter().lng).toBeCloseTo(37.16, 1);
    expect(map!.getZoom()).toBeGreaterThan(6);
  });

  it('reports the visible box when ready and after a move', () => {
    let map: L.Map | null = null;
    const onBounds = vi.fn();
    render(<Probe points={syria} onBounds={onBounds} onMap={(m) => (map = m)} />);
    const [w, s, e, n] = onBounds.mock.calls.at(-1)![0] as BBox;
    expect(w).toBeLessThan(36.5);
    expect(e).toBeGreaterThan(37.7);
    expect(s).toBeLessThan(35.6);
    expect(n).toBeGreaterThan(36.5);
    act(() => map!.setView([48, 11], 8, { animate: false }));
    const after = onBounds.mock.calls.at(-1)![0] as BBox;
    expect(after[0]).toBeLessThan(11);
    expect(after[2]).toBeGreaterThan(11);
  });
});
