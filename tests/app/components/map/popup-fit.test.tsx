import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import type L from 'leaflet';
import { useEffect } from 'react';
import { useLatest } from '@/app/_components/map/use-latest';
import { useMarkerLayer } from '@/app/_components/map/use-marker-layer';
import { usePopup } from '@/app/_components/map/use-popup';
import { useSelectionSync } from '@/app/_components/map/use-selection-sync';
import { POPUP_PADDING } from '@/app/_components/map/popup-fit';
import { fixturePoints, useProbeMap, withLayoutSize, HEIGHT } from './harness';

withLayoutSize();

/** jsdom lays nothing out: give Leaflet's popup box a size, which a test may change after opening */
let popupBox = { w: 300, h: 120 };
const saved = {
  w: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetWidth'),
  h: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
};
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get(this: HTMLElement) { return this.classList.contains('leaflet-popup') ? popupBox.w : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get(this: HTMLElement) { return this.classList.contains('leaflet-popup') ? popupBox.h : 0; } });
});
afterAll(() => {
  if (saved.w) Object.defineProperty(HTMLElement.prototype, 'offsetWidth', saved.w);
  if (saved.h) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', saved.h);
});

const points = fixturePoints();
const at = points[0]!.geometry.coordinates as [number, number];

interface Props {
  popup: { at: [number, number]; key: string } | null;
  onMap: (m: L.Map) => void;
  onPopup: (p: L.Popup) => void;
  selectedId?: string;
  onSelect?: (id: string) => void;
}
function Probe(props: Props) {
  const latest = useLatest(props);
  // a share page: the map opens centred on the subject, and the popup opens at once
  const { ref, map } = useProbeMap({ start: { center: [at[1], at[0]], zoom: 10 }, onMap: props.onMap });
  const layer = useMarkerLayer(map, { points }, latest);
  const popup = usePopup(map, latest);
  const { onPopup } = props;
  useEffect(() => {
    onPopup(popup.popup);
  }, [popup, onPopup]);
  useSelectionSync(map, layer, popup.popup, props.popup?.key, latest);
  return <div ref={ref} />;
}

describe('the popup of a share page is wholly visible', () => {
  it('pans the map once the popup is laid out, even if it grew after opening', async () => {
    popupBox = { w: 300, h: 120 };
    let map: L.Map | null = null;
    let popup: L.Popup | null = null;
    render(<Probe popup={{ at, key: 'e' }} onMap={(m) => (map = m)} onPopup={(p) => (popup = p)} />);
    expect(map!.hasLayer(popup!)).toBe(true);
    // the content arrives (highlighted quote, links): the popup is now taller than half the map
    popupBox = { w: 300, h: 420 };
    const tip = () => map!.latLngToContainerPoint(popup!.getLatLng()!).y;
    // the popup's top (its tip, 7 px popup offset, minus its height; jsdom has no CSS margin) is at least the padding below the map's top
    await waitFor(() => expect(tip() + 7 - 420).toBeGreaterThanOrEqual(POPUP_PADDING[1] - 1), { timeout: 2000 });
    expect(tip()).toBeLessThanOrEqual(HEIGHT);
  });

  it('caps the popup width to a phone-sized map', () => {
    const w = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth')!;
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 390 });
    try {
      let popup: L.Popup | null = null;
      render(<Probe popup={{ at, key: 'e' }} onMap={() => {}} onPopup={(p) => (popup = p)} />);
      expect(popup!.options.maxWidth).toBeLessThanOrEqual(390 - 2 * POPUP_PADDING[0]);
      expect(popup!.options.minWidth).toBeLessThanOrEqual(popup!.options.maxWidth!);
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'clientWidth', w);
    }
  });
});
