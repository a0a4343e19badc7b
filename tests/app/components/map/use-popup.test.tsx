import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import type L from 'leaflet';
import { useEffect } from 'react';
import { useLatest } from '@/app/_components/map/use-latest';
import { usePopup, type MapPopup, type PopupCallbacks } from '@/app/_components/map/use-popup';
import { useProbeMap, withLayoutSize } from './harness';

withLayoutSize();

function Probe(props: PopupCallbacks & { onReady: (m: L.Map, p: MapPopup) => void }) {
  const latest = useLatest(props);
  const { ref, map } = useProbeMap();
  const popup = usePopup(map, latest);
  const { onReady } = props;
  useEffect(() => {
    if (map) onReady(map, popup);
  }, [map, popup, onReady]);
  return <div ref={ref} />;
}

function openPopup(onPopupClose: () => void) {
  let map: L.Map | null = null;
  let popup: MapPopup | null = null;
  const view = render(<Probe popup={{ key: 'e1' }} onPopupClose={onPopupClose} onReady={(m, p) => ((map = m), (popup = p))} />);
  act(() => {
    map!.setView([36, 37], 6);
    popup!.popup.setLatLng([36, 37]).openOn(map!);
  });
  return { map: map!, popup: popup!, ...view };
}

describe('usePopup', () => {
  it('gives an empty popup container for React content', () => {
    const { popup, map } = openPopup(vi.fn());
    expect(popup.container.className).toBe('popup-root');
    expect(popup.popup.getContent()).toBe(popup.container);
    expect(map.hasLayer(popup.popup)).toBe(true);
  });
  it('calls onPopupClose when the popup is closed while one is shown', () => {
    const onPopupClose = vi.fn();
    const { map, popup } = openPopup(onPopupClose);
    act(() => void map.closePopup(popup.popup));
    expect(onPopupClose).toHaveBeenCalledTimes(1);
  });
  it('Escape closes it from anywhere and gives focus back to what opened it', () => {
    const onPopupClose = vi.fn();
    const opener = document.createElement('a');
    opener.href = '#';
    opener.textContent = 'an event in the list';
    document.body.appendChild(opener);
    opener.focus();
    const { map, popup } = openPopup(onPopupClose);
    const other = document.createElement('button');
    document.body.appendChild(other);
    other.focus();
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    act(() => void other.dispatchEvent(esc));
    expect(map.hasLayer(popup.popup)).toBe(false);
    expect(onPopupClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(opener);
    expect(esc.defaultPrevented).toBe(true);
    opener.remove();
    other.remove();
  });
  it('Escape returns focus to the map when the opener is gone, and leaves open widgets alone', () => {
    const { map, popup } = openPopup(vi.fn());
    const box = document.createElement('input');
    box.setAttribute('aria-expanded', 'true');
    document.body.appendChild(box);
    act(() => void box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(map.hasLayer(popup.popup)).toBe(true);
    box.remove();
    act(() => void document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(map.hasLayer(popup.popup)).toBe(false);
    expect(document.activeElement).toBe(map.getContainer());
  });
  it('does not call it when the map is torn down', () => {
    const onPopupClose = vi.fn();
    const { map, popup, unmount } = openPopup(onPopupClose);
    expect(map.hasLayer(popup.popup)).toBe(true);
    unmount();
    expect(onPopupClose).not.toHaveBeenCalled();
  });
});
