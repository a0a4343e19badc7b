/**
 * Marker icons: one fixed SVG path per event type, coloured by the acting actor. Built from this
 * table and a validated colour only — an icon never contains article text.
 * In: event type, hex colour, hollow flag (region/country precision), unlisted flag (no gazetteer holds the name). Out: an SVG string for L.divIcon; a cluster badge's size and label for the map's canvas (clusterBadge).
 */
import type { EventType } from '../schemas';
import { PEACEFUL_COLOR, PEACEFUL_FILL } from './acled';

/** 24×24 glyphs drawn inside a round badge. */
export const TYPE_PATHS: Record<EventType, string> = {
  // plane
  airstrike: 'M12 3l1.6 5.8 6.4 3.2v1.8l-6.4-1.6-.4 4.3 2 1.5V20L12 19l-3.2 1v-2l2-1.5-.4-4.3L4 13.8V12l6.4-3.2z',
  // burst
  shelling: 'M12 2l2 5 5-2-2 5 5 2-5 2 2 5-5-2-2 5-2-5-5 2 2-5-5-2 5-2-2-5 5 2z',
  // crossed swords
  clash: 'M4 4l7 7-1.5 1.5L3 6V4zm16 0v2l-6.5 6.5L12 11l7-7zM6 16l3-3 2 2-3 3 1 1-1.5 1.5L4 17l-2 2-1-1 2-2-1.5-3.5L3 11l1 1zm12 0l1-1 1.5 1.5-3.5 1.5 2 2-1 1-2-2-3.5 1.5L11 19l1-1-3-3 2-2z',
  // flag on a post
  base: 'M6 3h2v18H6zM8 4h10l-2 3.5L18 11H8z',
  // dove-like check
  truce: 'M4 12.5l5 5L20 6.5 18.5 5 9 14.5 5.5 11z',
  // two speech bubbles
  talks: 'M3 4h11v8H7l-4 3zm7 10h4V9h7v8l-3-2h-8z',
  // arrow forward
  deployment: 'M3 10h11V5l7 7-7 7v-5H3z',
  // person walking with arrow
  displacement: 'M12 4a2 2 0 1 1 0 .1zM10 8h4l1 5h-2l-.5 7h-2l-.5-7H8zM16 11l4 2-4 2z',
  // bomb: round body, fuse neck and a spark (IED, landmine, grenade, suicide bomb)
  explosion: 'M10 8.5a6.5 6.5 0 1 1-.01 0zM12.8 9.2l2.7-2.7 2.5 2.5-2.7 2.7zM19 1.5l1 2.5 2.5 1-2.5 1-1 2.5-1-2.5-2.5-1 2.5-1z',
  // target: a thick ring with a centre dot and four ticks (civilians targeted)
  attack: 'M12 3.5a8.5 8.5 0 1 1-.01 0zm0 3a5.5 5.5 0 1 0 .01 0zM12 9.5a2.5 2.5 0 1 1-.01 0zM11 0h2v5h-2zM11 19h2v5h-2zM0 11h5v2H0zM19 11h5v2h-5z',
  // a blindfolded captive: head cut by a band, and shoulders (abduction, forced disappearance)
  abduction: 'M7.6 6A4.5 4.5 0 0 1 16.4 6zM7.6 8.2A4.5 4.5 0 0 0 16.4 8.2zM4 22v-3a6 6 0 0 1 6-6h4a6 6 0 0 1 6 6v3z',
  // handcuffs: two thick rings and a chain (arrests)
  arrest: 'M6.5 7a5 5 0 1 1-.01 0zm0 2.6a2.4 2.4 0 1 0 .01 0zM17.5 7a5 5 0 1 1-.01 0zm0 2.6a2.4 2.4 0 1 0 .01 0zM10.5 11h3v2h-3z',
  // placard on a stick (protests; a peaceful protest is drawn calm: see lib/map/acled.ts)
  protest: 'M3 3h18v11H3zM10.8 14h2.4v8h-2.4z',
  // flame (riots, mob violence)
  riot: 'M12 1.5c1 4 6.5 6.5 6.5 12.5a6.5 6.5 0 0 1-13 0c0-3 2-5.5 3-7.5.5 2 1.5 3.5 2.5 4C11 8 11 5 12 1.5z',
  // a flag planted on a hill (ground changing hands)
  territory: 'M3 21.5c2.5-5 6-7.5 9-7.5s6.5 2.5 9 7.5zM10.8 3h2v11.5h-2zM12.8 3.5h7.5l-2 3 2 3h-7.5z',
  // a house split by a crack (looting, property destruction)
  looting: 'M11.2 3.7L9.7 8l2.5 4-2.5 4 1.5 5H3V11zM12.8 3.7L21 11v10h-8.2l-1.5-5 2.5-4-2.5-4z',
  // diamond with a hole (other strategic developments, disrupted weapons use)
  other: 'M12 1.5L22.5 12 12 22.5 1.5 12zm0 7a3.5 3.5 0 1 0 .01 0z',
};

export const EVENT_TYPES = Object.keys(TYPE_PATHS) as EventType[];

const HEX = /^#[0-9a-f]{6}$/i;
export const NEUTRAL_COLOR = '#5b6470';

export interface IconOptions {
  /** region- or country-precision: hollow badge */
  hollow?: boolean;
  size?: number;
  highlighted?: boolean;
  /** a peaceful protest: a pale badge with a calm ring and glyph (PEACEFUL_COLOR), whatever `color` says */
  peaceful?: boolean;
  /** the place is in no gazetteer (drawn at a parent): hollow, plus a dashed dark outer ring */
  unlisted?: boolean;
}

/** colour of the dashed outer ring of an unlisted place's marker */
export const UNLISTED_RING = '#1f2328';

/** The SVG for one event type. Throws on a colour that is not #rrggbb (never interpolate untrusted strings). */
export function iconSvg(type: EventType, color: string, opts: IconOptions = {}): string {
  const path = TYPE_PATHS[type];
  if (!path) throw new Error(`iconSvg: unknown event type "${type}"; known: ${EVENT_TYPES.join(', ')}`);
  if (!HEX.test(color)) throw new Error(`iconSvg: colour must be #rrggbb, got ${JSON.stringify(color)}`);
  const size = opts.size ?? 28;
  const calm = opts.peaceful === true;
  const hollow = opts.hollow === true || opts.unlisted === true;
  const fill = hollow ? '#ffffff' : calm ? PEACEFUL_FILL : color;
  const glyph = calm ? PEACEFUL_COLOR : hollow ? color : '#ffffff';
  const ring = opts.highlighted ? '#111111' : calm ? PEACEFUL_COLOR : hollow ? color : '#ffffff';
  const dash = hollow ? ' stroke-dasharray="3 2"' : '';
  const outer = opts.unlisted ? `<circle cx="16" cy="16" r="15.3" fill="none" stroke="${UNLISTED_RING}" stroke-width="1.2" stroke-dasharray="2 2"/>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32" aria-hidden="true" focusable="false">` +
    `<circle cx="16" cy="16" r="${opts.unlisted ? 13 : 14}" fill="${fill}" stroke="${ring}" stroke-width="${opts.highlighted ? 3 : 2}"${dash}/>` +
    outer +
    `<g transform="translate(4 4)"><path d="${path}" fill="${glyph}"/></g></svg>`
  );
}

/** A cluster badge's size (px), label and colour: the one definition clusterSvg and the map's canvas draw from. */
export function clusterBadge(count: number, color: string = NEUTRAL_COLOR): { size: number; label: string; color: string } {
  if (!HEX.test(color)) throw new Error(`clusterSvg: colour must be #rrggbb, got ${JSON.stringify(color)}`);
  const n = Math.max(0, Math.floor(count));
  return { size: Math.round(30 + Math.min(22, Math.log2(n + 1) * 4)), label: n > 999 ? '999+' : String(n), color };
}

/** Cluster badge: a count in a circle (viewBox 40 units: r 18, white ring 3, bold 14 text); size grows with the log of the count. */
export function clusterSvg(count: number, color: string = NEUTRAL_COLOR): { svg: string; size: number } {
  const { size, label } = clusterBadge(count, color);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 40 40" aria-hidden="true" focusable="false">` +
    `<circle cx="20" cy="20" r="18" fill="${color}" fill-opacity="0.85" stroke="#ffffff" stroke-width="3"/>` +
    `<text x="20" y="25" text-anchor="middle" font-size="14" font-family="system-ui, sans-serif" font-weight="700" fill="#ffffff">${label}</text></svg>`;
  return { svg, size };
}
