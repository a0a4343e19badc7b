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
