/**
 * The share preview picture (og:image) of an event or a place page, rendered on the server and offline:
 * lib/map/og-picture.ts draws the bundled land outline (public/basemap/land.json) around the place with
 * the markers as SVG; next/og turns it and a caption into a PNG with its bundled font (no network, no
 * Google Fonts). Cached: the picture of an id only changes when the data is re-read.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { FeatureCollection } from 'geojson';
import { mapPicture } from '@/lib/map/og-picture';

export const OG_SIZE = { width: 1200, height: 630 };
export const OG_CACHE = 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800';

let land: FeatureCollection | null = null;
function loadLand(): FeatureCollection {
  if (!land) {
    const raw = JSON.parse(readFileSync(path.join(process.cwd(), 'public', 'basemap', 'land.json'), 'utf8')) as FeatureCollection;
    if (raw?.type !== 'FeatureCollection' || !Array.isArray(raw.features)) throw new Error('public/basemap/land.json is not a FeatureCollection: run npm run basemap:build');
    land = raw;
  }
  return land;
}

export interface OgSubject {
  title: string;
  subtitle?: string;
  /** [lng, lat] */
  center: [number, number];
  markers: [number, number][];
}

/** The PNG preview; without a subject (unknown id, no place) the picture says so, still a PNG. */
export function ogImage(subject: OgSubject | null): ImageResponse {
  const { width, height } = OG_SIZE;
  // the caption covers the bottom fifth: centre the picture a little south so the marker sits in the open
  const pic = subject ? mapPicture(loadLand(), [subject.center[0], subject.center[1] - 0.5], subject.markers, { width, height, spanLat: 5 }) : null;
  const src = pic ? `data:image/svg+xml;base64,${Buffer.from(pic.svg).toString('base64')}` : null;
  return new ImageResponse(
    (
      <div style={{ width, height, display: 'flex', position: 'relative', background: '#b9d3e6' }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- satori draws an <img>; next/image does not exist there */}
        {src ? <img src={src} width={width} height={height} alt="" style={{ position: 'absolute', top: 0, left: 0 }} /> : null}
        <div style={{ position: 'absolute', left: 0, right: 0, bottom: 0, display: 'flex', flexDirection: 'column', padding: '24px 40px', background: 'rgba(255,255,255,0.88)' }}>
          <div style={{ fontSize: 48, color: '#222' }}>{subject?.title ?? 'Conflict Atlas'}</div>
          <div style={{ fontSize: 28, color: '#555' }}>{subject?.subtitle ?? 'Conflict Atlas'}</div>
        </div>
      </div>
    ),
    { width, height, headers: { 'Cache-Control': OG_CACHE } },
  );
}
