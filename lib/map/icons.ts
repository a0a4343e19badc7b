/**
 * Marker icons: one fixed SVG path per event type, coloured by the acting actor. Built from this
 * table and a validated colour only — an icon never contains article text.
 * In: event type, hex colour, hollow flag (region/country precision). Out: an SVG string for L.divIcon.
 */
import type { EventType } from '../schemas';

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
  // bomb with a lit fuse (IED, landmine, grenade, suicide bomb)
  explosion: 'M10 8a6 6 0 1 1-.01 0zM14 7l2-2 1.5 1.5-2 2zM18 3l1 1-1 1-1-1zM20 6l1 .5-.5 1-1-.5z',
  // target: a person in cross-hairs (violence against civilians)
  attack: 'M12 2h1v3.1A7 7 0 0 1 18.9 11H22v2h-3.1A7 7 0 0 1 13 18.9V22h-2v-3.1A7 7 0 0 1 5.1 13H2v-2h3.1A7 7 0 0 1 11 5.1V2zm0 5a5 5 0 1 0 .01 0zm0 2.2a1.6 1.6 0 1 1-.01 0zM9.5 15c.5-1.6 1.4-2.3 2.5-2.3s2 .7 2.5 2.3z',
  // a hooded figure with a cord (abduction)
  abduction: 'M12 3a4 4 0 0 1 4 4v3H8V7a4 4 0 0 1 4-4zM7 11h10l1 9H6zM4 14h16v2H4z',
  // handcuffs (arrests)
  arrest: 'M7 8a4 4 0 1 1-.01 0zm0 2a2 2 0 1 0 .01 0zM17 8a4 4 0 1 1-.01 0zm0 2a2 2 0 1 0 .01 0zM10 11h4v2h-4z',
  // placard on a stick (protests)
  protest: 'M4 3h16v10H4zM11 13h2v8h-2z',
  // flame (riots, mob violence)
  riot: 'M12 2c1 4 6 6 6 12a6 6 0 0 1-12 0c0-3 2-5 3-7 .5 2 1.5 3 2.5 3.5C11 8 11 5 12 2z',
  // flag changing hands: two flags and a swap arrow (territory)
  territory: 'M4 3h2v18H4zM6 4h7l-1.5 3L13 10H6zM14 14h4v-3l4 4.5-4 4.5v-3h-4z',
  // open box with an arrow out (looting, property destruction)
  looting: 'M3 10h18v10H3zM5 6h14l2 4H3zM11 2h2v6h2l-3 3-3-3h2z',
  // diamond with a dot (other strategic developments, disrupted weapons use)
  other: 'M12 2l10 10-10 10L2 12zm0 7a3 3 0 1 0 .01 0z',
};

export const EVENT_TYPES = Object.keys(TYPE_PATHS) as EventType[];

const HEX = /^#[0-9a-f]{6}$/i;
export const NEUTRAL_COLOR = '#5b6470';

export interface IconOptions {
  /** region- or country-precision: hollow badge */
  hollow?: boolean;
  size?: number;
  highlighted?: boolean;
}

/** The SVG for one event type. Throws on a colour that is not #rrggbb (never interpolate untrusted strings). */
export function iconSvg(type: EventType, color: string, opts: IconOptions = {}): string {
  const path = TYPE_PATHS[type];
  if (!path) throw new Error(`iconSvg: unknown event type "${type}"; known: ${EVENT_TYPES.join(', ')}`);
  if (!HEX.test(color)) throw new Error(`iconSvg: colour must be #rrggbb, got ${JSON.stringify(color)}`);
  const size = opts.size ?? 28;
  const fill = opts.hollow ? '#ffffff' : color;
  const glyph = opts.hollow ? color : '#ffffff';
  const ring = opts.highlighted ? '#111111' : opts.hollow ? color : '#ffffff';
  const dash = opts.hollow ? ' stroke-dasharray="3 2"' : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32" aria-hidden="true" focusable="false">` +
    `<circle cx="16" cy="16" r="14" fill="${fill}" stroke="${ring}" stroke-width="${opts.highlighted ? 3 : 2}"${dash}/>` +
    `<g transform="translate(4 4)"><path d="${path}" fill="${glyph}"/></g></svg>`
  );
}

/** Cluster badge: a count in a circle; size grows with the log of the count. */
export function clusterSvg(count: number, color: string = NEUTRAL_COLOR): { svg: string; size: number } {
  if (!HEX.test(color)) throw new Error(`clusterSvg: colour must be #rrggbb, got ${JSON.stringify(color)}`);
  const n = Math.max(0, Math.floor(count));
  const size = Math.round(30 + Math.min(22, Math.log2(n + 1) * 4));
  const label = n > 999 ? '999+' : String(n);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 40 40" aria-hidden="true" focusable="false">` +
    `<circle cx="20" cy="20" r="18" fill="${color}" fill-opacity="0.85" stroke="#ffffff" stroke-width="3"/>` +
    `<text x="20" y="25" text-anchor="middle" font-size="14" font-family="system-ui, sans-serif" font-weight="700" fill="#ffffff">${label}</text></svg>`;
  return { svg, size };
}
