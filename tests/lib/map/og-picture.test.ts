import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { mapPicture } from '@/lib/map/og-picture';

const square = (w: number, s: number, e: number, n: number) => [[[w, s], [e, s], [e, n], [w, n], [w, s]]];
const land: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'near' }, geometry: { type: 'Polygon', coordinates: square(35, 34, 39, 38) } },
    { type: 'Feature', properties: { name: 'far' }, geometry: { type: 'Polygon', coordinates: square(-80, -10, -70, 0) } },
  ],
};

describe('mapPicture', () => {
  it('draws the land around the place and puts the marker at the centre', () => {
    const pic = mapPicture(land, [37.16, 36.2], [[37.16, 36.2]], { width: 600, height: 315 });
    expect(pic.svg.startsWith('<svg')).toBe(true);
    expect(pic.svg).toContain('<path d="M');
    expect(pic.markers).toEqual([{ x: 300, y: 157.5 }]);
    // only the nearby polygon is drawn (one ring: one M)
    expect(pic.svg.match(/M/g)).toHaveLength(1);
  });
  it('puts north up and east right ([lng, lat] in, pixels out)', () => {
    const pic = mapPicture(land, [37, 36], [[38, 36], [37, 37]], { width: 600, height: 300, spanLat: 4 });
    expect(pic.markers[0]!.x).toBeGreaterThan(300);
    expect(pic.markers[0]!.y).toBe(150);
    expect(pic.markers[1]!.y).toBeLessThan(150);
  });
  it('is sea only when no land is near', () => {
    const pic = mapPicture(land, [150, -40], [], { width: 100, height: 100 });
    expect(pic.svg).not.toContain('<path');
  });
});
