import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import type L from 'leaflet';
import { MAP_OPTIONS } from '@/app/_components/map/use-leaflet-map';
import { MapProbe, withLayoutSize } from './harness';

withLayoutSize();

describe('useLeafletMap', () => {
  it('creates one map on the element and removes it when the element goes', () => {
    const maps = new Set<L.Map>();
    const onMap = (m: L.Map) => maps.add(m);
    const { container, rerender, unmount } = render(<MapProbe onMap={onMap} />);
    expect(maps.size).toBe(1);
    const [map] = [...maps] as [L.Map];
    expect(map.getContainer()).toBe(container.querySelector('.atlas-map'));
    expect(map.getMaxZoom()).toBe(MAP_OPTIONS.maxZoom);
    rerender(<MapProbe onMap={onMap} />);
    expect(maps.size).toBe(1);
    map.setView([36, 37], 6);
    const unloaded = vi.fn();
    map.on('unload', unloaded);
    unmount();
    expect(unloaded).toHaveBeenCalledTimes(1);
  });
});
