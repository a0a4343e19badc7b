/**
 * Marker pictures on one canvas (the map at scale: ./marker-layer.ts in server-clusters mode). Hundreds of DOM markers,
 * each a composited layer holding an SVG with a drop shadow, made every drag and zoom frame re-layerise and repaint
 * them all (docs/PERFORMANCE.md "Frame work, profiled"); here their pictures are drawn on one canvas in their own pane
 * (under the marker pane, no pointer events), while the markers themselves stay as empty, transparent elements that
 * take clicks, focus and keys (./flat-marker.ts).
 * The canvas covers the view padded by PADDING on each side, is redrawn at most once a frame after a change and after
 * each move or zoom ends, and is scaled with the map during a zoom animation (as Leaflet's own L.Canvas renderer).
 * Pictures are sprites, rasterised once per distinct picture: an event icon from its SVG (lib/map/icons.ts iconSvg,
 * loaded as an image), a cluster badge drawn with the geometry of clusterSvg (lib/map/icons.ts clusterBadge).
 * In: keyed pictures at [lat, lng] (set/delete). Out: <canvas class="marker-canvas">, data-drawn = pictures drawn last.
 */
import L from 'leaflet';
import { clusterBadge } from '@/lib/map/icons';

const PANE = 'marker-canvas';
/** the canvas reaches this fraction of the view beyond each side: a drag shows what was drawn before it */
const PADDING = 0.3;
/** room around a sprite for its shadow (CSS px) */
const SHADOW_PAD = 3;
/** the markers' CSS drop-shadow(0 1px 1px rgba(0, 0, 0, 0.35)), on the canvas */
const SHADOW = { color: 'rgba(0, 0, 0, 0.35)', blur: 2, dy: 1 } as const;
const SPRITES_MAX = 2000;

/** A rasterised picture (null until ready: an SVG loads asynchronously) and its size in CSS px. */
export interface Sprite {
  image: CanvasImageSource | null;
  size: number;
  waiters: (() => void)[];
}

const sprites = new Map<string, Sprite>();

function ratio(): number {
  return typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
}

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * A canvas of `size` + shadow room with a 2D context scaled to CSS px, shadow on (null without 2D canvas: jsdom);
 * `image()` gives what is drawn: an ImageBitmap where OffscreenCanvas exists (drawing a canvas takes a snapshot of it
 * at every drawImage; a bitmap does not).
 */
function spriteCanvas(size: number): { ctx: Ctx; image: () => CanvasImageSource } | null {
  const r = ratio();
  const px = Math.ceil((size + 2 * SHADOW_PAD) * r);
  let ctx: Ctx | null;
  let image: () => CanvasImageSource;
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(px, px);
    ctx = canvas.getContext('2d');
    image = () => canvas.transferToImageBitmap();
  } else {
    const canvas = document.createElement('canvas');
    canvas.width = px;
    canvas.height = px;
    ctx = canvas.getContext('2d');
    image = () => canvas;
  }
  if (!ctx) return null;
  ctx.scale(r, r);
  ctx.shadowColor = SHADOW.color;
  ctx.shadowBlur = SHADOW.blur * r;
  ctx.shadowOffsetY = SHADOW.dy * r;
  return { ctx, image };
}

function remember(key: string, s: Sprite): Sprite {
  if (sprites.size >= SPRITES_MAX) sprites.clear();
  sprites.set(key, s);
  return s;
}

/** An event icon's sprite from its SVG markup (lib/map/icons.ts iconSvg, `size` px square), ready once the image loads. */
export function svgSprite(svg: string, size: number): Sprite {
  const key = `svg:${size}:${svg}`;
  const known = sprites.get(key);
  if (known) return known;
  const s = remember(key, { image: null, size, waiters: [] });
  const img = new Image();
  img.onload = () => {
    const c = spriteCanvas(size);
    if (!c) return;
    c.ctx.drawImage(img, SHADOW_PAD, SHADOW_PAD, size, size);
    s.image = c.image();
    for (const w of s.waiters.splice(0)) w();
  };
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  return s;
}

/** A cluster badge's sprite (the geometry of lib/map/icons.ts clusterSvg), drawn at once. */
export function clusterSprite(count: number): Sprite {
  const b = clusterBadge(count);
  const key = `cluster:${b.size}:${b.color}:${b.label}`;
  const known = sprites.get(key);
  if (known) return known;
  const s = remember(key, { image: null, size: b.size, waiters: [] });
  const c = spriteCanvas(b.size);
  if (!c) return s;
  const { ctx } = c;
  // clusterSvg's viewBox is 40 units wide
  const u = b.size / 40;
  ctx.translate(SHADOW_PAD, SHADOW_PAD);
  ctx.beginPath();
  ctx.arc(20 * u, 20 * u, 18 * u, 0, 2 * Math.PI);
  ctx.globalAlpha = 0.85;
  ctx.fillStyle = b.color;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.lineWidth = 3 * u;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.shadowColor = 'transparent';
  ctx.fillStyle = '#ffffff';
  ctx.font = `700 ${14 * u}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.fillText(b.label, 20 * u, 25 * u);
  s.image = c.image();
  return s;
}

interface Item {
  at: L.LatLng;
  sprite: Sprite;
  /** drawn over the others (the highlighted event) */
  front: boolean;
  /** world pixel at `zoom` (projected once per zoom) */
  px?: L.Point;
  zoom?: number;
}

export class IconCanvas {
  private readonly canvas: HTMLCanvasElement;
  private readonly items = new Map<string, Item>();
  private frame = 0;
  /** the canvas's top-left (layer point), the map's centre and zoom at the last reset */
  private min = L.point(0, 0);
  /** …and its world pixel at `zoom` (layer points shift with the pixel origin; world pixels do not) */
  private world: L.Point | null = null;
  private zoom = 0;

  constructor(private readonly map: L.Map) {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.style.zIndex = '590';
    pane.style.pointerEvents = 'none';
    this.canvas = L.DomUtil.create('canvas', 'marker-canvas leaflet-zoom-animated', pane) as HTMLCanvasElement;
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.dataset.drawn = '0';
    map.on('moveend resize viewreset', this.reset, this);
    map.on('zoomanim', this.onZoomAnim, this);
    map.on('zoom', this.onZoom, this);
    this.reset();
  }

  /** Put a picture at `key` (drawn at the next update()). */
  set(key: string, at: L.LatLng, sprite: Sprite, front = false): void {
    this.items.set(key, { at, sprite, front });
    if (!sprite.image) sprite.waiters.push(() => this.update());
  }

  /** Take the picture at `key` away (at the next update()). */
  delete(key: string): void {
    this.items.delete(key);
  }

  /**
   * Redraw in the next frame (once however often it is called). The marker layer calls it when a diff is complete,
   * so a diff drawn in slices shows at once, and the canvas is not redrawn for every slice.
   */
  update(): void {
    this.schedule();
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.map.off('moveend resize viewreset', this.reset, this);
    this.map.off('zoomanim', this.onZoomAnim, this);
    this.map.off('zoom', this.onZoom, this);
    this.items.clear();
    this.canvas.remove();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Size and place the canvas on the padded view, then draw. */
  private reset(): void {
    const size = this.map.getSize();
    const pad = size.multiplyBy(PADDING).round();
    this.min = this.map.containerPointToLayerPoint([0, 0]).subtract(pad).round();
    this.world = this.min.add(this.map.getPixelOrigin());
    this.zoom = this.map.getZoom();
    const w = size.x + 2 * pad.x, h = size.y + 2 * pad.y;
    const r = ratio();
    if (this.canvas.width !== Math.round(w * r) || this.canvas.height !== Math.round(h * r)) {
      this.canvas.width = Math.round(w * r);
      this.canvas.height = Math.round(h * r);
      this.canvas.style.width = `${w}px`;
      this.canvas.style.height = `${h}px`;
    }
    L.DomUtil.setPosition(this.canvas, this.min);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.draw();
  }

  /** During a zoom, scale the drawn canvas to where the new zoom puts it (as Leaflet's L.Renderer does). */
  private transformTo(center: L.LatLng, zoom: number): void {
    if (!this.world) return;
    const m = this.map as L.Map & { _getNewPixelOrigin(c: L.LatLng, z: number): L.Point };
    const scale = m.getZoomScale(zoom, this.zoom);
    const topLeft = this.world.multiplyBy(scale).subtract(m._getNewPixelOrigin(center, zoom));
    L.DomUtil.setTransform(this.canvas, topLeft, scale);
  }

  private onZoomAnim(e: L.ZoomAnimEvent): void {
    this.transformTo(e.center, e.zoom);
  }

  private onZoom(): void {
    this.transformTo(this.map.getCenter(), this.map.getZoom());
  }

  private draw(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const r = ratio();
    const w = this.canvas.width / r, h = this.canvas.height / r;
    ctx.setTransform(r, 0, 0, r, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const zoom = this.zoom;
    // world pixels of the canvas's top-left corner at this zoom
    const origin = this.world!;
    let n = 0;
    const paint = (it: Item) => {
      const img = it.sprite.image;
      if (!img) return;
      if (it.zoom !== zoom || !it.px) {
        it.px = this.map.project(it.at, zoom);
        it.zoom = zoom;
      }
      const half = it.sprite.size / 2 + SHADOW_PAD;
      const x = it.px.x - origin.x - half, y = it.px.y - origin.y - half;
      if (x > w || y > h || x + 2 * half < 0 || y + 2 * half < 0) return;
      ctx.drawImage(img, x, y, 2 * half, 2 * half);
      n++;
    };
    const front: Item[] = [];
    for (const it of this.items.values()) {
      if (it.front) front.push(it);
      else paint(it);
    }
    for (const it of front) paint(it);
    this.canvas.dataset.drawn = String(n);
  }
}
