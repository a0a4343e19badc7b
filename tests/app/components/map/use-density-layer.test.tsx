import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import type L from 'leaflet';
import type { EventPoint } from '@/lib/schemas';
import { useDensityLayer } from '@/app/_components/map/use-density-layer';
import { fixturePoints, useProbeMap, withLayoutSize } from './harness';

withLayoutSize();
// jsdom has no 2D canvas: the hook still decides and sizes the layer, which is what these tests read
vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

const base = fixturePoints()[0]!;
/** 40 events around Aleppo: at zoom 5 they share a screen cell */
const piled: EventPoint[] = Array.from({ length: 40 }, (_, i) => ({
  ...base,
  geometry: { type: 'Point', coordinates: [37.1 + (i % 5) * 0.01, 36.2 + Math.floor(i / 5) * 0.01] },
  properties: { ...base.properties, id: `p${i}` },
}));

let theMap: L.Map | null = null;
function Probe({ points, on, zoom = 5 }: { points: EventPoint[]; on: boolean; zoom?: number }) {
  const { ref, map } = useProbeMap({ start: { center: [36.2, 37.1], zoom }, onMap: (m) => (theMap = m) });
  useDensityLayer(map, points, on);
  return <div ref={ref} />;
}
const canvas = () => document.querySelector<HTMLCanvasElement>('canvas.density-layer');

describe('useDensityLayer', () => {
  it('draws at low zoom where markers pile up, in its own pane under the markers', () => {
    const { unmount } = render(<Probe points={piled} on />);
    const c = canvas()!;
    expect(c).not.toBeNull();
    expect(c.style.display).toBe('');
    expect(Number(c.dataset.cells)).toBeGreaterThan(0);
    expect(Number(c.dataset.max)).toBe(40);
    expect(c.parentElement!.classList.contains('leaflet-density-pane')).toBe(true);
    expect(Number(c.parentElement!.style.zIndex)).toBeLessThan(600);
    unmount();
    expect(canvas()).toBeNull();
  });
  it('hides when switched to points, and shows again when switched back', () => {
    const { rerender } = render(<Probe points={piled} on />);
    rerender(<Probe points={piled} on={false} />);
    expect(canvas()!.style.display).toBe('none');
    expect(canvas()!.dataset.cells).toBe('0');
    rerender(<Probe points={piled} on />);
    expect(canvas()!.style.display).toBe('');
  });
  it('is not drawn when zoomed in past the density zoom, or for sparse points', () => {
    render(<Probe points={piled} on />);
    act(() => {
      theMap!.setZoom(12, { animate: false });
    });
    expect(canvas()!.style.display).toBe('none');
    act(() => {
      theMap!.setZoom(5, { animate: false });
    });
    expect(canvas()!.style.display).toBe('');
  });
  it('is not drawn when no cell holds enough points', () => {
    render(<Probe points={piled.slice(0, 2)} on />);
    expect(canvas()!.style.display).toBe('none');
  });
});
