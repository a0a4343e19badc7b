/**
 * Server-clusters mode (lib/map/server-clusters.ts): while `filters` is set, the marker layer draws the clusters
 * and single events of `GET /api/clusters` for the view instead of clustering points in the browser. Asked for
 * once at start and REQUEST_DEBOUNCE_MS after each move ends; the request's URL is its key (view cell + zoom + the
 * URL's filters): a pan inside the same cell asks nothing, a newer view aborts the request in flight
 * (lib/map/latest-fetch.ts). The map container carries data-server-clusters ("loading" | "ready" | "error"; ready once
 * the latest answer's markers are all drawn: the marker layer draws in slices across frames) and data-clusters-total
 * for tests and the bench. An answer for a view the map has already left is not drawn (the next request follows).
 * In: the L.Map, the marker layer, the filters (null: the browser clusters as before), the latest onClusters.
 * Out: setSource on the marker layer; the answer's weighted positions (the density layer's input) through `onWeights`.
 */
import type L from 'leaflet';
import { useEffect, type RefObject } from 'react';
import type { EventQuery } from '@/lib/schemas';
import type { BBox } from '@/lib/map/bounds';
import { LatestFetch } from '@/lib/map/latest-fetch';
import { clusterLeavesUrl, clustersUrl, readClusterCollection, readEventLeaves, REQUEST_DEBOUNCE_MS, ServerClusterSource, type ServerClusters, type WeightedPosition } from '@/lib/map/server-clusters';
import { serializeEventQuery } from '@/lib/schemas/query-url';
import type { MarkerLayer } from './marker-layer';

export interface ServerClustersCallbacks {
  /** each new answer: events matching the filters anywhere, and what is drawn */
  onClusters?: (c: Pick<ServerClusters, 'total' | 'version'>) => void;
}

function viewBox(map: L.Map): BBox {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

export function useServerClusters(
  map: L.Map | null,
  layer: RefObject<MarkerLayer | null>,
  filters: EventQuery | null | undefined,
  latest: RefObject<ServerClustersCallbacks>,
  onWeights: (w: WeightedPosition[] | null) => void,
): void {
  // the filters' identity is their URL form: a new object with the same filters asks nothing again
  const key = filters ? serializeEventQuery(filters).toString() : null;
  useEffect(() => {
    if (!map || key === null || !filters) return;
    const el = map.getContainer();
    const fetcher = new LatestFetch(readClusterCollection);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    /** the URL of the latest view asked for: only its answer marks the map ready, once its markers are drawn */
    let wanted: string | null = null;
    const readyWhenDrawn = async (url: string) => {
      await layer.current?.drawn();
      if (live && url === wanted && el.dataset.clustersUrl === url) el.dataset.serverClusters = 'ready';
    };
    // a cluster whose events share one point, clicked at the deepest zoom: its events, to spread them around it
    const leavesOf = async (c: { lngLat: [number, number] }) => {
      const res = await fetch(clusterLeavesUrl(filters, c.lngLat), { headers: { accept: 'application/geo+json' } });
      if (!res.ok) throw new Error(`/api/events answered ${res.status}`);
      return readEventLeaves(await res.json());
    };
    const request = async () => {
      const url = clustersUrl(filters, viewBox(map), map.getZoom());
      if (!url) return;
      wanted = url;
      el.dataset.serverClusters = 'loading';
      try {
        const answer = await fetcher.get(url);
        if (!live) return;
        if (!answer) {
          // superseded (a newer request is loading) or already answered (ready once it is drawn)
          if (!el.dataset.clustersUrl || el.dataset.clustersUrl === url) await readyWhenDrawn(url);
          return;
        }
        // the map has left this view while it was asked for (a zoom of several levels: the first level's answer lands
        // while the next one animates or ends): a newer request follows that move's end. Drawn, this answer would be a
        // whole diff in slices in the next zoom's frames, replaced right after (docs/PERFORMANCE.md "Map at 100k
        // events", fifth round). Forgotten, so the same view asked for again is fetched again.
        if (clustersUrl(filters, viewBox(map), map.getZoom()) !== url) {
          fetcher.reset();
          return;
        }
        layer.current?.setSource(new ServerClusterSource(answer, map.getMaxZoom(), leavesOf));
        onWeights(answer.weights);
        el.dataset.clustersUrl = url;
        el.dataset.clustersTotal = String(answer.total);
        latest.current.onClusters?.({ total: answer.total, version: answer.version });
        await readyWhenDrawn(url);
      } catch (err) {
        if (!live) return;
        el.dataset.serverClusters = 'error';
        console.warn(`[map] server clusters: ${(err as Error).message}`);
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void request(), REQUEST_DEBOUNCE_MS);
    };
    void request();
    map.on('moveend', schedule);
    return () => {
      live = false;
      clearTimeout(timer);
      map.off('moveend', schedule);
      fetcher.reset();
      onWeights(null);
      for (const k of ['serverClusters', 'clustersUrl', 'clustersTotal']) delete el.dataset[k];
    };
    // `filters` is read through `key` (its URL form)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, key, layer, latest, onWeights]);
}
