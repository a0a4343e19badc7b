/**
 * The marker canvas (app/_components/map/icon-canvas.ts): pictures set by key are drawn once in the next frame after
 * update() (not per set), centred on their point, the highlighted one last; a deleted picture is gone at the next
 * update; pictures outside the padded view are skipped; a move redraws at once. jsdom has no 2D canvas: a recording
 * fake stands in for it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import L from 'leaflet';
import { clusterSprite, IconCanvas } from '@/app/_components/map/icon-canvas';
import { clusterBadge } from '@/lib/map/icons';
import { MapProbe, HEIGHT, WIDTH, withLayoutSize } from './harness';

withLayoutSize();

let draws: { img: unknown; x: number; y: number; w: number }[] = [];
function fakeContext(this: HTMLCanvasElement) {
  const noop = () => {};
  return {
    canvas: this,
    setTransform: noop, clearRect: () => void (draws = []), scale: noop, translate: noop, beginPath: noop, arc: noop, fill: noop, stroke: noop, fillText: noop,
    drawImage: (img: unknown, x: number, y: number, w: number) => void draws.push({ img, x, y, w }),
  };
}

beforeEach(() => {
  draws = [];
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(fakeContext as never);
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function mapAt(center: [number, number], zoom: number): L.Map {
  let map: L.Map | null = null;
  render(<MapProbe start={{ center, zoom }} onMap={(m) => (map = m)} />);
  return map!;
}

describe('IconCanvas', () => {
  it('draws the pictures once per update, centred on their points, the highlighted one last', () => {
    const map = mapAt([36, 37], 6);
    const layer = new IconCanvas(map);
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.marker-canvas')!;
    expect(canvas.closest('.leaflet-marker-canvas-pane')).not.toBeNull();
    const a = clusterSprite(12), b = clusterSprite(3000), hl = clusterSprite(7);
    layer.set('c:1', L.latLng(36, 37), hl, true);
    layer.set('c:2', L.latLng(36.5, 37.5), a);
    layer.set('c:3', L.latLng(35.5, 36.5), b);
    vi.runAllTimers();
    expect(draws).toHaveLength(0); // nothing until update()
    layer.update();
    layer.update();
    vi.runAllTimers();
    expect(draws.map((d) => d.img)).toEqual([a.image, b.image, hl.image]);
    expect(canvas.dataset.drawn).toBe('3');
    // the map's centre is the middle of the padded canvas; a picture's box is its badge plus room for the shadow
    const last = draws[2]!;
    const size = clusterBadge(7).size;
    expect(last.x + last.w / 2).toBeCloseTo(WIDTH * 1.6 / 2, 0);
    expect(last.y + last.w / 2).toBeCloseTo(HEIGHT * 1.6 / 2, 0);
    expect(last.w).toBeGreaterThan(size);
    layer.delete('c:2');
    layer.update();
    vi.runAllTimers();
    expect(draws.map((d) => d.img)).toEqual([b.image, hl.image]);
    layer.destroy();
    expect(document.querySelector('canvas.marker-canvas')).toBeNull();
  });

  it('skips pictures outside the padded view, and redraws at once after a move', () => {
    const map = mapAt([36, 37], 8);
    const layer = new IconCanvas(map);
    layer.set('near', L.latLng(36, 37), clusterSprite(5));
    layer.set('far', L.latLng(-30, 150), clusterSprite(6));
    layer.update();
    vi.runAllTimers();
    expect(draws).toHaveLength(1);
    map.setView([-30, 150], 8, { animate: false });
    expect(draws).toHaveLength(1);
    expect(draws[0]!.img).toBe(clusterSprite(6).image);
    layer.destroy();
  });
});
