/**
 * The SVG glyph of an event type as React elements (legend, list, popup), drawn from the same
 * fixed path table as the map markers (lib/map/icons).
 */
import type { EventType } from '@/lib/schemas';
import { TYPE_PATHS } from '@/lib/map/icons';
import { PEACEFUL_COLOR, PEACEFUL_FILL } from '@/lib/map/acled';

export interface TypeIconProps {
  type: EventType;
  color?: string;
  hollow?: boolean;
  size?: number;
  /** a peaceful protest: pale badge, calm ring and glyph (as on the map) */
  peaceful?: boolean;
}

export function TypeIcon({ type, color = '#5b6470', hollow = false, size = 20, peaceful = false }: TypeIconProps) {
  const ink = peaceful ? PEACEFUL_COLOR : color;
  return (
    <svg className="type-icon" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" data-type={type} data-peaceful={peaceful || undefined}>
      <circle cx="16" cy="16" r="14" fill={hollow ? '#ffffff' : peaceful ? PEACEFUL_FILL : ink} stroke={ink} strokeWidth="2" strokeDasharray={hollow ? '3 2' : undefined} />
      <g transform="translate(4 4)">
        <path d={TYPE_PATHS[type]} fill={hollow || peaceful ? ink : '#ffffff'} />
      </g>
    </svg>
  );
}
