'use client';
/**
 * The map page's interactive shell: sidebar (filters, event list, extra server-rendered sections)
 * beside the map (with its legend control), synced through the URL. Filter changes push a new URL (the server
 * re-queries the store); selection pushes state; panning replaces it. Back/forward just work.
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { AcledSubEventType, Actor, Bin, ConflictEvent, EventPoint, EventQuery, EventType, MapView, PlaceRef, ViewState } from '@/lib/schemas';
import { eventPoints } from '@/lib/map/features';
import { readViewKeys, viewHref, withFilters } from '@/lib/map/view-url';
import { inBBox, type BBox } from '@/lib/map/bounds';
import { placeToLngLat } from '@/lib/map/latlng';
import { sharePath } from '@/lib/map/share';
import type { Publisher } from '@/lib/schemas/publisher';
import { MapLoader } from './map/map-loader';
import { Filters } from './filters';
import { EventList } from './event-list';
import { EventPopup } from './event-popup';
import { PlacePopup } from './place-popup';
import { MapLegend } from './legend';
import { PlaceSearch } from './place-search';
import { ExportMenu } from './export-menu';
import { SelectionTotals } from './selection-totals';
import { reportTotal } from '@/lib/map/report-counts';
import { DensityToggle } from './density-toggle';
import { useEventDetails } from './use-event-details';
import { useLeaving } from './use-leaving';
import { useLatest } from './map/use-latest';

/** no points: in server-clusters mode the map draws /api/clusters (one constant, so the marker layer is not reset) */
const NO_POINTS: EventPoint[] = [];

export interface AtlasViewProps {
  /** the filters of the URL, parsed on the server (the client never parses filters) */
  filters: EventQuery;
  events: ConflictEvent[];
  /** more events match than `events` holds: server-clusters mode (lib/map/server-clusters.ts), the list is a page */
  eventsTruncated?: boolean;
  actors: Actor[];
  counts: Record<string, number>;
  typeCounts: Partial<Record<EventType, number>>;
  /** events per ACLED sub-event type (the type filter's sub-type lists) */
  subTypeCounts?: Partial<Record<AcledSubEventType, number>>;
  /** reports per type and sub-type (issue 15: the second number beside the event counts) */
  typeReports?: Partial<Record<EventType, number>>;
  subTypeReports?: Partial<Record<AcledSubEventType, number>>;
  bins: Bin[];
  articleTitles: Record<string, string>;
  /** each article's publisher and link (lib/api/publisher.ts), shown in the event popup */
  articleSources?: Record<string, Publisher>;
  /** selection implied by the path (/place/[id], /event/[id]) */
  preset?: { place?: string; event?: string };
  /** where the map opens when the URL has no lat/lon/z (share pages centre on their subject) */
  initialView?: { lat: number; lon: number; z: number };
  /** the selected event / place resolved on the server (may be outside the filter) */
  selectedEvent?: ConflictEvent | null;
  selectedPlace?: PlaceRef | null;
  children?: ReactNode;
}

export function AtlasView(props: AtlasViewProps) {
  const { events, actors } = props;
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const view: ViewState = useMemo(
    () => ({ ...props.filters, ...props.initialView, ...readViewKeys(new URLSearchParams(params.toString())), ...props.preset }),
    [params, props.filters, props.preset, props.initialView],
  );
  const [hovered, setHovered] = useState<string | null>(null);
  /** hovered on the map (highlights the list item; kept apart so the list does not echo it back) */
  const [mapHovered, setMapHovered] = useState<string | null>(null);
  const [drawer, setDrawer] = useState(false);
  /** a place chosen in the search box (the server has not resolved it: the URL changed client-side) */
  const [picked, setPicked] = useState<PlaceRef | null>(null);
  /** server-clusters mode: the map asks /api/clusters with these filters; `total` is its count of matching events */
  const server = props.eventsTruncated ? props.filters : null;
  const [clusterTotal, setClusterTotal] = useState<number | null>(null);
  const total = server ? clusterTotal : null;
  const points = useMemo(() => (server ? NO_POINTS : eventPoints(events, actors).points), [server, events, actors]);
  /** the map's visible box ("Only what's in view") and the "Zoom to selection" request counter */
  const [bounds, setBounds] = useState<BBox | null>(null);
  const [fitKey, setFitKey] = useState(0);
  const listed = useMemo(
    () => (view.inview && bounds ? events.filter((e) => e.place && inBBox(placeToLngLat(e.place), bounds)) : events),
    [events, view.inview, bounds],
  );

  /** where the map actually is (the URL may not say yet: the first framing is not written to history) */
  const [mapView, setMapView] = useState<MapView | null>(null);
  const here: ViewState = useMemo(() => (mapView ? { ...view, ...mapView } : view), [view, mapView]);
  const onHome = pathname === '/';
  const leaving = useLeaving();
  const hrefFor = useCallback((id: string) => viewHref({ ...here, place: undefined, event: id }), [here]);
  const go = useCallback(
    (next: ViewState, mode: 'push' | 'replace' | 'move') => {
      if (mode !== 'push') {
        // a move that ends after the user left this page (a header link clicked mid-zoom) must not write this
        // page's view over the new page's address, nor cancel Next's navigation still under way (use-leaving.ts)
        if (window.location.pathname !== pathname || leaving()) return;
        // panning: keep the path (a /place/… page stays one), rewrite only the view keys
        const own = { ...next };
        if (!onHome) for (const k of Object.keys(props.preset ?? {}) as (keyof ViewState)[]) delete own[k];
        // a map move only rewrites the address bar: given Next's own history state (marked __NA), its patched
        // replaceState passes the call through without a router update — no re-render of the page and no second
        // replaceState per move (both in every drag's and zoom's last frame). The map and `here` carry the view;
        // the router learns the address at its next navigation, back/forward restore it as before.
        const state = window.history.state as { __NA?: boolean } | null;
        window.history.replaceState(mode === 'move' && state?.__NA ? state : null, '', viewHref(own, pathname));
      } else if (onHome) window.history.pushState(null, '', viewHref(next));
      else router.push(viewHref(next), { scroll: false });
    },
    [onHome, router, pathname, props.preset, leaving],
  );
  const select = useCallback((id: string) => {
    setDrawer(false);
    go({ ...here, place: undefined, event: id }, 'push');
  }, [go, here]);
  const onMove = useCallback(
    (v: MapView) => {
      setMapView(v);
      // the selection as the address bar has it now: a popup closed (Escape) while the map was still flying
      // to it must not be written back by this move's stale `view`
      const live = onHome ? readViewKeys(new URLSearchParams(window.location.search)) : view;
      go({ ...view, event: live.event, place: live.place, lat: v.lat, lon: v.lon, z: v.z }, 'move');
    },
    [go, view, onHome],
  );
  // a timeline play frame replaces the URL: play leaves one history entry, not one per frame
  // stable (reads the latest view): the memoised filters are not re-rendered by map moves
  const hereRef = useLatest(here);
  const onFilters = useCallback(
    (q: EventQuery, how?: { frame?: boolean }) => {
      const href = viewHref(withFilters(hereRef.current, q));
      if (how?.frame) router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    },
    [router, hereRef],
  );
  const closePopup = () => go({ ...here, event: undefined, place: undefined }, 'push');

  // the server's selectedEvent may be the resolved event of a report named in the URL (issue 15: another article's telling)
  const named = (e: ConflictEvent | null | undefined) => !!e && (e.id === view.event || !!e.reports?.some((r) => r.eventId === view.event));
  const known = view.event ? events.find((e) => e.id === view.event) ?? (named(props.selectedEvent) ? props.selectedEvent! : undefined) : undefined;
  // a marker of server clusters names an event the page may not hold: read it from /api/events/[id]
  const fetched = useEventDetails(server && view.event && !known ? view.event : undefined);
  const selected = known ?? fetched?.event;
  const place = !selected && view.place ? [props.selectedPlace, picked].find((p) => p?.id === view.place) ?? events.find((e) => e.place?.id === view.place)?.place : undefined;
  const popup = selected?.place
    ? {
        at: [selected.place.lon, selected.place.lat] as [number, number],
        key: `e:${selected.id}`,
        content: <EventPopup event={selected} actors={actors} articleTitle={props.articleTitles[selected.articleId] ?? fetched?.articleTitle ?? undefined} publisher={props.articleSources?.[selected.articleId]} permalink={sharePath({ event: selected.id })} admin />,
      }
    : place
      ? {
          at: [place.lon, place.lat] as [number, number],
          key: `p:${place.id}`,
          content: <PlacePopup place={place} events={events.filter((e) => e.place?.id === place.id)} permalink={sharePath({ place: place.id })} hrefFor={hrefFor} onSelect={select} />,
        }
      : null;

  return (
    <div className={`atlas${drawer ? ' drawer-open' : ''}`}>
      <button type="button" className="drawer-toggle btn" data-map-control aria-expanded={drawer} aria-controls="sidebar" onClick={() => setDrawer((d) => !d)}>
        {drawer ? 'Show map' : `Filters & events (${total ?? events.length})`}
      </button>
      <aside id="sidebar" className="sidebar" aria-label="Filters and events">
        <PlaceSearch
          onPick={(r) => {
            setPicked({ id: r.id, name: r.name, kind: r.kind, country: r.country, lat: r.lat, lon: r.lon });
            go({ ...here, event: undefined, place: r.id, lat: r.lat, lon: r.lon, z: Math.max(here.z ?? 0, 9) }, 'push');
          }}
        />
        <Filters query={props.filters} actors={actors} counts={props.counts} typeCounts={props.typeCounts} subTypeCounts={props.subTypeCounts} typeReports={props.typeReports} subTypeReports={props.subTypeReports} bins={props.bins} onChange={onFilters} />
        <label className="inview-toggle">
          <input type="checkbox" checked={Boolean(view.inview)} onChange={(e) => go({ ...here, inview: e.currentTarget.checked || undefined }, 'replace')} />{' '}
          Only what&rsquo;s in view
        </label>
        <SelectionTotals events={listed} total={server ? total : undefined} />
        <ExportMenu filters={props.filters} inView={view.inview ? bounds : null} counts={server ? undefined : { events: listed.length, reports: reportTotal(listed) }} />
        <EventList events={listed} total={server ? total : undefined} actors={actors} selectedId={view.event} hoveredId={mapHovered} hrefFor={hrefFor} onSelect={select} onHover={setHovered} />
        {props.children}
      </aside>
      <div className="map-pane">
        {points.length > 0 && (
          <button type="button" className="btn btn-small zoom-selection" onClick={() => setFitKey((k) => k + 1)}>
            Zoom to selection
          </button>
        )}
        <DensityToggle layer={view.layer} onChange={(layer) => go({ ...here, layer: layer === 'density' ? undefined : layer }, 'replace')} />
        <MapLoader
          density={view.layer !== 'points'}
          serverFilters={server}
          onClusters={(c) => setClusterTotal(c.total)}
          fitKey={fitKey}
          onBounds={setBounds}
          points={points}
          view={{ lat: view.lat, lon: view.lon, z: view.z }}
          popup={popup}
          selectedId={selected?.id}
          hoveredId={hovered}
          onMove={onMove}
          onReady={setMapView}
          onSelect={select}
          onHover={setMapHovered}
          onPopupClose={closePopup}
        />
        <MapLegend />
      </div>
    </div>
  );
}
