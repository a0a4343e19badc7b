import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import type L from 'leaflet';
import { useEffect } from 'react';
import { useLatest } from '@/app/_components/map/use-latest';
import { useMarkerLayer } from '@/app/_components/map/use-marker-layer';
import { usePopup } from '@/app/_components/map/use-popup';
import { SELECTION_ZOOM, useSelectionSync } from '@/app/_components/map/use-selection-sync';
import { fixturePoints, useProbeMap, withLayoutSize } from './harness';

withLayoutSize();

const points = fixturePoints();
/** two events of the fixture share one point (gn:1): the second is hidden in a cluster until revealed */
const [first, second] = points as [(typeof points)[0], (typeof points)[0]];

interface Props {
  popup: { at: [number, number]; key: string } | null;
  selectedId?: string;
  start: { center: [number, number]; zoom: number };
  onMap?: (m: L.Map) => void;
  onSelect?: (id: string) => void;
  onPopup?: (p: L.Popup) => void;
}

function Probe(props: Props) {
  const latest = useLatest(props);
  const { ref, map } = useProbeMap({ start: props.start, onMap: props.onMap });
  const layer = useMarkerLayer(map, { points }, latest);
  const popup = usePopup(map, latest);
  const { onPopup } = props;
  useEffect(() => {
    onPopup?.(popup.popup);
  }, [popup, onPopup]);
  useSelectionSync(map, layer, popup.popup, props.popup?.key, latest);
  return <div ref={ref} />;
}

const marker = (id: string) => document.querySelector(`.atlas-marker[data-event-id="${id}"]`);
const at = second.geometry.coordinates;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useSelectionSync', () => {
  it('reveals the selected event of a shared point and opens the popup there', () => {
    let map: L.Map | null = null;
    let popup: L.Popup | null = null;
    const base = { start: { center: [at[1], at[0]] as [number, number], zoom: 9 }, onMap: (m: L.Map) => (map = m), onPopup: (p: L.Popup) => (popup = p) };
    const { rerender } = render(<Probe {...base} popup={null} />);
    expect(marker(second.properties.id)).toBeNull();
    rerender(<Probe {...base} popup={{ at, key: second.properties.id }} selectedId={second.properties.id} />);
    expect(marker(second.properties.id)).not.toBeNull();
    expect(marker(first.properties.id)).not.toBeNull();
    expect(map!.hasLayer(popup!)).toBe(true);
    expect(popup!.getLatLng()!.lat).toBeCloseTo(at[1], 6);
    rerender(<Probe {...base} popup={null} />);
    expect(map!.hasLayer(popup!)).toBe(false);
  });
  it('jumps to a selection outside the view when the user prefers reduced motion', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce'), media: q }));
    let map: L.Map | null = null;
    let popup: L.Popup | null = null;
    render(
      <Probe
        start={{ center: [10, 10], zoom: 4 }}
        popup={{ at, key: first.properties.id }}
        selectedId={first.properties.id}
        onMap={(m) => (map = m)}
        onPopup={(p) => (popup = p)}
      />,
    );
    expect(map!.getZoom()).toBe(SELECTION_ZOOM);
    expect(map!.getCenter().lat).toBeCloseTo(at[1], 4);
    expect(map!.hasLayer(popup!)).toBe(true);
  });
});
