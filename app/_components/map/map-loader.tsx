'use client';
/**
 * The one client-only boundary: Leaflet needs `window`, so the map is loaded with ssr:false here
 * and nowhere else. The placeholder keeps the map's box so nothing shifts when it arrives.
 */
import dynamic from 'next/dynamic';
import type { AtlasMapProps } from './atlas-map';

const AtlasMap = dynamic(() => import('./atlas-map'), {
  ssr: false,
  loading: () => <div className="atlas-map atlas-map-loading" aria-busy="true" aria-label="Map loading" role="region" />,
});

export type { AtlasMapProps } from './atlas-map';

export function MapLoader(props: AtlasMapProps) {
  return <AtlasMap {...props} />;
}
