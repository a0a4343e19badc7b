/**
 * The SVG glyph of an event type as React elements (legend, list, popup), drawn from the same
 * fixed path table as the map markers (lib/map/icons).
 */
import type { EventType } from '@/lib/schemas';
import { TYPE_PATHS, UNLISTED_RING } from '@/lib/map/icons';
import { PEACEFUL_COLOR, PEACEFUL_FILL } from '@/lib/map/acled';

export interface TypeIconProps {
  type: EventType;
  color?: string;
  hollow?: boolean;
  size?: number;
  /** a peaceful protest: pale badge, calm ring and glyph (as on the map) */
  peaceful?: boolean;
  /** a place in no gazetteer, drawn at a parent: hollow with a dashed outer ring (as on the map) */
  unlisted?: boolean;
}

export function TypeIcon({ type, color = '#5b6470', hollow: hollowIn = false, size = 20, peaceful = false, unlisted = false }: TypeIconProps) {
  const ink = peaceful ? PEACEFUL_COLOR : color;
  const hollow = hollowIn || unlisted;
  return (
    <svg className="type-icon" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" data-type={type} data-peaceful={peaceful || undefined}>
      <circle cx="16" cy="16" r={unlisted ? 13 : 14} fill={hollow ? '#ffffff' : peaceful ? PEACEFUL_FILL : ink} stroke={ink} strokeWidth="2" strokeDasharray={hollow ? '3 2' : undefined} />
      {unlisted && <circle cx="16" cy="16" r="15.3" fill="none" stroke={UNLISTED_RING} strokeWidth="1.2" strokeDasharray="2 2" />}
      <g transform="translate(4 4)">
        <path d={TYPE_PATHS[type]} fill={hollow || peaceful ? ink : '#ffffff'} />
      </g>
    </svg>
  );
}
