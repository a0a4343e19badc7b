/**
 * The event markers on a Leaflet map, created once and updated by diff: clusters at low zoom
 * (lib/map/cluster), one divIcon per event type coloured by actor, and spiderfied groups for events
 * sharing one point (uncertainty circles: ./use-uncertainty-circles.ts). In server-clusters mode the clusters come
 * from /api/clusters instead (setSource, ./use-server-clusters.ts), drawn the same way.
 * Drawing is time-sliced: a diff that removes or adds many markers (a new clusters answer after a zoom) runs in
 * slices of DRAW_SLICE_MS (at least DRAW_SLICE_MIN markers), one per animation frame, so the map keeps painting; `drawn()` says when the last slice
 * ran. Each distinct icon SVG is parsed once, then cloned.
 * In server-clusters mode (many markers) the pictures are drawn on one canvas (./icon-canvas.ts) and the markers are
 * transparent proxies that take clicks, hover, focus and keys (./flat-marker.ts): no SVG and no compositing layer per marker.
 * In: EventPoint features ([lng, lat]), or a cluster source. Out: Leaflet layers; callbacks on select.
 */
import L from 'leaflet';
import type { ClusterItem, EventPoint, EventPointProps } from '@/lib/schemas';
import { EventClusters, spiderfy } from '@/lib/map/cluster';
import { clusterBadge, clusterSvg, iconSvg } from '@/lib/map/icons';
import { toLatLng } from '@/lib/map/latlng';
import { clusterSprite, IconCanvas, svgSprite } from './icon-canvas';
import { flatMarker, proxyIcon } from './flat-marker';

/**
 * Milliseconds of marker removals/additions per slice (one slice per frame; the first runs at once)… (3, not 5: the
 * style and layout of the slice's new proxies come on top in the same frame; under load 5 ms of script plus them
 * overran the frame — docs/PERFORMANCE.md "Map at 100k events", fourth round)
 */
export const DRAW_SLICE_MS = 3;
/** …but at least this many per slice: a diff this small is always drawn at once, as before slicing. */
export const DRAW_SLICE_MIN = 8;

export interface MarkerLayerOptions {
  onSelect: (id: string) => void;
  /** pointer or keyboard focus on an event marker (null when it leaves) */
  onHover?: (id: string | null) => void;
}

/** Where the clusters come from: the browser's own index (EventClusters) or the server's answer (ServerClusterSource). */
export interface ClusterSource {
  readonly maxZoom: number;
  items(bbox: [number, number, number, number], zoom: number): ClusterItem[];
  leaves(clusterId: number): EventPoint[];
  expansionZoom(clusterId: number, from?: number): number;
  /** cluster ids are unique across zooms (server clusters): markers are kept through a zoom until the new answer */
  readonly zoomFreeIds?: boolean;
  /** the events of a cluster that cannot split, fetched (server clusters: the browser does not hold them) */
  fetchLeaves?(c: Extract<ClusterItem, { kind: 'cluster' }>): Promise<EventPoint[]>;
}

/** an open spiderfied group; `clusterId` when it stands for a server cluster (whose leaves the source does not hold) */
interface Spider { key: string; center: [number, number]; points: EventPoint[]; clusterId?: number }

/** parsed icon SVGs by their markup: cloning a parsed node is much cheaper than parsing innerHTML per marker */
const parsed = new Map<string, Element>();
const PARSED_MAX = 1000;

function svgNode(html: string): Element {
  let node = parsed.get(html);
  if (!node) {
    const t = document.createElement('template');
    t.innerHTML = html;
    node = t.content.firstElementChild ?? document.createElement('span');
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(html, node);
  }
  return node.cloneNode(true) as Element;
}

const eventSize = (highlighted: boolean) => (highlighted ? 34 : 28);
const eventSvg = (p: EventPointProps, highlighted: boolean) =>
  iconSvg(p.type, p.color, { hollow: p.hollow, highlighted, size: eventSize(highlighted), peaceful: p.peaceful, unlisted: p.unlisted });
const eventClass = (p: EventPointProps, highlighted: boolean) =>
  `atlas-marker atlas-marker-${p.type}${p.hollow ? ' approximate' : ''}${p.unlisted ? ' unlisted' : ''}${p.peaceful ? ' peaceful' : ''}${highlighted ? ' highlighted' : ''}`;

function eventIcon(p: EventPointProps, highlighted: boolean): L.DivIcon {
  const size = eventSize(highlighted);
  return L.divIcon({
    html: svgNode(eventSvg(p, highlighted)),
    className: eventClass(p, highlighted),
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}

/** Enter or Space on a focused marker does what a click does (Leaflet's `keyboard` only makes it a tab stop). */
function onActivateKey(marker: L.Marker, act: () => void): void {
  marker.on('add', () => {
    const el = marker.getElement();
    if (!el || el.dataset.keys) return;
    el.dataset.keys = 'true';
    L.DomEvent.on(el, 'keydown', (e) => {
      const k = (e as KeyboardEvent).key;
      if (k !== 'Enter' && k !== ' ') return;
      L.DomEvent.preventDefault(e);
      L.DomEvent.stopPropagation(e);
      act();
    });
  });
}

function label(marker: L.Marker, name: string, attrs: Record<string, string>): void {
  const el = marker.getElement();
  if (!el) return;
  el.setAttribute('aria-label', name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
}

export class MarkerLayer {
  private readonly group = L.layerGroup();
  private readonly legs = L.layerGroup();
  private readonly markers = new Map<string, { marker: L.Marker; sig: string }>();
  private clusters: ClusterSource = new EventClusters([]);
  private points: EventPoint[] = [];
  private spider: Spider | null = null;
  private highlighted: string | null = null;
  /** the pending slices of the last diff (removals first, then additions), run from `next` on */
  private ops: (() => void)[] = [];
  private next = 0;
  private frame = 0;
  private waiters: (() => void)[] = [];
  /** server-clusters mode: pictures on one canvas, markers as transparent proxies (./icon-canvas.ts, ./flat-marker.ts) */
  private canvas: IconCanvas | null = null;
  /** server-clusters mode: the proxies are hidden while the map is dragged, and while a diff is drawn in slices */
  private dragging = false;
  private slicing = false;

  constructor(private readonly map: L.Map, private readonly opts: MarkerLayerOptions) {
    this.legs.addTo(map);
    this.group.addTo(map);
    map.on('moveend', this.render, this);
    map.on('zoomstart', this.collapse, this);
    map.on('dragstart', this.hideProxies, this);
    map.on('moveend', this.showProxies, this);
  }

  setPoints(points: EventPoint[]): void {
    this.useCanvas(false);
    this.points = points;
    this.clusters = new EventClusters(points, { maxZoom: 14 });
    this.spider = null;
    this.render();
  }

  /** Draw a ready-made source (server clusters) instead of clustering points. */
  setSource(source: ClusterSource): void {
    this.useCanvas(true);
    this.points = [];
    this.clusters = source;
    // a spiderfied server cluster stays open while the new answer still has it (a pan, not a zoom)
    const open = this.spider?.clusterId;
    if (open === undefined || !source.items([-180, -90, 180, 90], this.map.getZoom()).some((i) => i.kind === 'cluster' && i.clusterId === open)) this.spider = null;
    this.render();
  }

  setHighlighted(id: string | null): void {
    if (id === this.highlighted) return;
    this.highlighted = id;
    this.render();
  }

  /** Make sure an event has its own marker (spiderfy its group if it shares a point). */
  reveal(id: string): void {
    if (this.markers.has(`e:${id}`)) return;
    const target = this.points.find((p) => p.properties.id === id);
    if (!target) return;
    const [lng, lat] = target.geometry.coordinates;
    const same = this.points.filter((p) => p.geometry.coordinates[0] === lng && p.geometry.coordinates[1] === lat);
    if (same.length > 1) {
      this.spider = { key: `${lng},${lat}`, center: [lng, lat], points: same };
      this.render();
    }
  }

  /**
   * Many markers (server clusters) are drawn on a canvas with transparent DOM proxies; a few (the browser's own
   * clusters) as DOM markers with their SVG. Switching removes every marker of the other kind.
   */
  private useCanvas(on: boolean): void {
    if (on === (this.canvas !== null)) return;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.ops = [];
    this.next = 0;
    this.group.clearLayers();
    this.markers.clear();
    this.canvas?.destroy();
    this.canvas = on ? new IconCanvas(this.map) : null;
    this.slicing = false;
    this.showProxies();
  }

  /**
   * Server-clusters mode: while the map is dragged the proxies are hidden (visibility, so nothing is laid out again).
   * Hundreds of them (each positioned, with its z-index) made every drag frame's layerisation 3–4× longer
   * (PaintArtifactCompositor::Update ≈ 2.7–3.5 ms against 0.7–0.9 ms hidden, docs/PERFORMANCE.md "Map at 100k events",
   * fourth round); a drag takes no clicks or hover, and the pointer press that starts it has already moved the focus to
   * the map. Shown again when the move ends (after any inertia).
   */
  private hideProxies(): void {
    this.dragging = true;
    this.proxiesVisibility();
  }

  private showProxies(): void {
    this.dragging = false;
    this.proxiesVisibility();
  }

  /**
   * Hidden while dragged (above), and while a big diff is drawn in slices: each slice's new proxies were laid out,
   * painted, layerised and committed in their frame (≈ 10–25 ms a frame on top of the slice's script under load: most
   * of the long frames after a zoom, docs/PERFORMANCE.md "Map at 100k events", fifth round); hidden, they are painted
   * once, when the last slice has run. The pictures on the canvas change only then too, so no click meanwhile reaches
   * a proxy whose picture is not drawn yet. Never while a proxy has the keyboard focus (hiding it would drop the focus).
   */
  private proxiesVisibility(): void {
    // (no pane once the map is removed)
    const pane = this.map.getPane('markerPane');
    if (!pane) return;
    const slicing = this.slicing && !pane.contains(document.activeElement);
    pane.style.visibility = this.canvas && (this.dragging || slicing) ? 'hidden' : '';
  }

  private collapse(): void {
    if (this.spider) {
      this.spider = null;
      this.legs.clearLayers();
    }
  }

  private render(): void {
    const b = this.map.getBounds().pad(0.3);
    const zoom = this.map.getZoom();
    const bbox: [number, number, number, number] = [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())];
    const wanted = new Map<string, { item: ClusterItem; at: [number, number] }>();
    const spiderIds = new Set(this.spider?.points.map((p) => p.properties.id));
    for (const item of this.clusters.items(bbox, zoom)) {
      if (item.kind === 'cluster' && this.spider && (item.clusterId === this.spider.clusterId || spiderIds.has(this.clusters.leaves(item.clusterId)[0]?.properties.id ?? ''))) continue;
      if (item.kind === 'event' && spiderIds.has(item.id)) continue;
      const key = item.kind === 'event' ? `e:${item.id}` : this.clusters.zoomFreeIds ? `c:${item.clusterId}` : `c:${Math.floor(zoom)}:${item.clusterId}`;
      wanted.set(key, { item, at: item.lngLat });
    }
    this.legs.clearLayers();
    if (this.spider) {
      const spread = spiderfy(this.spider.center, this.spider.points.length, zoom);
      this.spider.points.forEach((p, i) => {
        const at = spread[i]!;
        wanted.set(`e:${p.properties.id}`, { item: { kind: 'event', id: p.properties.id, lngLat: p.geometry.coordinates, props: p.properties }, at });
        L.polyline([toLatLng(this.spider!.center), toLatLng(at)], { color: '#333', weight: 1, opacity: 0.6, interactive: false }).addTo(this.legs);
      });
    }
    // a new diff replaces the slices not yet run: it is computed against the markers actually drawn
    const ops: (() => void)[] = [];
    for (const [key, m] of this.markers) {
      if (!wanted.has(key)) {
        ops.push(() => {
          this.group.removeLayer(m.marker);
          if (this.markers.get(key) === m) {
            this.markers.delete(key);
            this.canvas?.delete(key);
          }
        });
      }
    }
    for (const [key, { item, at }] of wanted) {
      const hl = item.kind === 'event' && item.id === this.highlighted;
      // a cluster's count is in its signature: server clusters keep their id across answers while their count changes
      const sig = `${at[0]},${at[1]}|${hl}${item.kind === 'cluster' ? `|${item.count}` : ''}`;
      const existing = this.markers.get(key);
      if (existing && existing.sig === sig) continue;
      if (existing && item.kind !== 'cluster') {
        existing.marker.setLatLng(toLatLng(at));
        if (item.kind === 'event') {
          existing.marker.setIcon(this.canvas ? proxyIcon(eventClass(item.props, hl), eventSize(hl)) : eventIcon(item.props, hl));
          this.canvas?.set(key, L.latLng(toLatLng(at)), svgSprite(eventSvg(item.props, hl), eventSize(hl)), hl);
        }
        existing.sig = sig;
        if (item.kind === 'event') this.labelEvent(existing.marker, item.props, hl);
        continue;
      }
      ops.push(() => {
        const old = this.markers.get(key);
        if (old) this.group.removeLayer(old.marker);
        const marker = item.kind === 'event' ? this.eventMarker(item.props, at, hl) : this.clusterMarker(item);
        this.markers.set(key, { marker, sig });
        if (this.canvas) {
          const sprite = item.kind === 'event' ? svgSprite(eventSvg(item.props, hl), eventSize(hl)) : clusterSprite(item.count);
          this.canvas.set(key, L.latLng(toLatLng(at)), sprite, hl);
        }
      });
    }
    this.ops = ops;
    this.next = 0;
    this.runSlice();
  }

  /** Run the pending diff for up to DRAW_SLICE_MS, then yield to the next frame. */
  private runSlice(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    const start = performance.now();
    let ran = 0;
    while (this.next < this.ops.length) {
      this.ops[this.next++]!();
      if (++ran >= DRAW_SLICE_MIN && performance.now() - start >= DRAW_SLICE_MS) break;
    }
    if (this.next < this.ops.length) {
      if (!this.slicing) {
        this.slicing = true;
        this.proxiesVisibility();
      }
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.runSlice();
      });
      return;
    }
    this.ops = [];
    this.next = 0;
    if (this.slicing) {
      this.slicing = false;
      this.proxiesVisibility();
    }
    this.canvas?.update();
    const done = this.waiters;
    this.waiters = [];
    for (const w of done) w();
  }

  /** Resolves once every marker of the latest diff is on the map (at once when nothing is pending). */
  drawn(): Promise<void> {
    if (this.next >= this.ops.length) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private labelEvent(marker: L.Marker, p: EventPointProps, hl: boolean): void {
    label(marker, p.name, { 'data-event-id': p.id, 'data-type': p.type, 'data-highlighted': String(hl) });
  }

  private eventMarker(p: EventPointProps, at: [number, number], hl: boolean): L.Marker {
    const options: L.MarkerOptions = { title: p.name, alt: p.name, keyboard: true, riseOnHover: true, zIndexOffset: hl ? 1000 : 0 };
    const marker = this.canvas
      ? flatMarker(toLatLng(at), { ...options, icon: proxyIcon(eventClass(p, hl), eventSize(hl)) })
      : L.marker(toLatLng(at), { ...options, icon: eventIcon(p, hl) });
    marker.on('click', () => this.opts.onSelect(p.id));
    marker.on('mouseover', () => this.opts.onHover?.(p.id));
    marker.on('mouseout', () => this.opts.onHover?.(null));
    marker.on('add', () => this.labelEvent(marker, p, hl));
    onActivateKey(marker, () => this.opts.onSelect(p.id));
    marker.addTo(this.group);
    return marker;
  }

  private clusterMarker(c: Extract<ClusterItem, { kind: 'cluster' }>): L.Marker {
    const options: L.MarkerOptions = { title: c.name, alt: c.name, keyboard: true };
    let marker: L.Marker;
    if (this.canvas) {
      marker = flatMarker(toLatLng(c.lngLat), { ...options, icon: proxyIcon('atlas-cluster', clusterBadge(c.count).size) });
    } else {
      const { svg, size } = clusterSvg(c.count);
      const icon = L.divIcon({ html: svgNode(svg), className: 'atlas-cluster', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
      marker = L.marker(toLatLng(c.lngLat), { ...options, icon });
    }
    marker.on('add', () => label(marker, c.name, { 'data-count': String(c.count) }));
    marker.on('click', () => this.expand(c, false));
    onActivateKey(marker, () => this.expand(c, true));
    marker.addTo(this.group);
    return marker;
  }

  /** Zoom into a cluster (spiderfy it when its events share a point); from the keyboard, focus its first event after. */
  private expand(c: Extract<ClusterItem, { kind: 'cluster' }>, fromKeyboard: boolean): void {
    const z = this.clusters.expansionZoom(c.clusterId, this.map.getZoom());
    const leaves = this.clusters.leaves(c.clusterId);
    const focusFirst = () => {
      const el = this.markers.get(`e:${leaves[0]?.properties.id}`)?.marker.getElement() ?? this.nearestTo(c.lngLat);
      (el ?? this.map.getContainer()).focus();
    };
    const fetchLeaves = this.clusters.fetchLeaves?.bind(this.clusters);
    if (leaves.length === 0 && fetchLeaves && z > this.map.getMaxZoom() && this.map.getZoom() >= this.map.getMaxZoom()) {
      // a server cluster that never splits (its events share a point), at the deepest zoom: fetch and spread them
      const source = this.clusters;
      void fetchLeaves(c).then((points) => {
        if (this.clusters !== source || points.length === 0) return;
        this.spider = { key: `${c.lngLat[0]},${c.lngLat[1]}`, center: c.lngLat, points, clusterId: c.clusterId };
        this.render();
        if (fromKeyboard) focusFirst();
      }, (err: Error) => console.warn(`[map] cluster ${c.clusterId}: ${err.message}`));
    } else if (leaves.length > 0 && (c.colocated || z > this.clusters.maxZoom)) {
      this.spider = { key: `${c.lngLat[0]},${c.lngLat[1]}`, center: leaves[0]!.geometry.coordinates, points: leaves };
      this.render();
      focusFirst();
    } else {
      if (fromKeyboard) this.map.once('moveend', focusFirst);
      this.map.flyTo(toLatLng(c.lngLat), Math.min(z, this.map.getMaxZoom()), { duration: 0.5 });
    }
  }

  /** The drawn marker (event or sub-cluster) nearest a point ([lng, lat]): where a zoomed-into cluster's events now are. */
  private nearestTo(at: [number, number]): HTMLElement | undefined {
    const target = this.map.latLngToLayerPoint(toLatLng(at));
    let best: { d: number; el: HTMLElement } | undefined;
    for (const { marker } of this.markers.values()) {
      const el = marker.getElement();
      const d = this.map.latLngToLayerPoint(marker.getLatLng()).distanceTo(target);
      if (el && (!best || d < best.d)) best = { d, el };
    }
    return best?.el;
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.ops = [];
    this.next = 0;
    for (const w of this.waiters.splice(0)) w();
    this.map.off('moveend', this.render, this);
    this.map.off('zoomstart', this.collapse, this);
    this.map.off('dragstart', this.hideProxies, this);
    this.map.off('moveend', this.showProxies, this);
    this.showProxies();
    this.group.remove();
    this.legs.remove();
    this.markers.clear();
    this.canvas?.destroy();
    this.canvas = null;
  }
}
